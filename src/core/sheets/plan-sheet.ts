import type { CellValue } from "../model/cell-value";
import { gridBounds, gridValue, type SheetGrid } from "../model/grid";
import type { HeaderMatch } from "../read/header";
import { cellText } from "../text/normalize";
import { ROLE_LABEL, STATUS_LABEL } from "../read/vocabulary";
import { emptySheet, type SheetSpec, type SpecCell } from "./spec";

export const PLAN_SHEET = "Kế hoạch";
export const PLAN_TABLE = "KeHoach";

/** Lists accepted in the plan's dropdowns. */
export const ROLE_CHOICES = [ROLE_LABEL.lead, ROLE_LABEL.coordinate];
export const STATUS_CHOICES = [STATUS_LABEL.notStarted, STATUS_LABEL.inProgress, STATUS_LABEL.done];

type Column = {
  header: string;
  width: number;
  from: number | null;
  kind:
    "number" | "content" | "agency" | "lead" | "coordinators" | "result" | "time" | "status" | "completedOn" | "note";
};

/** Describes the plan sheet made from a pasted or typed plan: title block, year line, the table "KeHoach" with tracking columns and dropdowns. */
export function planSheetSpec(
  source: SheetGrid,
  header: HeaderMatch,
  title: { lines: string[]; year: number | null; footer: string[] },
  names: { sheet: string; table: string } = { sheet: PLAN_SHEET, table: PLAN_TABLE },
): SheetSpec {
  const c = header.columns;
  const cols: Column[] = [
    { header: "Stt", width: 6, from: c.number === c.content ? null : c.number, kind: "number" },
    { header: "Nội dung", width: 60, from: c.content, kind: "content" },
  ];
  if (header.layout === "matrix") {
    for (const a of c.agencies) cols.push({ header: a.name, width: 16, from: a.col, kind: "agency" });
  } else {
    cols.push({ header: "Cơ quan chủ trì", width: 26, from: c.lead, kind: "lead" });
    cols.push({ header: "Cơ quan phối hợp", width: 32, from: c.coordinators, kind: "coordinators" });
    if (c.result !== null) cols.push({ header: "Kết quả", width: 24, from: c.result, kind: "result" });
  }
  cols.push({ header: "Thời gian", width: 14, from: c.time, kind: "time" });
  cols.push({ header: "Trạng thái", width: 16, from: c.status, kind: "status" });
  cols.push({ header: "Ngày hoàn thành", width: 14, from: c.completedOn, kind: "completedOn" });
  cols.push({ header: "Ghi chú", width: 24, from: c.note, kind: "note" });
  if (header.layout === "matrix" && c.result !== null)
    cols.splice(cols.length - 1, 0, { header: "Kết quả", width: 24, from: c.result, kind: "result" });

  const spec = emptySheet("plan", names.sheet);
  const width = cols.length;
  const line = (text: string, style: "title" | "subtitle" | "muted") => {
    spec.rows.push([{ text, style }]);
    spec.rowStyles!.push(null);
    spec.merges.push({ top: spec.rows.length, left: 1, bottom: spec.rows.length, right: width });
  };
  for (const l of title.lines) line(l, /^(KẾ HOẠCH|CHƯƠNG TRÌNH|DANH MỤC)/.test(l) ? "title" : "subtitle");
  if (title.year !== null) line(`Năm kế hoạch: ${title.year}`, "muted");
  spec.rows.push([]);
  spec.rowStyles!.push(null);
  if (header.layout === "matrix") {
    const first = cols.findIndex((x) => x.kind === "agency") + 1;
    const last = first + c.agencies.length - 1;
    spec.rows.push(
      cols.map((_, i) =>
        i + 1 === first
          ? { text: "Phân công nhiệm vụ", style: "header" }
          : i + 1 > first && i + 1 <= last
            ? { text: "", style: "header" }
            : null,
      ),
    );
    spec.rowStyles!.push(null);
    spec.merges.push({ top: spec.rows.length, left: first, bottom: spec.rows.length, right: last });
  }
  const headerRow = spec.rows.length + 1;
  spec.rows.push(cols.map((x) => ({ text: x.header })));
  spec.rowStyles!.push("header");
  const b = gridBounds(source);
  let lastData = header.dataTop;
  for (let r = header.dataTop; r <= b.bottom; r++)
    if (cols.some((x) => x.from !== null && cellText(gridValue(source, r, x.from)) !== "")) lastData = r;
  for (let r = header.dataTop; r <= lastData; r++) {
    const cells = cols.map((x): SpecCell => copyCell(x.from === null ? null : gridValue(source, r, x.from), x));
    if (cells.every((v) => v === null || (typeof v === "object" && "text" in v && v.text === ""))) continue;
    spec.rows.push(cells);
    spec.rowStyles!.push(null);
  }
  const bottom = Math.max(spec.rows.length, headerRow + 1);
  while (spec.rows.length < bottom) {
    spec.rows.push(cols.map((x) => copyCell(null, x)));
    spec.rowStyles!.push(null);
  }
  spec.tables.push({ name: names.table, top: headerRow, left: 1, bottom, right: width });
  cols.forEach((x, i) => {
    if (x.kind === "agency")
      spec.validations.push({ top: headerRow + 1, left: i + 1, bottom, right: i + 1, list: ROLE_CHOICES });
    if (x.kind === "status")
      spec.validations.push({ top: headerRow + 1, left: i + 1, bottom, right: i + 1, list: STATUS_CHOICES });
  });
  spec.rows.push([]);
  spec.rowStyles!.push(null);
  for (const l of title.footer) line(l, "muted");
  spec.columns = cols.map((x) => ({ width: x.width }));
  spec.freezeRows = headerRow;
  spec.print = { orientation: "landscape", fitToWidth: true, titleRows: [headerRow, headerRow] };
  return spec;
}

// Values are copied as the user wrote them: text stays text (even "=…"), numbers and dates stay what they were.
function copyCell(v: CellValue, col: Column): SpecCell {
  const style =
    col.kind === "content" ||
    col.kind === "lead" ||
    col.kind === "coordinators" ||
    col.kind === "note" ||
    col.kind === "result"
      ? "wrap"
      : col.kind === "completedOn"
        ? "date"
        : "center";
  if (v instanceof Date) return { date: v.toISOString().slice(0, 10), style: "date" };
  if (typeof v === "number") return { number: v, style };
  return { text: v === null ? "" : typeof v === "string" ? v : cellText(v), style };
}
