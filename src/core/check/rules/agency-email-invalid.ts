// Reminders are addressed from the registry's email column: a piece of an email cell that is not an address would
// leave the agency without its reminder, or send it nowhere, so it is named before anything is sent.
import { readContactRows, registryColumns } from "../../read/registry-contacts";
import { registryGrid } from "../../read/registry-sheet";
import { defineRule } from "../rule";

/** An email cell of the registry sheet holds something that is not an email address. */
export const agencyEmailInvalid = defineRule({
  id: "agency-email-invalid",
  severity: "warning",
  title: { vi: "Email cơ quan không hợp lệ", en: "Invalid agency email" },
  create({ workbook, reportAt }) {
    const grid = registryGrid(workbook);
    const columns = grid ? registryColumns(grid) : null;
    if (!grid || columns?.email == null) return {};
    return {
      end() {
        for (const row of readContactRows(grid, columns)) {
          if (row.invalid.length === 0 || !row.emailCell) continue;
          const where = `${grid.name}!${row.emailCell}`;
          const pieces = row.invalid.map((p) => `"${p}"`).join(", ");
          reportAt(
            { sheet: grid.name, cell: row.emailCell, task: null },
            {
              vi: `${where}: email của "${row.name}" có ${pieces} không phải địa chỉ thư điện tử (dạng ten@coquan.gov.vn; nhiều địa chỉ cách nhau bằng ;), nên không gửi nhắc việc đến đó được.`,
              en: `${where}: the email of "${row.name}" holds ${pieces}, which is not an email address (like name@agency.gov.vn; several separated by ;), so no reminder can be sent there.`,
            },
          );
        }
      },
    };
  },
});
