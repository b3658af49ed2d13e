/* global Excel */
// One run of a command that generates sheets: it replaces only the add-in's own sheets of the kinds it makes, never a
// user's sheet (another name is used and the result says so), marks what it made, and writes with events off.
import type { Bilingual } from "../core/check/finding";
import { sameMarkRows, type MarkRow } from "../core/sheets/generated-marks";
import { uniqueSheetName, validSheetName } from "../core/sheets/sheet-names";
import { foldKey } from "../core/text/normalize";
import type { BulkWriter } from "./bulk-writer";
import { MARKS_SETTING, markNewSheet, settingsAfter, writeMarkSheet, type MarkEntry } from "./generated-marks";
import { nameTaken } from "./messages";
import type { Capabilities } from "./requirements";
import type { WorkbookRead } from "./read-workbook";
import { writeQuietly } from "./quiet-writes";

/** A sheet made in this run. */
export interface MadeSheet {
  ws: Excel.Worksheet;
  name: string;
  key: string;
}

/** Names, deletes, creates and marks the generated sheets of one command. */
export class Generation {
  readonly notes: Bilingual[] = [];
  readonly made: MadeSheet[] = [];
  private readonly taken = new Set<string>();
  private readonly userSheets = new Set<string>();
  private readonly replaced: WorkbookRead["sheets"];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly caps: Capabilities,
    private readonly read: WorkbookRead,
    replaces: (key: string) => boolean,
  ) {
    this.replaced = read.sheets.filter((s) => s.generated !== null && replaces(s.generated));
    for (const s of read.sheets) {
      if (this.replaced.includes(s)) continue;
      this.taken.add(s.name);
      if (s.generated === null) this.userSheets.add(foldKey(s.name));
    }
  }

  /** Whether a sheet of this name was in the workbook and stays (a user's sheet, or the add-in's of another kind). */
  keeps(name: string): boolean {
    return this.read.sheets.some((s) => !this.replaced.includes(s) && foldKey(s.name) === foldKey(name));
  }

  /** Picks the name a generated sheet will have: the wanted one unless a remaining sheet has it. */
  reserve(wanted: string): string {
    const name = uniqueSheetName(wanted, this.taken);
    if (name !== validSheetName(wanted) && this.userSheets.has(foldKey(validSheetName(wanted))))
      this.notes.push(nameTaken(wanted, name));
    this.taken.add(name);
    return name;
  }

  /** Deletes the sheets being replaced, then runs the writes quietly (see writeQuietly) and records the new marks; `write` sends after adding its sheets, so their ids are known. */
  async run(write: (w: BulkWriter) => Promise<void>, finish: () => void = () => undefined): Promise<void> {
    await writeQuietly(
      this.context,
      this.caps,
      this.read.eventsWereOn,
      async (w) => {
        for (const s of this.replaced) this.context.workbook.worksheets.getItem(s.id).delete();
        await write(w);
        // With the last writes, events still off; the new sheets' ids came with the request that added them.
        this.writeMarkRows();
      },
      () => {
        this.writeMarkSettings();
        finish();
      },
    );
  }

  /** Adds a new sheet at the end of the workbook and marks it as the add-in's. */
  add(name: string, key: string): Excel.Worksheet {
    const ws = this.context.workbook.worksheets.add(name);
    ws.load("id");
    markNewSheet(ws, key, this.caps);
    this.made.push({ ws, name, key });
    return ws;
  }

  // The settings list needs the new sheets' ids, known only after the request that made them.
  private writeMarkSettings(): void {
    const deleted = new Set(this.replaced.map((s) => s.id));
    const made: MarkEntry[] = this.made.map((m) => ({
      id: m.ws.id,
      name: m.name,
      key: m.key,
    }));
    const next = settingsAfter(this.read.marks.settings, deleted, made, this.caps);
    if (JSON.stringify(next) !== JSON.stringify(this.read.marks.settings))
      this.context.workbook.settings.add(MARKS_SETTING, next);
  }

  // The marks sheet lists every generated sheet after the run, by its current name and id: the add-in takes over
  // rows `kehoach build` wrote (now checked against the sheet's id) and drops those of sheets that are gone.
  private writeMarkRows(): void {
    const rows: MarkRow[] = [
      ...this.read.sheets.flatMap((s) =>
        s.generated === null || this.replaced.includes(s) ? [] : [{ name: s.name, key: s.generated, id: s.id }],
      ),
      ...this.made.map((m) => ({ name: m.name, key: m.key, id: m.ws.id })),
    ];
    if (!sameMarkRows(rows, this.read.marks.rows)) writeMarkSheet(this.context.workbook, this.read.marks.sheet, rows);
  }
}
