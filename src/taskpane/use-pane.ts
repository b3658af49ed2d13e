// Connects the pane's state to the workbook: every button runs one operation through the PlanService, one at a time,
// with progress while it runs and a message (never a blank pane) when it fails.
import { useEffect, useMemo, useReducer, useRef } from "react";
import type { IsoDate } from "../core/model/dates";
import type { TaskSnapshot } from "../core/track/task-snapshot";
import type { SaveMappingRequest, TaskChange } from "../service/types";
import type { Finding } from "../core/check/finding";
import type { PlanOptions } from "../service/types";
import { paneError } from "../ui-text/errors";
import { initialState, paneReducer, type Operation, type PaneState } from "./pane-state";
import type { NewPlanRequest, PlanService } from "../service/plan-service";

/** What the pane's buttons do. */
export interface PaneActions {
  check(): Promise<void>;
  setAsOf(asOf: IsoDate): Promise<void>;
  setYear(year: number | null): Promise<void>;
  select(finding: Finding): Promise<void>;
  fix(findings: Finding[]): Promise<void>;
  ignore(finding: Finding): Promise<void>;
  unignore(finding: Finding): Promise<void>;
  showIgnored(show: boolean): void;
  highlight(): Promise<void>;
  agencySheets(): Promise<void>;
  summary(): Promise<void>;
  openSheet(name: string): Promise<void>;
  createPlan(request: NewPlanRequest): Promise<void>;
  pasteFromWord(text: string): Promise<void>;
  dismissError(): void;
  selectTask(task: TaskSnapshot): Promise<void>;
  updateTask(task: TaskSnapshot, change: TaskChange): Promise<void>;
  addDropdowns(): Promise<void>;
  quarterReport(quarter: number): Promise<void>;
  /** Saves the user's answer to the column question in the workbook, then reads the plan with it. */
  saveMapping(request: SaveMappingRequest): Promise<void>;
  /** Reads the plan again after a change in the workbook; waits for a running operation rather than being dropped. */
  recheck(): Promise<void>;
}

/** The pane's state and actions over a PlanService; reads the plan once when the pane opens. */
export function usePane(service: PlanService, asOf: IsoDate): { state: PaneState; actions: PaneActions } {
  const [state, dispatch] = useReducer(paneReducer, asOf, initialState);
  // The state as of the last render, for actions created once; and the guard against a second start before React re-renders.
  const latest = useRef(state);
  latest.current = state;
  const running = useRef<Operation | null>(null);
  // A re-check asked for while another operation runs happens once that one ends.
  const recheckWaiting = useRef(false);

  const actions = useMemo<PaneActions>(() => {
    // A click while another operation runs is dropped: one call into the workbook at a time.
    const run = async (operation: Operation, work: () => Promise<void>): Promise<void> => {
      if (running.current) {
        if (operation === "recheck") recheckWaiting.current = true;
        return;
      }
      running.current = operation;
      dispatch({ type: "start", operation });
      try {
        await work();
      } catch (e) {
        dispatch({ type: "failed", error: paneError(e, operation) });
      } finally {
        running.current = null;
        dispatch({ type: "finish" });
        if (recheckWaiting.current) {
          recheckWaiting.current = false;
          void recheck();
        }
      }
    };
    const options = (change: Partial<PlanOptions> = {}): PlanOptions => ({
      asOf: latest.current.asOf,
      year: latest.current.year,
      ...change,
    });
    const read = async (opts: PlanOptions) => {
      const result = await service.readPlan(opts);
      const ignored = result.found ? await service.listIgnored() : [];
      dispatch({ type: "read", result, ignored });
    };
    const recheck = () => run("recheck", () => read(options()));
    return {
      check: () => run("read", () => read(options())),
      setAsOf: (asOf) => {
        dispatch({ type: "asOf", asOf });
        return run("read", () => read(options({ asOf })));
      },
      setYear: (year) => {
        dispatch({ type: "year", year });
        return run("read", () => read(options({ year })));
      },
      select: (finding) =>
        run("select", async () =>
          dispatch({
            type: "selected",
            result: await service.selectFinding(finding),
          }),
        ),
      fix: (findings) =>
        run("fix", async () => {
          const result = await service.applyFixes(findings);
          dispatch({ type: "fixed", result });
          if (result.applied > 0) await read(options());
        }),
      ignore: (finding) =>
        run("ignore", async () => dispatch({ type: "ignored", list: await service.ignore(finding) })),
      unignore: (finding) =>
        run("ignore", async () => dispatch({ type: "ignored", list: await service.unignore(finding) })),
      showIgnored: (show) => dispatch({ type: "showIgnored", show }),
      highlight: () =>
        run("highlight", async () =>
          dispatch({
            type: "highlighted",
            result: await service.highlight(options()),
          }),
        ),
      agencySheets: () =>
        run("agencies", async () =>
          dispatch({
            type: "agencySheets",
            result: await service.agencySheets(options()),
          }),
        ),
      summary: () =>
        run("summary", async () =>
          dispatch({
            type: "summary",
            result: await service.summary(options()),
          }),
        ),
      openSheet: (name) =>
        run("open", async () =>
          dispatch({
            type: "opened",
            sheet: name,
            found: await service.activateSheet(name),
          }),
        ),
      createPlan: (request) =>
        run("create", async () => {
          const result = await service.createPlan(request);
          dispatch({ type: "created", result });
          if (result.done) await read(options());
        }),
      pasteFromWord: (text) =>
        run("paste", async () => {
          const result = await service.pasteFromWord(text, options());
          dispatch({ type: "created", result });
          if (result.done) await read(options());
        }),
      dismissError: () => dispatch({ type: "dismissError" }),
      selectTask: (task) =>
        run("selectTask", async () =>
          dispatch({
            type: "taskSelected",
            result: await service.selectTask(task, options()),
          }),
        ),
      updateTask: (task, change) =>
        run("update", async () => {
          const result = await service.updateTask(task, change, options());
          dispatch({ type: "updated", result });
          // After a write, or a refusal because the task changed, the list must show the workbook as it now is.
          if (result.cells.length > 0 || result.refused !== null) await read(options());
        }),
      addDropdowns: () =>
        run("dropdowns", async () =>
          dispatch({
            type: "dropdowns",
            result: await service.addDropdowns(options()),
          }),
        ),
      quarterReport: (quarter) =>
        run("quarter", async () =>
          dispatch({
            type: "quarter",
            result: await service.quarterReport({ ...options(), quarter }),
          }),
        ),
      saveMapping: (request) =>
        run("mapping", async () => {
          const saved = await service.saveColumnMapping(request);
          if (!saved.done) return dispatch({ type: "mappingRefused", notes: saved.notes });
          await read(options());
        }),
      recheck,
    };
  }, [service]);

  useEffect(() => {
    void actions.check();
  }, [actions]);

  return { state, actions };
}
