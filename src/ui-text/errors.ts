// What the pane tells the user when a call into Excel fails: which action failed, in the words of its button, and why,
// in the user's language. Office's error codes people can act on get a plain sentence; Office's own text of any other
// failure is English, so it is shown in the English pane only.
import type { Strings } from "./strings";

/** An action of the pane that calls into the workbook, named as its button is. */
export type ActionName = keyof Strings["action"];

type Known = Exclude<keyof Strings["errors"], "other" | "failed">;

/** A failure as the pane keeps it, so it can be shown in whichever language is on. */
export type PaneError = ({ kind: Known } | { kind: "other"; detail: string }) & { action: ActionName | null };

const BY_CODE: Record<string, Known> = {
  InvalidOperationInCellEditMode: "editMode",
  AccessDenied: "readOnly",
  ItemNotFound: "notFound",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  ApiNotFound: "tooOld",
  ApiNotAvailable: "tooOld",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  ServiceNotAvailable: "busy",
};

/** Classifies a thrown error (an Office error carries a `code`) of the action that was running, if known. */
export function paneError(e: unknown, action: ActionName | null = null): PaneError {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  const kind = typeof code === "string" ? BY_CODE[code] : undefined;
  if (kind) return { kind, action };
  // Office's errors are not always Error instances (a plain object in some hosts): their message is still the detail.
  const message = typeof e === "object" && e !== null ? (e as { message?: unknown }).message : undefined;
  const detail = typeof message === "string" ? message : typeof e === "string" ? e : JSON.stringify(e);
  return { kind: "other", detail: detail || String(e), action };
}

/** The sentence the user reads for a failure: the action that failed (unless the caller names it, as the ribbon's title does), then why. */
export function errorText(error: PaneError, s: Strings): string {
  const why = error.kind === "other" ? s.errors.other(error.detail) : s.errors[error.kind];
  return error.action ? `${s.errors.failed(s.action[error.action])} ${why}` : why;
}
