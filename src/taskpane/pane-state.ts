// What the task pane knows and shows, changed only by the actions below (a pure reducer, tested without a DOM).
import type { IsoDate } from "../core/dates";
import type { Bilingual } from "../core/finding";
import type {
  BuildResult,
  FixResult,
  HighlightResult,
  ReadPlanResult,
  SelectResult,
  SummaryResult,
} from "../excel/types";
import type { PaneError } from "./pane-error";
import type { CreatePlanResult, IgnoredFinding } from "./plan-service";
import { stringsFor } from "./strings";

/** The calls into the workbook; one runs at a time. */
export type Operation =
  | "read"
  | "select"
  | "fix"
  | "ignore"
  | "highlight"
  | "agencies"
  | "summary"
  | "open"
  | "create"
  | "paste";

/** The results of the three report buttons, each shown under its button. */
export interface Builds {
  highlight: HighlightResult | null;
  agencies: BuildResult | null;
  summary: SummaryResult | null;
}

/** The pane's whole state. */
export interface PaneState {
  asOf: IsoDate;
  /** A plan year the user typed because the plan names none; null to use the plan's own. */
  year: number | null;
  busy: Operation | null;
  /** The last read of the plan (null before the first one ends). */
  read: ReadPlanResult | null;
  ignored: IgnoredFinding[];
  showIgnored: boolean;
  /** The last fix: cells written, or the conflicts that stopped it. */
  fix: FixResult | null;
  builds: Builds;
  created: CreatePlanResult | null;
  /** Short-lived notes of the last small action (a finding's sheet is gone, a sheet link is stale). */
  notes: Bilingual[];
  error: PaneError | null;
}

export type PaneAction =
  | { type: "asOf"; asOf: IsoDate }
  | { type: "year"; year: number | null }
  | { type: "start"; operation: Operation }
  | { type: "finish" }
  | { type: "failed"; error: PaneError }
  | { type: "dismissError" }
  | { type: "read"; result: ReadPlanResult; ignored: IgnoredFinding[] }
  | { type: "selected"; result: SelectResult }
  | { type: "fixed"; result: FixResult }
  | { type: "ignored"; list: IgnoredFinding[] }
  | { type: "showIgnored"; show: boolean }
  | { type: "highlighted"; result: HighlightResult }
  | { type: "agencySheets"; result: BuildResult }
  | { type: "summary"; result: SummaryResult }
  | { type: "opened"; sheet: string; found: boolean }
  | { type: "created"; result: CreatePlanResult };

/** The state of a freshly opened pane: nothing read yet, judged as of `asOf`. */
export function initialState(asOf: IsoDate): PaneState {
  return {
    asOf,
    year: null,
    busy: null,
    read: null,
    ignored: [],
    showIgnored: false,
    fix: null,
    builds: { highlight: null, agencies: null, summary: null },
    created: null,
    notes: [],
    error: null,
  };
}

/** Applies one action to the pane's state. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "asOf":
      return { ...state, asOf: action.asOf };
    case "year":
      return { ...state, year: action.year };
    case "start":
      // A second operation never starts while one runs (the buttons are disabled too, but clicks can race).
      if (state.busy) return state;
      return { ...state, busy: action.operation, error: null, notes: [] };
    case "finish":
      return { ...state, busy: null };
    case "failed":
      return { ...state, error: action.error };
    case "dismissError":
      return { ...state, error: null };
    case "read":
      // A read that ends a fix or a new plan keeps that outcome on screen; a check of its own replaces it.
      return {
        ...state,
        read: action.result,
        ignored: action.ignored,
        fix: state.busy === "fix" ? state.fix : null,
        created:
          state.busy === "create" || state.busy === "paste"
            ? state.created
            : null,
      };
    case "selected":
      return { ...state, notes: action.result.notes };
    case "fixed":
      return { ...state, fix: action.result };
    case "ignored":
      return { ...state, ignored: action.list };
    case "showIgnored":
      return { ...state, showIgnored: action.show };
    case "highlighted":
      return {
        ...state,
        builds: { ...state.builds, highlight: action.result },
      };
    case "agencySheets":
      return { ...state, builds: { ...state.builds, agencies: action.result } };
    case "summary":
      return { ...state, builds: { ...state.builds, summary: action.result } };
    case "opened":
      return action.found
        ? state
        : {
            ...state,
            notes: [
              {
                vi: stringsFor("vi").sheetGone(action.sheet),
                en: stringsFor("en").sheetGone(action.sheet),
              },
            ],
          };
    case "created":
      return { ...state, created: action.result };
  }
}
