// Which place of the pane is open: the one this user was in for this workbook last time on this computer, else the
// first (checking); each change is remembered at once, so closing the pane loses nothing.
import { useCallback, useEffect, useState } from "react";
import { rememberView, rememberedView, type KeyValueStore, type PaneView } from "./my-agency-store";
import type { PlanService } from "../service/plan-service";

/** The open place of the pane and how to go to another, remembered per workbook. */
export function usePaneView(service: PlanService, store: KeyValueStore | null): [PaneView, (view: PaneView) => void] {
  const [key, setKey] = useState<string | null>(null);
  const [view, setView] = useState<PaneView>("check");

  useEffect(() => {
    let gone = false;
    service
      .workbookKey()
      .catch(() => "workbook")
      .then((k) => {
        if (gone) return;
        setKey(k);
        const remembered = rememberedView(store, k);
        if (remembered) setView(remembered);
      });
    return () => {
      gone = true;
    };
  }, [service, store]);

  const go = useCallback(
    (next: PaneView) => {
      setView(next);
      if (key !== null) rememberView(store, key, next);
    },
    [key, store],
  );
  return [view, go];
}
