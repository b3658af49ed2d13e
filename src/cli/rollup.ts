// `kehoach rollup`: many plan workbooks into one sheet of counts; a file that cannot be read is listed, not fatal.
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { rollupPlan, rollupSheetSpec, sumCounts, type RollupPlan } from "../core/track/rollup";
import { todayIso } from "../core/model/dates";
import { isoDateSchema } from "../core/model/schemas";
import { renderSheet } from "../xlsx/render-sheet";
import { CliError } from "./cli-error";
import { openAndAnalyse, type CommandOptions } from "./commands";
import { refuseOutputOverInput, sameFile, writeAtomically } from "./safe-write";

/** `kehoach rollup`: per plan and lead agency the official counts, into a workbook and/or JSON. */
export async function runRollup(files: string[], opts: CommandOptions): Promise<number> {
  if (files.length === 0)
    throw new CliError(
      `Thiếu các tệp kế hoạch (xem kehoach rollup --help).`,
      `Missing the plan files (see kehoach rollup --help).`,
    );
  if (!opts.output && !opts.json)
    throw new CliError(
      `Thiếu -o TỆP_RA hoặc --json (xem kehoach rollup --help).`,
      `Missing -o OUTPUT or --json (see kehoach rollup --help).`,
    );
  const asOf = opts.asOf ?? todayIso(new Date());
  if (!isoDateSchema.safeParse(asOf).success)
    throw new CliError(
      `--as-of "${asOf}" không phải ngày dạng YYYY-MM-DD.`,
      `--as-of "${asOf}" is not a YYYY-MM-DD date.`,
    );
  if (opts.output)
    for (const f of files)
      if (await sameFile(opts.output, f)) await refuseOutputOverInput(opts.output, [f], "tong-hop.xlsx");
  const plans: RollupPlan[] = [];
  const unreadable: { file: string; why: string }[] = [];
  for (const file of files) {
    try {
      const { analysis } = await openAndAnalyse(file, { json: false, asOf });
      plans.push(rollupPlan(basename(file), analysis.plan, asOf));
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      unreadable.push({ file: basename(file), why: `${e.vi} / ${e.en}` });
    }
  }
  if (opts.output) {
    const workbook = new ExcelJS.Workbook();
    renderSheet(workbook, rollupSheetSpec(plans, unreadable, asOf));
    await writeAtomically(opts.output, (temporary) => workbook.xlsx.writeFile(temporary));
  }
  const total = sumCounts(plans.map((p) => p.total));
  if (opts.json) process.stdout.write(JSON.stringify({ asOf, plans, total, unreadable }, null, 2) + "\n");
  else {
    for (const u of unreadable) process.stderr.write(`kehoach: ${u.file}: ${u.why}\n`);
    process.stdout.write(
      `Đã ghi / Wrote ${opts.output}: ${plans.length} kế hoạch / plans, ${unreadable.length} tệp không đọc được / unreadable\n`,
    );
  }
  return unreadable.length > 0 ? 1 : 0;
}
