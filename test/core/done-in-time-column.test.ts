// A time column that says the task is already done ("Đã hoàn thành") names no deadline: every view files the task
// under "done" — never under "deadline unknown" — and the agency sheet says so in its deadline cell.
import { analyseWorkbook } from "../../src/core/analyse-workbook";
import { agencySheetSpecs } from "../../src/core/sheets/agency-sheets";
import { agencyTasks, quarterKey, quarterOptions } from "../../src/core/track/agency-tasks";
import { quarterLabel } from "../../src/core/track/task-labels";
import { stringsFor } from "../../src/ui-text/strings";
import { matrixPlan } from "../helpers/seed";

const AS_OF = "2024-05-15";
const BDV = "Ban Dân vận Thành ủy";

const analysis = analyseWorkbook(
  matrixPlan([
    ["1.", "Xây dựng kế hoạch", "Chủ trì", "Phối hợp", "", "Đã hoàn thành"],
    ["2.", "Sơ kết", "Chủ trì", "", "Phối hợp", "Quý II"],
    ["3.", "Tuyên truyền", "Chủ trì", "", "", "Thường xuyên"],
    ["4.", "Tọa đàm", "Chủ trì", "", "", "Khi có yêu cầu"],
  ]),
  { asOf: AS_OF },
)!;
const task = (n: string) => analysis.plan.tasks.find((t) => t.number === n)!;

test("the task is done, with no deadline, in its own bucket", () => {
  expect(task("1")).toMatchObject({ state: "done", deadline: null });
  expect(quarterKey(task("1"))).toBe("done");
  expect(quarterLabel(task("1"))).toBe("Đã hoàn thành");
  expect(quarterKey(task("3"))).toBe("ongoing");
  expect(quarterKey(task("4"))).toBe("unknown");
});

test("the pane's quarter filter lists it after dated and ongoing tasks, before unknown ones, named in both languages", () => {
  const options = quarterOptions(agencyTasks(analysis.plan, BDV));
  expect(options).toEqual(["2024-Q2", "ongoing", "done", "unknown"]);
  expect(stringsFor("vi").quarterName("done")).toBe("Đã hoàn thành");
  expect(stringsFor("en").quarterName("done")).toBe("Already done");
});

test("the agency sheet's deadline cell says it is done instead of staying blank", () => {
  const spec = agencySheetSpecs(analysis.plan, AS_OF).find((s) => s.name.startsWith("Ban Dân vận"))!;
  const isText = (c: unknown, text: string) => typeof c === "object" && c !== null && "text" in c && c.text === text;
  const row = spec.rows.find((r) => r.some((c) => isText(c, "Xây dựng kế hoạch")))!;
  expect(row.some((c) => isText(c, "Đã hoàn thành") && (c as { style?: string }).style === "date")).toBe(true);
});
