// Office-shaped globals (Excel.run, Excel.<Enum>.<member>, Office.context.requirements, Office.onReady) backed by a
// simulated workbook, for code under test that reaches for the globals instead of taking a context.
import { SimOfficeError } from "./errors";
import { SimWorkbook } from "./sim";

/** Excel's enums are string-valued with member names in lower camel case: Excel.ChartType.columnClustered is "ColumnClustered". */
function enumNamespace(): Record<string, string> {
  return new Proxy({} as Record<string, string>, {
    get: (_target, member) =>
      typeof member === "string" ? member.replace(/^_/, "").replace(/^./, (c) => c.toUpperCase()) : undefined,
  });
}

/** Installs Excel, Office and OfficeExtension on globalThis for `sim`; returns a function that restores what was there. */
export function installOfficeGlobals(sim: SimWorkbook): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  const excel: Record<string, unknown> = { run: (batch: Parameters<SimWorkbook["run"]>[0]) => sim.run(batch) };
  g.Excel = new Proxy(excel, {
    get: (target, key) => (typeof key === "string" && key in target ? target[key] : enumNamespace()),
  });
  g.Office = {
    context: {
      requirements: { isSetSupported: (name: string, version?: string | number) => sim.isSetSupported(name, version) },
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
  };
  g.OfficeExtension = { Error: SimOfficeError };
  return () => {
    g.Excel = previous.Excel;
    g.Office = previous.Office;
    g.OfficeExtension = previous.OfficeExtension;
  };
}
