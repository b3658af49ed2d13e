// The layer picture of docs/architecture.md is enforced by the lint: these imports must fail it, and the allowed ones
// must pass, so a boundary broken by mistake turns CI red.
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/** The boundary messages ESLint gives each piece of code placed at its path (one ESLint run for all). */
function lint(cases: { file: string; code: string }[]): string[][] {
  const output = execFileSync(process.execPath, [path.join(__dirname, "lint-cases.mjs")], {
    cwd: root,
    input: JSON.stringify({ cases }),
    encoding: "utf8",
  });
  return JSON.parse(output).cases;
}

const use = (specifier: string, name: string) => `import { ${name} } from "${specifier}";\nexport const x = ${name};\n`;
const useType = (specifier: string, name: string) =>
  `import type { ${name} } from "${specifier}";\nexport type X = ${name};\n`;

const FORBIDDEN: [string, string][] = [
  ["src/core/read/new-rule.ts", use("../../excel/read-and-check-plan", "readAndCheckPlan")],
  ["src/core/check/new-rule.ts", use("../../xlsx/build-reports", "buildReports")],
  ["src/core/new-rule.ts", use("node:fs", "readFileSync")],
  ["src/core/new-rule.ts", use("exceljs", "Workbook")],
  ["src/core/new-rule.ts", useType("../service/plan-service", "PlanService")],
  ["src/taskpane/components/New.tsx", use("../../excel/read-and-check-plan", "readAndCheckPlan")],
  ["src/taskpane/new.ts", useType("../excel/host", "ExcelEnv")],
  ["src/ribbon/ribbon.ts", use("../excel/apply-fixes", "applyFixes")],
  ["src/service/types.ts", use("../excel/read-and-check-plan", "readAndCheckPlan")],
  ["src/service/types.ts", use("../taskpane/use-pane", "usePane")],
  ["src/excel/new.ts", use("../ui-text/strings", "stringsFor")],
  ["src/xlsx/new.ts", use("../excel/read-and-check-plan", "readAndCheckPlan")],
  ["src/cli/new.ts", use("../excel/read-and-check-plan", "readAndCheckPlan")],
  ["src/taskpane/new.ts", "export async function f(): Promise<void> {\n  await Excel.run(async () => undefined);\n}\n"],
];

const ALLOWED: [string, string][] = [
  ["src/core/read/new-rule.ts", use("../text/normalize", "cleanText")],
  ["src/taskpane/new.ts", useType("../service/plan-service", "PlanService")],
  ["src/taskpane/index.tsx", use("../excel/host", "officeHost")],
  ["src/ribbon/main.ts", use("../excel/excel-plan-service", "excelPlanService")],
  ["src/excel/new.ts", useType("../service/plan-service", "PlanService")],
  ["src/cli/new.ts", use("../xlsx/build-reports", "buildReports")],
];

describe("layer boundaries", () => {
  let messages: string[][];
  beforeAll(() => {
    messages = lint([...FORBIDDEN, ...ALLOWED].map(([file, code]) => ({ file, code })));
  });

  test.each(FORBIDDEN.map(([file, code], i) => [file, code, i] as const))(
    "%s: a forbidden import fails the lint",
    (_file, _code, i) => {
      expect(messages[i]).not.toEqual([]);
    },
  );

  test.each(ALLOWED.map(([file, code], i) => [file, code, FORBIDDEN.length + i] as const))(
    "%s: an allowed import passes",
    (_file, _code, i) => {
      expect(messages[i]).toEqual([]);
    },
  );
});
