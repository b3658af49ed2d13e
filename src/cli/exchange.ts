// `kehoach split` and `kehoach collect`: the exchange with agencies that cannot share one workbook. The core decides
// what each agency gets and what each return changes; here files are read and written (atomically, never over an input).
import { mkdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { agencyWorkbooks } from "../core/exchange/agency-workbook";
import { collectReturns, type CollectResult } from "../core/exchange/collect";
import { collectSheetSpec } from "../core/exchange/collect-sheet";
import { readReturned, type ReadReturned } from "../core/exchange/returned";
import { uniqueSheetName } from "../core/sheets/sheet-names";
import { agencyFileName, renderAgencyWorkbook } from "../xlsx/agency-workbook";
import { applyCollect } from "../xlsx/package/apply-collect";
import { openPackage } from "../xlsx/package/open-package";
import { CliError } from "./cli-error";
import { mustExist, openAndAnalyse, outputFor, type CommandOptions } from "./commands";
import { fileError } from "./file-errors";
import { readWorkbookFile } from "./input-file";
import { refuseOutputOverInput, sameFile, suggestedOutput, writeAtomically } from "./safe-write";

/** The local date and time of a moment, as the exchange records it ("2024-06-30T09:15:42.120"). */
export function localIsoTime(d: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:` +
    `${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
  );
}

/** `kehoach split`: one workbook per agency in the output folder, each with only its report cells open. */
export async function runSplit(file: string, opts: CommandOptions): Promise<number> {
  if (!opts.output)
    throw new CliError(`Thiếu -o THƯ_MỤC (xem kehoach split --help).`, `Missing -o FOLDER (see kehoach split --help).`);
  const dir = opts.output;
  const existing = await stat(dir).catch(() => null);
  if (existing && !existing.isDirectory())
    throw new CliError(`${dir} là một tệp: -o của split là một thư mục.`, `${dir} is a file: split's -o is a folder.`);
  const { analysis } = await openAndAnalyse(file, opts);
  await mkdir(dir, { recursive: true }).catch((e) => {
    throw fileError(e, dir, "folder");
  });
  const books = agencyWorkbooks(analysis.plan, localIsoTime(new Date()));
  if (books.length === 0)
    throw new CliError(
      `${basename(file)}: không có nhiệm vụ nào có mã và cơ quan để gửi.`,
      `${basename(file)}: no task with a key and an agency to send.`,
    );
  const names = new Set<string>();
  for (const book of books) {
    let name = agencyFileName(book.agency);
    for (let i = 2; names.has(name.toLocaleLowerCase("vi")); i++) name = agencyFileName(`${book.agency} ${i}`);
    names.add(name.toLocaleLowerCase("vi"));
    const path = join(dir, name);
    if (await sameFile(path, file)) await refuseOutputOverInput(path, [file], join(dir, `gui-${name}`));
    const workbook = await renderAgencyWorkbook(book);
    await writeAtomically(path, (temporary) => workbook.xlsx.writeFile(temporary));
    process.stdout.write(`  ${book.agency}: ${book.taskCount} nhiệm vụ / tasks → ${path}\n`);
  }
  process.stdout.write(`Đã tạo / Wrote ${books.length} tệp / files in ${dir}\n`);
  return 0;
}

/** `kehoach collect`: applies the returned workbooks to the plan into a new file; conflicts and refusals listed. */
export async function runCollect(
  file: string,
  returned: string[],
  opts: CommandOptions & { acceptDeadlines?: string },
): Promise<number> {
  if (returned.length === 0)
    throw new CliError(
      `Thiếu các tệp báo cáo gửi về (xem kehoach collect --help).`,
      `Missing the returned report files (see kehoach collect --help).`,
    );
  const output = await outputFor(file, { ...opts, inPlace: false }, "collect", "tong-hop");
  for (const r of returned)
    if (await sameFile(output, r)) await refuseOutputOverInput(output, [r], suggestedOutput(file, "tong-hop"));
  const { analysis, opened } = await openAndAnalyse(file, opts);
  const reads: ReadReturned[] = [];
  for (const r of returned) reads.push(await readReturnedFile(r));
  const now = localIsoTime(new Date());
  const result = collectReturns(analysis.plan, analysis.grid, reads, {
    now,
    acceptDeadlines: acceptedDeadlines(opts.acceptDeadlines),
  });
  const taken = opened.workbook.sheets().map((s) => s.name);
  const reportName = uniqueSheetName(`Thu thập ${now.slice(0, 10)}`, taken);
  applyCollect(opened, analysis.plan.sheet, result, collectSheetSpec(reportName, analysis.plan, result, now));
  await writeAtomically(output, (temporary) => opened.pkg.write(temporary));
  process.stdout.write(summary(result, output, reportName) + "\n");
  return result.notices.some((n) => n.kind !== "ignored") ? 1 : 0;
}

// A returned file that cannot be opened is listed, not fatal: the others are still collected.
async function readReturnedFile(path: string): Promise<ReadReturned> {
  const name = basename(path);
  try {
    await mustExist(path);
    const bytes = await readWorkbookFile(path);
    return readReturned(name, openPackage(bytes).cells.grids);
  } catch (e) {
    if (e instanceof CliError) return { ok: false, file: name, message: { vi: e.vi, en: e.en } };
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return {
      ok: false,
      file: name,
      message: {
        vi: `${name}: không đọc được như tệp .xlsx (${why}).`,
        en: `${name}: cannot be read as an .xlsx file (${why}).`,
      },
    };
  }
}

function acceptedDeadlines(value: string | undefined): "all" | Set<string> {
  if (value === undefined) return new Set();
  if (value.trim().toLowerCase() === "all") return "all";
  return new Set(
    value
      .split(",")
      .map((k) => k.trim())
      .filter((k) => k !== ""),
  );
}

function summary(r: CollectResult, output: string, reportName: string): string {
  const lines = [
    `Đã ghi / Wrote ${output}: ${r.log.length} thay đổi / changes, trang / sheet "${reportName}"`,
    ...r.applied.map((a) => `  ${a.agency} (${a.file}): ${a.changed} nhiệm vụ cập nhật / tasks updated`),
    ...r.missing.map((a) => `  ${a}: chưa gửi báo cáo / has not reported`),
    ...r.proposals.map(
      (p) =>
        `  Đề xuất lùi hạn / Deadline proposal ${p.key} (${p.agency}): ${p.fromText} → ${p.to.split("-").reverse().join("/")}${p.accepted ? " — đã chấp nhận / accepted" : " — chờ chấp nhận (--accept-deadlines) / awaiting acceptance"}`,
    ),
    ...r.notices.map((n) => `  [${n.kind}] ${n.message.vi} / ${n.message.en}`),
  ];
  return lines.join("\n");
}
