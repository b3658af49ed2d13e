// What the pane tells the user when a call into Excel fails: Office's error codes that people can act on get a plain
// sentence; anything else is shown with its own message rather than hidden.
import type { Strings } from "./strings";

/** A failure as the pane keeps it, so it can be shown in whichever language is on. */
export type PaneError = { kind: Exclude<keyof Strings["errors"], "other"> } | { kind: "other"; detail: string };

const BY_CODE: Record<string, Exclude<PaneError["kind"], "other">> = {
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

/** Classifies a thrown error (an Office error carries a `code`). */
export function paneError(e: unknown): PaneError {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  const kind = typeof code === "string" ? BY_CODE[code] : undefined;
  if (kind) return { kind };
  const detail = e instanceof Error ? e.message : typeof e === "string" ? e : JSON.stringify(e);
  return { kind: "other", detail: detail || String(e) };
}

/** The sentence the user reads for a failure. */
export function errorText(error: PaneError, s: Strings): string {
  return error.kind === "other" ? s.errors.other(error.detail) : s.errors[error.kind];
}
