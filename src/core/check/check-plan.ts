// Runs the catalog's rules over a plan, giving each a context whose report functions can only report that rule.
import type { Plan, Task } from "../model/plan";
import { finding, RULES } from "./catalog";
import { sortFindings, type Bilingual, type Finding } from "./finding";
import { DEFAULT_CHECK_OPTIONS, type CheckInput, type CheckOptions } from "./rule";

/** Runs every rule of the catalog over a plan and returns the findings as people read a report: errors first. */
export function checkPlan(input: CheckInput, options: Partial<CheckOptions> = {}): Finding[] {
  const opts = { ...DEFAULT_CHECK_OPTIONS, ...options };
  const out: Finding[] = [];
  const visitors = RULES.map((rule) =>
    rule.create({
      ...input,
      options: opts,
      report: (task, cell, message, fix) => {
        const place = { sheet: input.plan.sheet, cell, task: task?.key ?? null };
        out.push(finding(rule.id, place, located(input.plan, task, cell, message), fix));
      },
      reportAt: (place, message, fix) => out.push(finding(rule.id, place, message, fix)),
    }),
  );
  const taskHooks = visitors.flatMap((v) => (v.task ? [v.task] : []));
  for (const task of input.plan.tasks) for (const hook of taskHooks) hook(task);
  for (const v of visitors) v.end?.();
  return sortFindings(out);
}

// Every message starts with where it is, so a printed report is usable without the add-in.
function located(plan: Plan, task: Task | null, cell: string, msg: Bilingual): Bilingual {
  const where = `${plan.sheet}!${cell}`;
  if (!task) return { vi: `${where}: ${msg.vi}`, en: `${where}: ${msg.en}` };
  return {
    vi: `Nhiệm vụ ${task.key ?? `dòng ${task.row}`} (${where}): ${msg.vi}`,
    en: `Task ${task.key ?? `on row ${task.row}`} (${where}): ${msg.en}`,
  };
}
