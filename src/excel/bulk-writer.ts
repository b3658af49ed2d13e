/* global Excel, TextEncoder */
// Sends bulk writes in as few requests as possible, none near Excel on the web's 5 MB request limit, with calculation
// and screen updating suspended in each of them (docs/architecture.md, "Office.js practice").
import type { Capabilities } from "./requirements";

/** Estimated bytes a request may reach before it is sent: well under 5 MB, because office.js wraps every operation in JSON of its own. */
export const REQUEST_BUDGET = 4_500_000;
/** Office.js request bytes for getting a range (its object path and instantiation), and for setting one property or calling one method. */
export const RANGE_BYTES = 320;
export const SET_BYTES = 110;

/** UTF-8 bytes of a value as JSON: what a written block adds to the request. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Queues writes and sends them when the next one would take the request past the budget. */
export class BulkWriter {
  private queued = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly caps: Capabilities,
  ) {}

  /** Counts a write about to be queued, sending what is queued first if together they would pass the budget. */
  async room(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > REQUEST_BUDGET) await this.send();
    // Both suspensions last until the next sync only, so every request of bulk writes asks again.
    if (this.queued === 0) this.suspend();
    this.queued += bytes;
  }

  /** Sends the queued writes: the end of a phase, or of the bulk writes. */
  async send(): Promise<void> {
    await this.context.sync();
    this.queued = 0;
  }

  private suspend(): void {
    const app = this.context.workbook.application;
    if (this.caps.conditionalFormats) app.suspendApiCalculationUntilNextSync();
    if (this.caps.screenUpdating) app.suspendScreenUpdatingUntilNextSync();
  }
}
