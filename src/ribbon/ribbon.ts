// What each ribbon button does and the short report it leaves: the same use-cases as the task pane, through the same
// PlanService, so the two never disagree.
import type { IsoDate } from "../core/model/dates";
import type { Bilingual } from "../core/check/finding";
import { findingKey } from "../core/check/ignored-findings";
import { countOpenFindings } from "../core/check/ignored-findings";
import { pick, type Language } from "../ui-text/language";
import { errorText, paneError } from "../ui-text/errors";
import type { PlanService } from "../service/plan-service";
import { stringsFor, type Strings } from "../ui-text/strings";

/** The four function commands of the ribbon group (manifest.xml FunctionName → kind). */
export const RIBBON_COMMANDS = {
  checkPlan: "check",
  highlightDeadlines: "highlight",
  buildAgencySheets: "agencies",
  buildSummary: "summary",
} as const;

export type RibbonCommand = (typeof RIBBON_COMMANDS)[keyof typeof RIBBON_COMMANDS];

/** What a command tells the user when it ends. */
export interface RibbonReport {
  title: string;
  lines: string[];
  ok: boolean;
}

/** Runs one ribbon command on the open workbook and words its outcome in the user's language; failures become a report too. */
export async function runRibbonCommand(
  command: RibbonCommand,
  service: PlanService,
  language: Language,
  asOf: IsoDate,
): Promise<RibbonReport> {
  const s = stringsFor(language);
  const title = {
    check: s.checkHeading,
    highlight: s.highlight,
    agencies: s.agencySheets,
    summary: s.summary,
  }[command];
  const say = (notes: Bilingual[]) => notes.map((n) => pick(n, language));
  try {
    return {
      title,
      ok: true,
      lines: await run(command, service, s, say, { asOf }),
    };
  } catch (e) {
    return {
      title: `${title}: ${s.command.failed}`,
      ok: false,
      lines: [errorText(paneError(e), s)],
    };
  }
}

async function run(
  command: RibbonCommand,
  service: PlanService,
  s: Strings,
  say: (notes: Bilingual[]) => string[],
  options: { asOf: IsoDate },
): Promise<string[]> {
  switch (command) {
    case "check": {
      const read = await service.readPlan(options);
      if (!read.found) return say(read.notes);
      const ignored = new Set((await service.listIgnored()).map((i) => i.key));
      const counts = countOpenFindings(read.findings, ignored);
      const lines = [
        counts.errors
          ? s.command.checked(counts.errors, counts.warnings, counts.infos)
          : `${s.command.checkedClean} ${s.command.checked(0, counts.warnings, counts.infos)}`,
      ];
      if (counts.ignored) lines.push(s.ignoredCount(counts.ignored));
      // Findings come sorted errors first, so the first one not ignored is where to start.
      const first = read.findings.find((f) => f.severity === "error" && !ignored.has(findingKey(f)));
      if (first) {
        const selected = await service.selectFinding(first);
        lines.push(
          ...(selected.selected ? [s.command.firstSelected(`${first.sheet}!${first.cell}`)] : say(selected.notes)),
        );
      }
      return lines;
    }
    case "highlight": {
      const r = await service.highlight(options);
      return [
        ...(r.done && r.sheet ? [s.highlighted(r.rulesAdded).replace("{sheet}", `“${r.sheet}”`)] : []),
        ...(r.helperCell ? [s.helperColumn(r.helperCell)] : []),
        ...say(r.notes),
      ];
    }
    case "agencies": {
      const r = await service.agencySheets(options);
      return [...(r.done ? [s.madeSheets(r.sheets.length), r.sheets.join(", ")] : []), ...say(r.notes)];
    }
    case "summary": {
      const r = await service.summary(options);
      const mode =
        r.mode === "pivots" ? [s.summaryPivots(r.pivots.length)] : r.mode === "formulas" ? [s.summaryFormulas] : [];
      return [...(r.done ? [s.madeSheets(r.sheets.length), r.sheets.join(", ")] : []), ...mode, ...say(r.notes)];
    }
  }
}
