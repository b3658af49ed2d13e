// The root objects of a request context: Workbook, Application and Runtime.
import type { SimRequestContext } from "./context";
import { expectBoolean, expectOneOf } from "./errors";
import { SimClientObject, defineType, rootOrigin } from "./proxy";
import { SimPivotTableCollection } from "./pivot";
import { SimRange } from "./range";
import { SimSettingCollection } from "./settings";
import { SimNamedItemCollection } from "./names";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet";

/** Excel.Workbook, the root of a request context. */
export class SimExcelWorkbook extends SimClientObject<"workbook"> {
  declare readonly name: string;
  declare readonly readOnly: boolean;
  declare readonly worksheets: SimWorksheetCollection;
  declare readonly tables: SimTableCollection;
  declare readonly pivotTables: SimPivotTableCollection;
  declare readonly settings: SimSettingCollection;
  declare readonly names: SimNamedItemCollection;
  declare readonly application: SimApplication;

  constructor(context: SimRequestContext) {
    super(context, rootOrigin("workbook"));
  }

  /** The selected cells (on the active sheet). */
  getSelectedRange(): SimRange {
    return this._create(SimRange, "getSelectedRange", [], (ex) => {
      const sheet = ex.model.activeSheet();
      return { sheetId: sheet.id, rect: sheet.selection };
    });
  }

  /** The active cell: the top-left cell of the selection (ExcelApi 1.7). */
  getActiveCell(): SimRange {
    return this._create(
      SimRange,
      "getActiveCell",
      [],
      (ex) => {
        const sheet = ex.model.activeSheet();
        return {
          sheetId: sheet.id,
          rect: { r0: sheet.selection.r0, c0: sheet.selection.c0, r1: sheet.selection.r0, c1: sheet.selection.c0 },
        };
      },
      { api: "1.7" },
    );
  }
}

defineType<"workbook">(
  SimExcelWorkbook,
  "Workbook",
  {
    name: { get: (_h, ex) => ex.workbookName, api: "1.7" },
    readOnly: { get: () => false, api: "1.8" },
  },
  {
    worksheets: (self: SimExcelWorkbook) => self._navigate(SimWorksheetCollection, () => "sheets"),
    tables: (self: SimExcelWorkbook) => self._navigate(SimTableCollection, () => ({ sheetId: null })),
    pivotTables: (self: SimExcelWorkbook) => {
      self.context._requireApi("1.3", "Workbook.pivotTables");
      return self._navigate(SimPivotTableCollection, () => ({ sheetId: null }));
    },
    settings: (self: SimExcelWorkbook) => {
      self.context._requireApi("1.4", "Workbook.settings");
      return self._navigate(SimSettingCollection, () => "settings");
    },
    names: (self: SimExcelWorkbook) => {
      self.context._requireApi("1.4", "Workbook.names");
      return self._navigate(SimNamedItemCollection, () => "names");
    },
    application: (self: SimExcelWorkbook) => self._navigate(SimApplication, () => "application"),
  },
);

/** Excel.Application: calculation mode and the suspend calls, which are recorded per request. */
export class SimApplication extends SimClientObject<"application"> {
  declare calculationMode: string;
  declare readonly calculationState: string;

  /** Recalculation is immediate in the simulator; the call is accepted. */
  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void {
    this._call(
      "calculate",
      [calculationType],
      () => void expectOneOf(calculationType, ["Recalculate", "Full", "FullRebuild"] as const, "Application.calculate"),
    );
  }

  /** Marks this batch as run with calculation suspended (visible in stats.requests[i].calculationSuspended). */
  suspendApiCalculationUntilNextSync(): void {
    this._call(
      "suspendApiCalculationUntilNextSync",
      [],
      (_h, ex) => {
        ex.calculationSuspended = true;
      },
      "1.6",
    );
  }

  /** Marks this batch as run with screen updating suspended (stats.requests[i].screenUpdatingSuspended). */
  suspendScreenUpdatingUntilNextSync(): void {
    this._call(
      "suspendScreenUpdatingUntilNextSync",
      [],
      (_h, ex) => {
        ex.screenUpdatingSuspended = true;
      },
      "1.9",
    );
  }
}

defineType<"application">(SimApplication, "Application", {
  calculationMode: {
    get: (_h, ex) => ex.model.state.calculationMode,
    set: (_h, v, ex) => {
      ex.context._requireApi("1.8", "Application.calculationMode (set)");
      ex.model.state.calculationMode = expectOneOf(
        v,
        ["Automatic", "AutomaticExceptTables", "Manual"] as const,
        "Application.calculationMode",
      );
    },
  },
  calculationState: { get: () => "Done", api: "1.9" },
});

/** Excel.Runtime: enableEvents, which applies to the whole session (as Office's runtime setting does). */
export class SimRuntime extends SimClientObject<"runtime"> {
  declare enableEvents: boolean;

  constructor(context: SimRequestContext) {
    super(context, rootOrigin("runtime"));
  }
}

defineType<"runtime">(SimRuntime, "Runtime", {
  enableEvents: {
    get: (_h, ex) => ex.session.enableEvents,
    set: (_h, v, ex) => {
      ex.session.enableEvents = expectBoolean(v, "Runtime.enableEvents");
    },
    api: "1.8",
  },
});
