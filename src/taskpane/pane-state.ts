// What the task pane knows and shows, changed only by the actions below (a pure reducer, tested without a DOM).
import type { IsoDate } from "../core/model/dates";
import type { Bilingual } from "../core/check/finding";
import type {
  BuildResult,
  FixResult,
  HighlightResult,
  ReadPlanResult,
  SelectResult,
  SummaryResult,
} from "../service/types";
import type { ActionName, PaneError } from "../ui-text/errors";
import type {
  CreatePlanResult,
  DropdownsResult,
  IgnoredFinding,
  QuarterReportResult,
  UpdateTaskResult,
} from "../service/plan-service";
import { stringsFor } from "../ui-text/strings";

/** The calls into the workbook; one runs at a time. Each is named in the user's words when it fails. */
export type Operation = ActionName;

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
  /** The last task update: cells written, or why nothing was. */
  update: UpdateTaskResult | null;
  dropdowns: DropdownsResult | null;
  quarter: QuarterReportResult | null;
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
  | { type: "created"; result: CreatePlanResult }
  | { type: "taskSelected"; result: SelectResult }
  | { type: "updated"; result: UpdateTaskResult }
  | { type: "dropdowns"; result: DropdownsResult }
  | { type: "quarter"; result: QuarterReportResult }
  | { type: "mappingRefused"; notes: Bilingual[] };

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
    update: null,
    dropdowns: null,
    quarter: null,
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
      // A re-check after a change in the workbook leaves what the user was reading on screen.
      if (action.operation === "recheck") return { ...state, busy: action.operation };
      // Any other action of the user's makes the outcome of the last fix old news ("Đã sửa 1 ô." would stay for good).
      return { ...state, busy: action.operation, error: null, notes: [], fix: null };
    case "finish":
      return { ...state, busy: null };
    case "failed":
      return { ...state, error: action.error };
    case "dismissError":
      return { ...state, error: null };
    case "read": {
      // A read that ends a fix, an update or a new plan keeps that outcome on screen, and so does a re-check after a
      // change in the workbook; a check of its own replaces them.
      const keep = (op: Operation) => state.busy === op || state.busy === "recheck";
      return {
        ...state,
        read: action.result,
        ignored: action.ignored,
        fix: keep("fix") ? state.fix : null,
        created: keep("create") || keep("paste") ? state.created : null,
        update: keep("update") ? state.update : null,
      };
    }
    case "selected":
      return { ...state, notes: action.result.notes };
    case "mappingRefused":
      return { ...state, notes: action.notes };
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
    case "taskSelected":
      return { ...state, notes: action.result.notes };
    case "updated":
      return { ...state, update: action.result };
    case "dropdowns":
      return { ...state, dropdowns: action.result };
    case "quarter":
      return { ...state, quarter: action.result };
  }
}
