// Small fixture builders for the pane's pure logic: findings and read results without a workbook.
import { finding, type RuleId } from "../../../src/core/check/catalog";
import type { Finding } from "../../../src/core/check/finding";
import type { SelectResult } from "../../../src/service/types";

/** A finding of `rule` at `cell` of task `task` (message in the core's "where: what" form). */
export function aFinding(rule: RuleId, cell: string, task: string | null = "1", fix?: Finding["fix"]): Finding {
  const where = `Kế hoạch!${cell}`;
  return finding(
    rule,
    { sheet: "Kế hoạch", cell, task },
    { vi: `Nhiệm vụ ${task} (${where}): ${rule} vi`, en: `Task ${task} (${where}): ${rule} en` },
    fix,
  );
}

/** A setCell fix from `from` to `to` at `cell`. */
export function setCell(cell: string, from: string, to: string): Finding["fix"] {
  return { kind: "setCell", sheet: "Kế hoạch", cell, from, to };
}

/** What selecting a cell returns when it worked. */
export function selected(cell: string): SelectResult {
  return { selected: true, sheet: "Kế hoạch", cell, notes: [] };
}
