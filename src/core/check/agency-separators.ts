// Two agencies written one after the other with no ";", "," or line break between them ("Sở Khoa học và Công nghệ
// Sở Công Thương") are read as two; the cell is worth a look, and a ";" between them is a safe repair.
import { finding, type Finding } from "./finding";
import type { Plan, Task } from "../model/plan";
import type { NamedAgency } from "../read/split-agencies";

/** Finds lead and coordinator cells where an agency follows another with no separator, and offers to add a ";". */
export function agencySeparatorFindings(plan: Plan): Finding[] {
  const out: Finding[] = [];
  if (plan.layout !== "columns") return out;
  for (const task of plan.tasks) {
    const s = task.source;
    // An inherited cell belongs to the group row above: it is reported once, there.
    if (task.cells.lead && !s.inherited.includes("lead"))
      cellFindings(plan, task, task.cells.lead, s.leadText, s.leadNames, out);
    if (task.cells.coordinators && !s.inherited.includes("coordinators"))
      cellFindings(plan, task, task.cells.coordinators, s.coordinatorText, s.coordinatorNames, out);
  }
  return out;
}

function cellFindings(plan: Plan, task: Task, cell: string, text: string, names: NamedAgency[], out: Finding[]) {
  for (let k = 1; k < names.length; k++) {
    if (!names[k].unseparated) continue;
    const before = names[k - 1].written;
    const after = names[k].written;
    const where = `${plan.sheet}!${cell}`;
    const who = { vi: task.number ?? `dòng ${task.row}`, en: task.number ?? `on row ${task.row}` };
    // The repair is offered only where the two names stand side by side exactly once.
    const joined = `${before} ${after}`;
    const fix =
      text.split(joined).length === 2
        ? {
            kind: "setCell" as const,
            sheet: plan.sheet,
            cell,
            from: text,
            to: text.replace(joined, `${before}; ${after}`),
          }
        : undefined;
    out.push(
      finding(
        "agency-separator-missing",
        { sheet: plan.sheet, cell, task: task.number },
        {
          vi: `Nhiệm vụ ${who.vi} (${where}): "${before}" và "${after}" viết liền nhau, không có dấu phân cách; đã đọc là hai cơ quan — thêm dấu ";" giữa hai tên.`,
          en: `Task ${who.en} (${where}): "${before}" and "${after}" are written with no separator between them; read as two agencies — add a ";" between the names.`,
        },
        fix,
      ),
    );
  }
}
