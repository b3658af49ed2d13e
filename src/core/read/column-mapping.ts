// A column mapping says which column holds which part of the plan, when the header's words do not: typed by the
// user (`--columns content=B,lead=D`, or the pane's dropdowns) and saved in the workbook so that every co-author,
// the add-in and `kehoach` read the plan the same way from then on. Everything typed or read back is checked
// strictly with zod: known roles only, real column letters, no role and no column twice.
import { z } from "zod";
import { columnLetters, columnNumber } from "../model/address";
import type { Bilingual } from "../check/finding";

/** The parts of a plan a mapping can place. "agencies" is the matrix layout's run of agency columns. */
export const MAPPING_ROLES = [
  "number",
  "content",
  "lead",
  "coordinators",
  "time",
  "status",
  "completed",
  "note",
  "result",
  "agencies",
] as const;

/** One part of the plan a mapping places. */
export type MappingRole = (typeof MAPPING_ROLES)[number];

/** Which column holds each part: 1-based column numbers; "agencies" is a run of columns (first and last). */
export interface ColumnMapping {
  number?: number;
  content: number;
  lead?: number;
  coordinators?: number;
  time?: number;
  status?: number;
  completed?: number;
  note?: number;
  result?: number;
  agencies?: { first: number; last: number };
}

/** What each part is called in messages and in the pane, Vietnamese first. */
export const MAPPING_ROLE_LABEL: Record<MappingRole, Bilingual> = {
  number: { vi: "Số thứ tự", en: "Number" },
  content: { vi: "Nội dung nhiệm vụ", en: "Task content" },
  lead: { vi: "Cơ quan chủ trì", en: "Lead agency" },
  coordinators: { vi: "Cơ quan phối hợp", en: "Coordinating agencies" },
  time: { vi: "Thời gian / thời hạn", en: "Time / deadline" },
  status: { vi: "Trạng thái", en: "Status" },
  completed: { vi: "Ngày hoàn thành", en: "Completion date" },
  note: { vi: "Ghi chú", en: "Note" },
  result: { vi: "Kết quả / sản phẩm", en: "Result / product" },
  agencies: { vi: "Các cột cơ quan (dạng ma trận)", en: "Agency columns (matrix layout)" },
};

const LETTERS = /^[A-Z]{1,3}$/;
// Excel's last column is XFD (16,384).
const MAX_COLUMN = 16384;

const columnSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(LETTERS)
  .transform(columnNumber)
  .refine((n) => n >= 1 && n <= MAX_COLUMN);

const runSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,3}[:-][A-Z]{1,3}$/)
  .transform((s) => {
    const [a, b] = s.split(/[:-]/).map(columnNumber);
    return { first: Math.min(a, b), last: Math.max(a, b) };
  })
  .refine((r) => r.last <= MAX_COLUMN);

/** The mapping as an object of letters, checked strictly: unknown roles are refused. */
const mappingSchema = z
  .strictObject({
    number: columnSchema.optional(),
    content: columnSchema,
    lead: columnSchema.optional(),
    coordinators: columnSchema.optional(),
    time: columnSchema.optional(),
    status: columnSchema.optional(),
    completed: columnSchema.optional(),
    note: columnSchema.optional(),
    result: columnSchema.optional(),
    agencies: runSchema.optional(),
  })
  .refine((m) => m.lead !== undefined || m.agencies !== undefined, { path: ["lead"] });

/** The outcome of reading a mapping: the mapping, or what is wrong with it in both languages. */
export type MappingParse = { ok: true; mapping: ColumnMapping } | { ok: false; error: Bilingual };

/** Reads `content=B,lead=D,coordinators=E,time=F` (as typed after --columns) into a mapping, or says what is wrong. */
export function parseColumnsOption(text: string): MappingParse {
  const pairs = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const entries: [string, string][] = [];
  for (const p of pairs) {
    const m = /^([a-zA-Z]+)\s*=\s*([^=]+)$/.exec(p);
    if (!m)
      return fail(
        `"${p}" không có dạng vai=CỘT (ví dụ content=B).`,
        `"${p}" is not of the form role=COLUMN (e.g. content=B).`,
      );
    entries.push([m[1].toLowerCase(), m[2]]);
  }
  return mappingFromEntries(entries);
}

/** Checks a mapping given as role → column letters pairs (the pane's choices, a saved mapping's rows). */
export function mappingFromEntries(entries: [string, string][]): MappingParse {
  const roles = MAPPING_ROLES.join(", ");
  const seen = new Set<string>();
  for (const [role] of entries) {
    if (!(MAPPING_ROLES as readonly string[]).includes(role))
      return fail(`Không có vai "${role}" (dùng: ${roles}).`, `Unknown role "${role}" (use: ${roles}).`);
    if (seen.has(role)) return fail(`Vai "${role}" được gán hai lần.`, `Role "${role}" is given twice.`);
    seen.add(role);
  }
  const parsed = mappingSchema.safeParse(Object.fromEntries(entries));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const role = String(issue.path[0] ?? "");
    if (role === "content" && !seen.has("content"))
      return fail("Cần cho biết cột nội dung (content=…).", "The content column is needed (content=…).");
    if (role === "lead" && !seen.has("lead") && !seen.has("agencies"))
      return fail(
        "Cần cho biết cột chủ trì (lead=…) hoặc các cột cơ quan (agencies=D:H).",
        "The lead column (lead=…) or the agency columns (agencies=D:H) are needed.",
      );
    const value = entries.find(([r]) => r === role)?.[1] ?? "";
    return role === "agencies"
      ? fail(
          `"${value}" không phải một dải cột (ví dụ agencies=D:H).`,
          `"${value}" is not a run of columns (e.g. agencies=D:H).`,
        )
      : fail(
          `"${value}" không phải chữ cái của một cột (A … XFD) cho vai "${role}".`,
          `"${value}" is not a column letter (A … XFD) for role "${role}".`,
        );
  }
  const mapping = parsed.data as ColumnMapping;
  const taken = new Map<number, MappingRole>();
  for (const [role, col] of mappingColumns(mapping)) {
    const other = taken.get(col);
    if (other)
      return fail(
        `Cột ${columnLetters(col)} được gán cho cả "${other}" và "${role}".`,
        `Column ${columnLetters(col)} is given to both "${other}" and "${role}".`,
      );
    taken.set(col, role);
  }
  return { ok: true, mapping };
}

/** Every column a mapping places, with its role (each agency column on its own). */
export function mappingColumns(m: ColumnMapping): [MappingRole, number][] {
  const out: [MappingRole, number][] = [];
  for (const role of MAPPING_ROLES) {
    if (role === "agencies") {
      if (m.agencies) for (let c = m.agencies.first; c <= m.agencies.last; c++) out.push(["agencies", c]);
    } else if (m[role] !== undefined) out.push([role, m[role]]);
  }
  return out;
}

/** The mapping written back as `content=B,lead=D,…`, in the roles' order: what the CLI prints and the pane saves. */
export function formatMapping(m: ColumnMapping): string {
  return MAPPING_ROLES.flatMap((role) => {
    if (role === "agencies")
      return m.agencies ? [`agencies=${columnLetters(m.agencies.first)}:${columnLetters(m.agencies.last)}`] : [];
    const col = m[role];
    return col === undefined ? [] : [`${role}=${columnLetters(col)}`];
  }).join(",");
}

function fail(vi: string, en: string): MappingParse {
  return { ok: false, error: { vi, en } };
}
