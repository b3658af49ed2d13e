// An agency that leads far more tasks than the others may not manage them all; the threshold (a ratio to the others'
// average and a minimum count) is a setting. Groups are left out: they are not one agency.
import { defineRule } from "../rule";

/** An agency leads at least overloadMinLeads tasks and overloadRatio times the average of the other agencies. */
export const agencyOverloaded = defineRule({
  id: "agency-overloaded",
  severity: "info",
  title: { vi: "Cơ quan chủ trì quá nhiều nhiệm vụ", en: "Agency leads far more tasks than others" },
  create({ plan, options, report }) {
    const leads = new Map<string, number>();
    return {
      task(task) {
        for (const a of task.assignments) if (a.role === "lead") leads.set(a.agency, (leads.get(a.agency) ?? 0) + 1);
      },
      end() {
        const groups = new Set(plan.agencies.filter((a) => a.group).map((a) => a.name));
        const counted = [...leads.entries()].filter(([name]) => !groups.has(name));
        for (const [name, n] of counted) {
          const others = counted.filter(([o]) => o !== name);
          if (others.length === 0) continue;
          const avg = others.reduce((s, [, k]) => s + k, 0) / others.length;
          if (n < options.overloadMinLeads || n < options.overloadRatio * avg) continue;
          const first = plan.tasks.find((t) => t.lead === name)!;
          report(null, first.cells.lead ?? first.assignments.find((a) => a.role === "lead")!.cell, {
            vi: `${name} chủ trì ${n} nhiệm vụ, gấp ${decimalVi(n / avg)} lần trung bình của các cơ quan khác (${decimalVi(avg)}).`,
            en: `${name} leads ${n} tasks, ${(n / avg).toFixed(1)} times the average of the other agencies (${avg.toFixed(1)}).`,
          });
        }
      },
    };
  },
});

// Vietnamese writes a decimal comma ("8,8"), as the UI language's convention; English keeps the point.
function decimalVi(x: number): string {
  return x.toFixed(1).replace(".", ",");
}
