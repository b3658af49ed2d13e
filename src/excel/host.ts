/* global Excel, Office, OfficeExtension */
// The Excel the adapter runs against: Excel.run and the requirement-set check. The add-in passes Office's own; tests
// and the browser harness pass the simulator's.

/** What the adapter asks of the host: `Office.context.requirements` in Excel, the simulator in tests. */
export interface ExcelEnv {
  isSetSupported(name: string, version: string): boolean;
}

/** What the service needs of a host: a way to run a batch against the workbook, and the requirement-set check. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Runs a batch in a context made earlier (event registrations are removed in the context that made them). */
  runIn<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
  env: ExcelEnv;
  /** The open document's URL, where Office knows it (it names the workbook for choices kept on this computer). */
  documentUrl?: () => string | null;
}

/** The Excel the add-in runs in: Excel.run and Office.context.requirements (call after Office.onReady). */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    documentUrl: () => Office.context.document?.url || null,
    env: {
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    },
  };
}
