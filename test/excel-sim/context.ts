// The request context and the batch runner: sync() sends the queued operations, applies them in order to the shared
// document, and fills loaded proxies only when the whole batch succeeded.
import { Rect } from "./address";
import { SimOfficeError } from "./errors";
import type { Change, EventHub, Session } from "./events";
import type { WorkbookModel } from "./model";
import { Op, SimClientObject, jsonBytes } from "./proxy";
import { RequestRecord } from "./stats";
import { SimApplication, SimExcelWorkbook, SimRuntime } from "./workbook";

/** Excel on the web's limit for a request and for a response, and for the cells one range read may return. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5000000;

/** What contexts need from the simulator that owns them. */
export interface Engine {
  readonly model: WorkbookModel;
  /** The file name Workbook.name reports. */
  readonly name: string;
  readonly events: EventHub;
  readonly apiVersion: string;
  /** Called after every batch (also a failed one) with the changes it made, so events can be delivered. */
  afterBatch(changes: Change[]): void;
}

/** Compares "1.12" and "1.8" as Office does (numerically, part by part). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** One running batch: the document, what it returns, what it changed, and its counters. */
export class Exec {
  readonly model: WorkbookModel;
  readonly events: EventHub;
  readonly session: Session;
  readonly workbookName: string;
  readonly changes: Change[] = [];
  readonly traces: string[] = [];
  responseBytes = 0;
  cellsRead = 0;
  cellsWritten = 0;
  calculationSuspended = false;
  screenUpdatingSuspended = false;
  private readonly deliveries: (() => void)[] = [];

  constructor(
    engine: Engine,
    readonly context: SimRequestContext,
  ) {
    this.model = engine.model;
    this.events = engine.events;
    this.session = context._session;
    this.workbookName = engine.name;
  }

  /** Schedules a change to a proxy (loaded values, null-ness) that lands only if the batch succeeds. */
  deliver(apply: () => void): void {
    this.deliveries.push(apply);
  }

  /** Counts the JSON a read returns toward the response size. */
  respond(value: unknown): void {
    this.responseBytes += jsonBytes(value);
  }

  /** Counts cells a read returns; one read over 5,000,000 cells fails as on Excel on the web. */
  readCells(count: number, location: string): void {
    if (count > READ_CELL_LIMIT) {
      throw new SimOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `a single read of ${count} cells exceeds the ${READ_CELL_LIMIT}-cell limit`,
        location,
      );
    }
    this.cellsRead += count;
  }

  /** Records a data change made by this batch (for counters and change events). */
  changed(sheetId: string, rect: Rect, changeType: Change["changeType"], cells = 0): void {
    this.cellsWritten += cells;
    this.changes.push({ sheetId, rect, changeType, session: this.session, byAddin: true });
  }

  /** @internal Applies the deliveries of a successful batch. */
  finish(): void {
    for (const apply of this.deliveries) apply();
  }
}

/** A stand-in for Excel.RequestContext: workbook, runtime, application, trackedObjects, load(), trace() and sync(). */
export class SimRequestContext {
  readonly workbook: SimExcelWorkbook;
  readonly runtime: SimRuntime;
  /** Office keeps proxies alive with these; here every proxy stays usable, so they do nothing. */
  readonly trackedObjects = {
    add: (_objects: unknown): void => undefined,
    remove: (_objects: unknown): void => undefined,
  };
  private queue: Op[] = [];
  private objectIds = 0;

  constructor(
    /** @internal */ readonly _engine: Engine,
    /** @internal */ readonly _session: Session,
  ) {
    this.workbook = new SimExcelWorkbook(this);
    this.runtime = new SimRuntime(this);
  }

  get application(): SimApplication {
    return this.workbook.application;
  }

  /** @internal */
  _enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** @internal */
  _nextObjectId(): number {
    this.objectIds += 1;
    return this.objectIds;
  }

  /** @internal True when the simulated Excel supports this ExcelApi version. */
  _apiAtLeast(version: string): boolean {
    return compareVersions(this._engine.apiVersion, version) >= 0;
  }

  /** @internal Throws ApiNotFound, at call time, for an API newer than the simulated Excel. */
  _requireApi(version: string, what: string): void {
    if (!this._apiAtLeast(version)) {
      throw new SimOfficeError(
        "ApiNotFound",
        `${what} needs ExcelApi ${version}; this Excel has ${this._engine.apiVersion}`,
        what,
      );
    }
  }

  /** Queues a load, as ClientRequestContext.load(object, properties) does. */
  load<T extends SimClientObject<any>>(object: T, spec?: unknown): T {
    return object.load(spec);
  }

  /** Adds a trace message; a failing sync reports the traces that ran before the error. */
  trace(message: string): void {
    this._enqueue({ desc: { a: "Trace", v: message }, run: (ex) => ex.traces.push(message) });
  }

  /**
   * Sends the queued operations. Operations run in order; if one fails, the ones before it stay applied, the rest are
   * dropped, nothing loaded in this batch reaches the proxies, and the promise rejects with the error (as in Excel).
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    const stats = this._session.stats;
    stats.syncs += 1;
    if (!ops.length) return passThroughValue as T;
    const bytes = jsonBytes(ops.map((op) => op.desc));
    const record: RequestRecord = {
      bytes,
      responseBytes: 0,
      ops: ops.length,
      cellsWritten: 0,
      cellsRead: 0,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
    };
    stats.requests.push(record);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);
    if (bytes > PAYLOAD_LIMIT_BYTES) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new SimOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `the request is ${bytes} bytes; the limit is ${PAYLOAD_LIMIT_BYTES}`,
      );
    }
    const ex = new Exec(this._engine, this);
    let failure: SimOfficeError | null = null;
    for (const op of ops) {
      try {
        op.run(ex);
      } catch (e) {
        failure = asOfficeError(e);
        break;
      }
    }
    if (!failure && ex.responseBytes > PAYLOAD_LIMIT_BYTES) {
      failure = new SimOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `the response is ${ex.responseBytes} bytes; the limit is ${PAYLOAD_LIMIT_BYTES}`,
      );
    }
    Object.assign(record, {
      responseBytes: ex.responseBytes,
      cellsWritten: ex.cellsWritten,
      cellsRead: ex.cellsRead,
      calculationSuspended: ex.calculationSuspended,
      screenUpdatingSuspended: ex.screenUpdatingSuspended,
    });
    stats.cellsWritten += ex.cellsWritten;
    stats.cellsRead += ex.cellsRead;
    this._engine.afterBatch(ex.changes);
    if (failure) {
      record.error = failure.code;
      failure.traceMessages.push(...ex.traces);
      throw failure;
    }
    ex.finish();
    return passThroughValue as T;
  }
}

/** Unexpected exceptions inside a batch surface as GeneralException, the way Excel reports internal failures. */
function asOfficeError(e: unknown): SimOfficeError {
  if (e instanceof SimOfficeError) return e;
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new SimOfficeError("GeneralException", detail);
}
