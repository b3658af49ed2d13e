import type { CellValue } from "../model/cell-value";
import { formatViDate } from "../model/dates";
import type { SheetGrid } from "../model/grid";
import type { Plan, PlanLayout } from "../model/plan";
import { readNumberCell } from "../read/read-plan";
import { ROLE_LABEL } from "../read/vocabulary";

/** Rewrites a plan in the other layout as a grid (title, header, section and task rows) for the plan-sheet spec: matrix ⇄ lead/coordinator columns. */
export function convertedGrid(plan: Plan, to: PlanLayout, sheetName: string): SheetGrid {
  const agencies = to === "matrix" ? matrixColumns(plan) : [];
  const header: CellValue[] =
    to === "matrix"
      ? ["Stt", "Nội dung", ...agencies, "Thời gian", "Trạng thái", "Ngày hoàn thành", "Ghi chú", "Kết quả"]
      : [
          "Stt",
          "Nội dung",
          "Cơ quan chủ trì",
          "Cơ quan phối hợp",
          "Kết quả",
          "Thời gian",
          "Trạng thái",
          "Ngày hoàn thành",
          "Ghi chú",
        ];
  const values: CellValue[][] = [[plan.title || "KẾ HOẠCH"], [], header];
  let section: string | null = null;
  for (const t of plan.tasks) {
    if (t.section !== section && t.section) values.push(sectionRow(t.section));
    section = t.section;
    const tracking = [t.statusText, t.completedOn ? formatViDate(t.completedOn) : "", t.note];
    if (to === "matrix") {
      const roles = agencies.map((a) => {
        const role = t.assignments.find((x) => x.agency === a)?.role;
        return role ? ROLE_LABEL[role] : "";
      });
      values.push([t.number ?? "", t.content, ...roles, t.timeText, ...tracking, t.result]);
    } else {
      const leads = t.assignments.filter((a) => a.role === "lead").map((a) => a.agency);
      values.push([
        t.number ?? "",
        t.content,
        leads.join("; "),
        t.coordinators.join("; "),
        t.result,
        t.timeText,
        ...tracking,
      ]);
    }
  }
  return { name: sheetName, values };
}

// "I. Nâng cao nhận thức…" goes back as "I." in the number column so the reader sees a section, not a task.
function sectionRow(section: string): CellValue[] {
  const [head, ...rest] = section.split(" ");
  return readNumberCell(head).kind === "section" && rest.length ? [head, rest.join(" ")] : ["", section];
}

// Matrix columns: every agency (and group phrase) that has a part in some task, in registry order.
function matrixColumns(plan: Plan): string[] {
  const used = new Set(plan.tasks.flatMap((t) => t.assignments.map((a) => a.agency)));
  const listed = plan.agencies.map((a) => a.name).filter((n) => used.has(n));
  return [...listed, ...[...used].filter((n) => !listed.includes(n))];
}
