// What a command that generates sheets does to a workbook, decided before either adapter touches it. The tools replace
// only their own sheets of the kinds the command makes (a user's sheet is never written over, whatever its name); each
// new sheet gets a valid name no remaining sheet has (Excel compares names without case); table names are unique in
// the workbook; the agency registry is created only where the workbook has none; and the marks list every generated
// sheet after the run. The Office.js adapter and the .xlsx build carry the plan out, each with its own calls.
import type { Bilingual } from "../check/finding";
import { REGISTRY_SHEET } from "../read/registry";
import { foldKey } from "../text/normalize";
import type { MarkRow } from "./generated-marks";
import { uniqueSheetName, uniqueTableName, validSheetName } from "./sheet-names";
import type { SheetSpec } from "./spec";

/** A sheet of the workbook as it is: its name, the spec key it was generated with (null for the user's), its id if known. */
export interface ExistingSheet {
  name: string;
  generated: string | null;
  id?: string;
}

/** A table of the workbook and the sheet it is on. */
export interface ExistingTable {
  name: string;
  sheet: string;
}

/** A sheet the command wants to make: its spec key, the name it would like and the names of its tables. */
export interface WantedSheet {
  key: string;
  name: string;
  tables?: string[];
}

/** What a command asks of the workbook. */
export interface GenerationRequest<S extends ExistingSheet = ExistingSheet> {
  /** Every sheet of the workbook, hidden ones included, in tab order. */
  sheets: S[];
  tables: ExistingTable[];
  /** The kinds of generated sheet the command makes: its earlier sheets of these kinds are replaced, others stay. */
  replaces: (key: string) => boolean;
  /** The sheets to make, in the order they are added. */
  make: WantedSheet[];
  /** Whether the command creates the agency registry sheet when the workbook has none. */
  registry?: boolean;
}

/** A sheet the command makes: its spec key, the name it gets and its tables' names, in the order asked. */
export interface PlannedSheet {
  key: string;
  name: string;
  tables: string[];
}

/** What the adapters carry out. */
export interface GenerationPlan<S extends ExistingSheet = ExistingSheet> {
  /** Generated sheets of the kinds the command makes: deleted before the new ones are added. */
  remove: S[];
  create: PlannedSheet[];
  /** The registry sheet to create (never marked: it is the user's list once made), and what to tell the user. */
  registry: { name: string; note: Bilingual } | null;
  /** Where a user's sheet kept a generated sheet from its name. */
  notes: Bilingual[];
  /** The generated sheets that stay, as rows of the marks list. */
  kept: MarkRow[];
}

/** Decides which sheets a generating command replaces and creates, under which sheet and table names. */
export function planGeneration<S extends ExistingSheet>(request: GenerationRequest<S>): GenerationPlan<S> {
  const remove = request.sheets.filter((s) => s.generated !== null && request.replaces(s.generated));
  const stay = request.sheets.filter((s) => !remove.includes(s));
  const staying = new Set(stay.map((s) => foldKey(s.name)));
  const userSheets = new Set(stay.filter((s) => s.generated === null).map((s) => foldKey(s.name)));
  const takenSheets = stay.map((s) => s.name);
  const takenTables = request.tables.filter((t) => staying.has(foldKey(t.sheet))).map((t) => t.name);

  // The registry keeps its one name, so it is placed first; a generated sheet of that name moves aside.
  const registry = request.registry && !staying.has(foldKey(REGISTRY_SHEET)) ? REGISTRY_SHEET : null;
  if (registry) takenSheets.push(registry);

  const notes: Bilingual[] = [];
  const create = request.make.map((wanted): PlannedSheet => {
    const name = uniqueSheetName(wanted.name, takenSheets);
    const valid = validSheetName(wanted.name);
    if (name !== valid && userSheets.has(foldKey(valid))) notes.push(nameTaken(wanted.name, name));
    takenSheets.push(name);
    const tables = (wanted.tables ?? []).map((t) => {
      const table = uniqueTableName(t, takenTables);
      takenTables.push(table);
      return table;
    });
    return { key: wanted.key, name, tables };
  });

  return {
    remove,
    create,
    registry: registry ? { name: registry, note: registryCreated(registry) } : null,
    notes,
    kept: stay.flatMap((s) => (s.generated === null ? [] : [{ name: s.name, key: s.generated, id: s.id ?? null }])),
  };
}

/** The marks list after the run: the generated sheets that stayed, then those made (with their ids, where the adapter knows them). */
export function marksAfter(plan: GenerationPlan, madeIds: (string | null)[] = []): MarkRow[] {
  return [...plan.kept, ...plan.create.map((s, i) => ({ name: s.name, key: s.key, id: madeIds[i] ?? null }))];
}

/** What a spec asks of the plan: its key, the name it would like and its tables' names. */
export function wantedSheet(spec: SheetSpec): WantedSheet {
  return { key: spec.key, name: spec.name, tables: spec.tables.map((t) => t.name) };
}

/** The spec under the sheet and table names the plan gave it. */
export function placedSheet(spec: SheetSpec, sheet: PlannedSheet): SheetSpec {
  return { ...spec, name: sheet.name, tables: spec.tables.map((t, i) => ({ ...t, name: sheet.tables[i] ?? t.name })) };
}

/** Whether a new plan needs the registry sheet beside it: only when no sheet has its name (Excel compares without case). */
export function registryMissing(sheetNames: string[]): boolean {
  return !sheetNames.some((n) => foldKey(n) === foldKey(REGISTRY_SHEET));
}

function nameTaken(wanted: string, used: string): Bilingual {
  return {
    vi: `Trang "${wanted}" đã có (trang của người dùng, không ghi đè): dùng tên "${used}".`,
    en: `Sheet "${wanted}" exists (a user sheet, left untouched): wrote "${used}" instead.`,
  };
}

function registryCreated(name: string): Bilingual {
  return {
    vi: `Đã tạo trang "${name}" từ kế hoạch: sửa tên viết tắt, tên khác tại đó.`,
    en: `Created the "${name}" sheet from the plan: edit short names and aliases there.`,
  };
}
