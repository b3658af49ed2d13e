// Keeps the pane registered for the workbook's change events while it is open: registered when the pane opens (again
// after a reload of the page), removed when it closes or the page goes away.
import { useEffect, useRef, useState } from "react";
import { startLiveCheck, type LiveCheck, type LiveCheckOptions } from "./live-check";
import type { PlanService } from "../service/plan-service";

/** Whether the pane hears the workbook's changes: null while registering, false where Excel has no change events. */
export type LiveState = boolean | null;

/** Re-checks the plan after changes to the workbook for as long as the pane is mounted. */
export function useLiveCheck(service: PlanService, recheck: () => void, options: LiveCheckOptions = {}): LiveState {
  const [watching, setWatching] = useState<LiveState>(null);
  const latest = useRef(recheck);
  latest.current = recheck;
  const { delayMs, maxWaitMs, timers } = options;

  useEffect(() => {
    let live: LiveCheck | null = null;
    let closed = false;
    const stop = () => {
      closed = true;
      const current = live;
      live = null;
      if (current) void current.stop().catch(() => undefined);
    };
    startLiveCheck(service, () => latest.current(), {
      delayMs,
      maxWaitMs,
      timers,
    })
      .then((started) => {
        if (closed) return void started.stop().catch(() => undefined);
        live = started;
        setWatching(started.watching);
      })
      .catch(() => {
        if (!closed) setWatching(false);
      });
    // Closing the task pane unloads the page without unmounting React.
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      stop();
    };
  }, [service, delayMs, maxWaitMs, timers]);

  return watching;
}
