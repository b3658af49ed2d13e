/* global Excel */
import { BulkWriter } from "./bulk-writer";
import type { Capabilities } from "./requirements";

/**
 * Runs a command's writes with events off, so the add-in's own change handlers (and other add-ins') do not react to
 * every block it writes; `finish` queues last words (marks, recalculation) into the request that turns events back on,
 * as they were before, even when a write fails.
 */
export async function writeQuietly(
  context: Excel.RequestContext,
  caps: Capabilities,
  eventsWereOn: boolean | null,
  write: (w: BulkWriter) => Promise<void>,
  finish: () => void = () => undefined,
): Promise<void> {
  const runtime = context.runtime;
  if (caps.events) runtime.enableEvents = false;
  let failure: unknown = null;
  try {
    const w = new BulkWriter(context, caps);
    await write(w);
    await w.send();
    finish();
  } catch (e) {
    failure = e;
  }
  if (caps.events) runtime.enableEvents = eventsWereOn ?? true;
  try {
    await context.sync();
  } catch (e) {
    failure ??= e;
  }
  if (failure !== null) throw failure;
}
