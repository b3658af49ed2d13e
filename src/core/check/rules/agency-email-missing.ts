// Once a registry's email column is in use (some agency has an address), an agency left without one gets its reminders
// only as a draft with no recipient: the coordinator should know which ones before a Monday run sends nothing to them.
// A column nobody has filled yet (as the import writes it) is not reported: the plan may not use reminders at all.
import { readContactRows, registryColumns } from "../../read/registry-contacts";
import { registryGrid } from "../../read/registry-sheet";
import { defineRule } from "../rule";

/** The registry sheet's email column is in use, and an agency (not a group phrase) has nothing in it. */
export const agencyEmailMissing = defineRule({
  id: "agency-email-missing",
  severity: "info",
  title: { vi: "Cơ quan chưa có email", en: "Agency without an email" },
  create({ plan, workbook, reportAt }) {
    const grid = registryGrid(workbook);
    const columns = grid ? registryColumns(grid) : null;
    if (!grid || columns?.email == null) return {};
    return {
      end() {
        const groups = new Set(plan.agencies.filter((a) => a.group).map((a) => a.name));
        const rows = readContactRows(grid, columns);
        if (rows.every((row) => row.contact.emailText === "")) return;
        for (const row of rows) {
          // An invalid address is its own finding; an empty cell is this one.
          if (groups.has(row.name) || row.contact.emailText !== "" || !row.emailCell) continue;
          const where = `${grid.name}!${row.emailCell}`;
          reportAt(
            { sheet: grid.name, cell: row.emailCell, task: null },
            {
              vi: `${where}: "${row.name}" chưa có email, nên thư nhắc việc cho cơ quan này không có người nhận — ghi email vào ô này.`,
              en: `${where}: "${row.name}" has no email, so its reminder has no recipient — write its email in this cell.`,
            },
          );
        }
      },
    };
  },
});
