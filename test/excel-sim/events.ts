// Change events: onChanged on worksheets, the worksheet collection, table collections and tables.
// Handlers run asynchronously after the writing sync, with source "Local" for the session's own writes and "Remote" for others'.
import { Rect, intersect, rectToA1 } from "./address";
import type { Exec, SimRequestContext } from "./context";
import type { WorkbookModel } from "./model";
import type { SimStats } from "./stats";

/** One Excel session: the add-in's own, or a co-author's. enableEvents is per session, as Office's runtime setting is. */
export interface Session {
  readonly name: string;
  enableEvents: boolean;
  readonly stats: SimStats;
}

/** What an onChanged registration listens to. */
export type EventScope =
  | { kind: "worksheet"; sheetId: string }
  | { kind: "worksheets" }
  | { kind: "tables"; sheetId: string | null }
  | { kind: "table"; tableId: string };

/** A data change made by some session. `byAddin` marks writes made through the API (triggerSource "ThisLocalAddin"). */
export interface Change {
  sheetId: string;
  rect: Rect;
  changeType: "RangeEdited" | "RowInserted" | "RowDeleted";
  session: Session;
  byAddin: boolean;
}

type Handler = (args: unknown) => unknown;

interface Registration {
  session: Session;
  scope: EventScope;
  handler: Handler;
}

/** The minimal slice of a request context that event args need for getRange(ctx). */
interface RangeSource {
  workbook: { worksheets: { getItemOrNullObject(key: string): { getRange(address?: string): unknown } } };
}

function sameScope(a: EventScope, b: EventScope): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Keeps registrations and delivers events; flush() waits until every delivered handler has finished. */
export class EventHub {
  private registrations: Registration[] = [];
  private readonly pending = new Set<Promise<void>>();
  /** Errors thrown by handlers (Office swallows them too; tests can inspect them here). */
  readonly handlerErrors: unknown[] = [];

  add(registration: Registration): void {
    this.registrations.push(registration);
  }

  remove(session: Session, scope: EventScope, handler: Handler): void {
    this.registrations = this.registrations.filter(
      (r) => !(r.session === session && r.handler === handler && sameScope(r.scope, scope)),
    );
  }

  /** Schedules handlers for a list of changes; sessions with enableEvents = false receive nothing. */
  dispatch(changes: Change[], model: WorkbookModel): void {
    for (const change of changes) {
      for (const reg of this.registrations) {
        if (!reg.session.enableEvents) continue;
        for (const args of this.argsFor(reg, change, model)) this.deliver(reg, args);
      }
    }
  }

  private argsFor(reg: Registration, change: Change, model: WorkbookModel): Record<string, unknown>[] {
    const source = reg.session === change.session ? "Local" : "Remote";
    const common = {
      changeType: change.changeType,
      source,
      worksheetId: change.sheetId,
      triggerSource: source === "Local" && change.byAddin ? "ThisLocalAddin" : "Unknown",
      details: undefined,
    };
    const withRange = (address: string) => ({
      address,
      getRange: (ctx: RangeSource) => ctx.workbook.worksheets.getItemOrNullObject(change.sheetId).getRange(address),
      getRangeOrNullObject: (ctx: RangeSource) =>
        ctx.workbook.worksheets.getItemOrNullObject(change.sheetId).getRange(address),
    });
    const scope = reg.scope;
    if ((scope.kind === "worksheet" && scope.sheetId === change.sheetId) || scope.kind === "worksheets") {
      return [{ type: "WorksheetChanged", ...common, ...withRange(rectToA1(change.rect)) }];
    }
    if (scope.kind === "tables" || scope.kind === "table") {
      return model.state.tables
        .filter((t) => t.sheetId === change.sheetId)
        .filter((t) =>
          scope.kind === "table" ? t.id === scope.tableId : scope.sheetId === null || scope.sheetId === t.sheetId,
        )
        .flatMap((t) => {
          const hit = intersect(t.rect, change.rect);
          return hit ? [{ type: "TableChanged", tableId: t.id, ...common, ...withRange(rectToA1(hit)) }] : [];
        });
    }
    return [];
  }

  private deliver(reg: Registration, args: Record<string, unknown>): void {
    const run = new Promise<void>((resolve) => {
      setTimeout(() => {
        reg.session.stats.eventsFired += 1;
        Promise.resolve()
          .then(() => reg.handler(args))
          .catch((e: unknown) => this.handlerErrors.push(e))
          .finally(resolve);
      }, 0);
    });
    this.pending.add(run);
    void run.then(() => this.pending.delete(run));
  }

  /** Resolves once every scheduled handler (and anything they scheduled) has finished. */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}

/** The result of EventHandlers.add(): remove() unregisters at the next sync. */
export class SimEventHandlerResult {
  constructor(
    readonly context: SimRequestContext,
    private readonly handlers: SimEventHandlers,
    private readonly handler: Handler,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/** An onChanged property: add()/remove() take effect when the context syncs, as in office.js. */
export class SimEventHandlers {
  constructor(
    private readonly context: SimRequestContext,
    private readonly scopeAt: (ex: Exec) => EventScope | null,
    private readonly name: string,
  ) {}

  add(handler: Handler): SimEventHandlerResult {
    this.context._enqueue({
      desc: { a: "RegisterEvent", n: this.name },
      run: (ex) => {
        const scope = this.scopeAt(ex);
        if (scope) ex.events.add({ session: ex.session, scope, handler });
      },
    });
    return new SimEventHandlerResult(this.context, this, handler);
  }

  remove(handler: Handler): void {
    this.context._enqueue({
      desc: { a: "UnregisterEvent", n: this.name },
      run: (ex) => {
        const scope = this.scopeAt(ex);
        if (scope) ex.events.remove(ex.session, scope, handler);
      },
    });
  }
}
