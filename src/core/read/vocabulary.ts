import type { CellValue } from "../model/cell-value";
import { cellText, foldAscii } from "../text/normalize";

export type Role = "lead" | "coordinate";
export type Status = "notStarted" | "inProgress" | "done";

/** How each role is written in a standard plan. */
export const ROLE_LABEL: Record<Role, string> = { lead: "Chủ trì", coordinate: "Phối hợp" };

/** How each status is written in a standard plan. */
export const STATUS_LABEL: Record<Status, string> = {
  notStarted: "Chưa thực hiện",
  inProgress: "Đang thực hiện",
  done: "Hoàn thành",
};

// Keyed by foldAscii, so any case, spacing, Unicode form and missing diacritics are accepted.
const ROLE_BY_KEY = new Map<string, Role>([
  ["chu tri", "lead"],
  ["ct", "lead"],
  ["phoi hop", "coordinate"],
  ["ph", "coordinate"],
]);
const STATUS_BY_KEY = new Map<string, Status>([
  ["chua thuc hien", "notStarted"],
  ["dang thuc hien", "inProgress"],
  ["hoan thanh", "done"],
  ["da hoan thanh", "done"],
]);

/** Reads an agency's role in a task; anything that is not clearly "Chủ trì" or "Phối hợp" is left for a finding. */
export function readRole(
  v: CellValue,
): { kind: "empty" } | { kind: "role"; role: Role; standard: boolean } | { kind: "unknown"; text: string } {
  const text = cellText(v);
  if (text === "") return { kind: "empty" };
  const role = ROLE_BY_KEY.get(foldAscii(text));
  return role ? { kind: "role", role, standard: v === ROLE_LABEL[role] } : { kind: "unknown", text };
}

/** Reads a task's status; an empty cell means the task has not started. */
export function readStatus(
  v: CellValue,
): { kind: "status"; status: Status; standard: boolean } | { kind: "unknown"; text: string } {
  const text = cellText(v);
  if (text === "") return { kind: "status", status: "notStarted", standard: true };
  const status = STATUS_BY_KEY.get(foldAscii(text));
  return status ? { kind: "status", status, standard: v === STATUS_LABEL[status] } : { kind: "unknown", text };
}
