// The user's agency for the open workbook: read from this computer's storage once the workbook's key is known,
// written back when the user picks another.
import { useCallback, useEffect, useState } from "react";
import { rememberAgency, rememberedAgency, type KeyValueStore } from "./my-agency-store";
import type { PlanService } from "../service/plan-service";

/** The remembered agency (null until picked), whether it has been looked up, and how to pick one. */
export interface MyAgency {
  agency: string | null;
  ready: boolean;
  choose(agency: string | null): void;
}

/** Remembers the user's agency per workbook on this computer. */
export function useMyAgency(service: PlanService, store: KeyValueStore | null): MyAgency {
  const [key, setKey] = useState<string | null>(null);
  const [agency, setAgency] = useState<string | null>(null);

  useEffect(() => {
    let gone = false;
    service
      .workbookKey()
      .catch(() => "workbook")
      .then((k) => {
        if (gone) return;
        setKey(k);
        setAgency(rememberedAgency(store, k));
      });
    return () => {
      gone = true;
    };
  }, [service, store]);

  const choose = useCallback(
    (next: string | null) => {
      setAgency(next);
      if (key !== null) rememberAgency(store, key, next);
    },
    [key, store],
  );

  return { agency, ready: key !== null, choose };
}
