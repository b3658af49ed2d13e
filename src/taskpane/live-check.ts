// The live re-check: cell changes (the user's and co-authors') re-read the plan once things go quiet, so the counts,
// findings and the agency's list follow the workbook without a click. The policy is plain code with injectable timers.
import type { ChangeListener, PlanChange, PlanService, Unwatch } from "../service/plan-service";

/** Quiet time after the last change before the plan is read again. */
export const LIVE_DELAY_MS = 1500;
/** Longest wait during a stream of changes (a co-author typing on): the plan is read at least this often. */
export const LIVE_MAX_WAIT_MS = 8000;

/** Whether a change calls for a re-check: the add-in's own writes do not (each use-case reads the plan after writing). */
export function needsRecheck(change: PlanChange): boolean {
  return change.triggerSource !== "ThisLocalAddin";
}

/** The clock a debouncer uses: the browser's by default, jest's fake timers in tests. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** Turns a burst of pokes into one call: `delayMs` after the last poke, or `maxWaitMs` after the first at the latest. */
export class Debouncer {
  private timer: unknown = null;
  private firstPoke: number | null = null;

  constructor(
    private readonly fire: () => void,
    private readonly delayMs = LIVE_DELAY_MS,
    private readonly maxWaitMs = LIVE_MAX_WAIT_MS,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** Notes one change; the call comes once the changes stop. */
  poke(): void {
    const now = this.timers.now();
    this.firstPoke ??= now;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delayMs, this.firstPoke + this.maxWaitMs - now));
    this.timer = this.timers.setTimeout(() => this.flush(), wait);
  }

  /** Whether a call is waiting. */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** Drops a waiting call (the pane is closing). */
  cancel(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.firstPoke = null;
  }

  private flush(): void {
    this.timer = null;
    this.firstPoke = null;
    this.fire();
  }
}

/** Options of a live check. */
export interface LiveCheckOptions {
  delayMs?: number;
  maxWaitMs?: number;
  timers?: Timers;
}

/** A running live check: whether Excel reports changes at all, and how to stop. */
export interface LiveCheck {
  watching: boolean;
  stop(): Promise<void>;
}

/**
 * Registers for the workbook's change events and calls `recheck` once per burst of relevant changes. The event handler
 * only notes the change (no Excel call, no dialog); `stop` cancels a waiting re-check and removes the registration.
 */
export async function startLiveCheck(
  service: Pick<PlanService, "watchChanges">,
  recheck: () => void,
  options: LiveCheckOptions = {},
): Promise<LiveCheck> {
  const debouncer = new Debouncer(recheck, options.delayMs, options.maxWaitMs, options.timers);
  let stopped = false;
  const listener: ChangeListener = (change) => {
    if (!stopped && needsRecheck(change)) debouncer.poke();
  };
  const unwatch: Unwatch | null = await service.watchChanges(listener);
  return {
    watching: unwatch !== null,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      debouncer.cancel();
      if (unwatch) await unwatch();
    },
  };
}
