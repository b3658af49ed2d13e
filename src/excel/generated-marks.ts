/* global Excel */
// Which sheets the add-in generated: a worksheet custom property where ExcelApi 1.12 has them, else a list in the
// workbook settings. Both follow the sheet by id, so a renamed generated sheet is still the add-in's to replace.
import { z } from "zod";
import type { Capabilities } from "./requirements";

/** The custom property (and settings entry) naming a generated sheet's spec key ("agency:…", "assignments", "summary"). */
export const MARK_PROPERTY = "kehoach.generated";
export const MARKS_SETTING = "kehoach.generatedSheets";

const markEntries = z.array(
  z.object({ id: z.string(), name: z.string(), key: z.string() }),
);

/** One generated sheet as the settings list records it. */
export type MarkEntry = z.infer<typeof markEntries>[number];

/** The worksheet properties to load so the marks come with the first read. */
export function sheetLoadPaths(caps: Capabilities): string {
  const base = "items/name,items/id,items/visibility";
  return caps.customProperties
    ? `${base},items/customProperties/items/key,items/customProperties/items/value`
    : base;
}

/** Reads the settings list, ignoring anything that is not the shape the add-in writes (a user may have edited it). */
export function parseMarkSetting(value: unknown): MarkEntry[] {
  const raw = typeof value === "string" ? safeJson(value) : value;
  const parsed = markEntries.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

/** The spec key a worksheet is marked with, from its custom properties or the settings list; null for the user's sheets. */
export function markOf(
  ws: Excel.Worksheet,
  caps: Capabilities,
  settingsList: MarkEntry[],
): string | null {
  if (caps.customProperties) {
    const prop = ws.customProperties.items.find((p) => p.key === MARK_PROPERTY);
    if (prop) return String(prop.value);
  }
  return settingsList.find((e) => e.id === ws.id)?.key ?? null;
}

/** Marks a sheet being generated, in the same request that creates it (custom properties only; see settingsAfter). */
export function markNewSheet(
  ws: Excel.Worksheet,
  key: string,
  caps: Capabilities,
): void {
  if (caps.customProperties) ws.customProperties.add(MARK_PROPERTY, key);
}

/** The settings list after a build: entries of deleted sheets dropped, new sheets added when there are no custom properties. */
export function settingsAfter(
  previous: MarkEntry[],
  deletedIds: Set<string>,
  made: MarkEntry[],
  caps: Capabilities,
): MarkEntry[] {
  const kept = previous.filter((e) => !deletedIds.has(e.id));
  return caps.customProperties ? kept : [...kept, ...made];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
