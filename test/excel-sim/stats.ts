// What the simulator counts, so tests can hold the adapter to Microsoft's performance guidance (few syncs, small payloads).

/** One round trip to "Excel": a sync that had queued operations. */
export interface RequestRecord {
  /** UTF-8 bytes of the JSON of the queued operations, written values included. */
  bytes: number;
  /** UTF-8 bytes of the JSON of the values loaded back. */
  responseBytes: number;
  ops: number;
  cellsWritten: number;
  cellsRead: number;
  /** application.suspendApiCalculationUntilNextSync() was called in this batch. */
  calculationSuspended: boolean;
  /** application.suspendScreenUpdatingUntilNextSync() was called in this batch. */
  screenUpdatingSuspended: boolean;
  /** The error code when the request failed. */
  error?: string;
}

/** Counters for one session (the add-in's, or a co-author's). */
export interface SimStats {
  /** Every context.sync() call, including ones with nothing queued (which send no request). */
  syncs: number;
  requests: RequestRecord[];
  maxRequestBytes: number;
  /** Cells written through values, formulas and numberFormat. */
  cellsWritten: number;
  /** Cells returned by loads of values, formulas, numberFormat, text and valueTypes. */
  cellsRead: number;
  /** Event handler invocations delivered to this session. */
  eventsFired: number;
  /** Calls of TableRowCollection.add (co-authoring guidance: never use it). */
  tableRowAddCalls: number;
}

/** A zeroed set of counters. */
export function emptyStats(): SimStats {
  return {
    syncs: 0,
    requests: [],
    maxRequestBytes: 0,
    cellsWritten: 0,
    cellsRead: 0,
    eventsFired: 0,
    tableRowAddCalls: 0,
  };
}

/** Zeroes counters in place, so references tests hold stay valid. */
export function resetStats(stats: SimStats): void {
  Object.assign(stats, emptyStats());
}
