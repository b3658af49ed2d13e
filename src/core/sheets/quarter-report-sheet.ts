import type { QuarterReport } from "../track/quarter-report";
import { quarterReportTitle } from "../track/quarter-report";
import { emptySheet, type SheetSpec, type SpecCell, type StyleId } from "./spec";

const COUNT_HEADER = [
  "Stt",
  "Cơ quan chủ trì",
  "Đến hạn trong quý",
  "Hoàn thành đúng hạn",
  "Hoàn thành trễ hạn",
  "Chưa đến hạn, đang làm",
  "Quá hạn",
];
const WIDTHS = [6, 42, 13, 13, 13, 13, 13];
const ROMAN = ["I", "II", "III", "IV"];

/** Describes the printable quarter report: a count table per lead agency with totals, then the overdue backlog. */
export function quarterReportSpec(r: QuarterReport, planTitle: string): SheetSpec {
  const spec = emptySheet("quarter-report", `Báo cáo quý ${ROMAN[r.quarter - 1]}-${r.year}`);
  const width = WIDTHS.length;
  const push = (cells: SpecCell[], style: StyleId | null = null) => {
    spec.rows.push(cells);
    spec.rowStyles!.push(style);
    return spec.rows.length;
  };
  const banner = (cell: SpecCell) =>
    spec.merges.push({ top: push([cell]), left: 1, bottom: spec.rows.length, right: width });
  banner({ text: quarterReportTitle(r), style: "title" });
  banner({ text: planTitle, style: "subtitle" });
  push([]);
  banner({ text: "1. Nhiệm vụ đến hạn trong quý, theo cơ quan chủ trì", style: "section" });
  const headerRow = push(
    COUNT_HEADER.map((h) => ({ text: h })),
    "header",
  );
  const total = { due: 0, done: 0, doneLate: 0, open: 0, overdue: 0 };
  r.agencies.forEach((a, i) => {
    push([
      { number: i + 1, style: "count" },
      { text: a.name, style: "wrap" },
      { number: a.due, style: "count" },
      { number: a.done, style: a.done ? "done" : "count" },
      { number: a.doneLate, style: a.doneLate ? "late" : "count" },
      { number: a.open, style: "count" },
      { number: a.overdue, style: a.overdue ? "overdue" : "count" },
    ]);
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += a[k];
  });
  // The label spans the Stt and agency columns; a merge shows only its first cell's value, so the label is written in A.
  const label: SpecCell = { text: "Tổng cộng", style: "total" };
  const totalRow = push([
    label,
    blank(label),
    ...[total.due, total.done, total.doneLate, total.open, total.overdue].map((n): SpecCell => ({
      number: n,
      style: "total",
    })),
  ]);
  spec.merges.push({ top: totalRow, left: 1, bottom: totalRow, right: 2 });
  push([]);
  banner({
    text: `2. Nhiệm vụ quá hạn chưa hoàn thành (${r.overdueTasks.length}), kể cả từ các quý trước`,
    style: "section",
  });
  // The backlog shares the columns: content spans B–D, the lead E–F, the deadline G.
  const row = (cells: [SpecCell, SpecCell, SpecCell, SpecCell], style: StyleId | null = null) => {
    const n = push([cells[0], cells[1], blank(cells[1]), blank(cells[1]), cells[2], blank(cells[2]), cells[3]], style);
    spec.merges.push({ top: n, left: 2, bottom: n, right: 4 }, { top: n, left: 5, bottom: n, right: 6 });
    return n;
  };
  // Listed by deadline, the tasks keep the plan's own numbers: a column headed "Stt" would read as a broken sequence.
  const backlogHeader = row(
    [{ text: "Nhiệm vụ số" }, { text: "Nội dung" }, { text: "Cơ quan chủ trì" }, { text: "Hạn chót" }],
    "header",
  );
  for (const t of r.overdueTasks) {
    row([
      { text: t.number, style: "center" },
      { text: t.content, style: "wrap" },
      { text: t.lead, style: "wrap" },
      { date: t.deadline, style: "date" },
    ]);
  }
  if (r.overdueTasks.length === 0) push([null, { text: "Không có nhiệm vụ quá hạn.", style: "muted" }]);
  spec.columns = WIDTHS.map((w) => ({ width: w }));
  // A sheet has one range of print titles: the backlog is what runs over pages, and repeating the count table's
  // header above it would label its columns wrongly.
  const titleRow = r.overdueTasks.length > 0 ? backlogHeader : headerRow;
  spec.print = { orientation: "landscape", fitToWidth: true, titleRows: [titleRow, titleRow] };
  return spec;
}

// Merged-away cells keep the style (borders, fill) of the cell they merge into, or their row's style when it has none.
function blank(like: SpecCell): SpecCell {
  return like !== null && typeof like === "object" && like.style ? { text: "", style: like.style } : { text: "" };
}
