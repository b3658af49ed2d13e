import { mkdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { analysePlan, checkJson, type Analysis } from "../core/analyse-workbook";
import { formatMapping, parseColumnsOption, type ColumnMapping } from "../core/read/column-mapping";
import type { MappingQuestion } from "../core/read/plan-search";
import { mappingToSave } from "../core/read/saved-mapping";
import { formatViDate, todayIso, type IsoDate } from "../core/model/dates";
import type { Finding, Severity } from "../core/check/finding";
import { countFindings } from "../core/check/finding";
import { ruleHelp } from "../core/check/catalog";
import { findHeader } from "../core/read/header";
import { noPlanFound } from "../core/read/no-plan";
import { isoDateSchema, yearSchema } from "../core/model/schemas";
import { PLAN_SHEET, PLAN_TABLE, planSheetSpec } from "../core/sheets/plan-sheet";
import { planFromPastedText } from "../core/sheets/new-plan";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import { convertedGrid } from "../core/sheets/convert-layout";
import { fixLegacyText } from "../core/text/legacy-encoding";
import { quarterReport, quarterReportTitle } from "../core/track/quarter-report";
import { quarterReportSpec } from "../core/sheets/quarter-report-sheet";
import { uniqueSheetName, uniqueTableName } from "../core/sheets/sheet-names";
import type { Bilingual } from "../core/check/finding";
import type { WorkbookGrids } from "../core/model/grid";
import { lostPartsWarning, partsExceljsDrops } from "../xlsx/lost-parts";
import { addGeneratedSheets, buildPackage } from "../xlsx/package/build-package";
import { openPackage, type OpenedPackage } from "../xlsx/package/open-package";
import { PackageRefused } from "../xlsx/package/workbook-part";
import { ZipError } from "../xlsx/package/zip";
import { openWorkbook } from "../xlsx/read-workbook";
import { renderSheet } from "../xlsx/render-sheet";
import { CliError } from "./cli-error";
import { readWorkbookAsOf } from "../core/sheets/as-of";
import { readWorkbookFile, unreadableWorkbook } from "./input-file";
import { fileError } from "./file-errors";
import { backupBeside, refuseOutputOverInput, sameFile, suggestedOutput, writeAtomically } from "./safe-write";
import { inspectFile } from "../xlsx/package-guard";

/** Options every command accepts, as typed on the command line. */
export interface CommandOptions {
  asOf?: string;
  year?: string;
  json: boolean;
  output?: string;
  sheet?: string;
  /** Write over the input file (build, convert, fix-encoding, import), keeping a dated backup beside it. */
  inPlace?: boolean;
  /** `--columns content=B,lead=D,…`: which column holds what, for this run (and saved by build). */
  columns?: string;
}

/** `kehoach check`: prints the findings (or JSON) and returns 1 when the plan has errors. */
export async function runCheck(file: string, opts: CommandOptions): Promise<number> {
  const analysis = await analyseFile(file, opts);
  const out = opts.json ? JSON.stringify(checkJson(analysis), null, 2) : checkReport(analysis);
  process.stdout.write(out + "\n");
  return countFindings(analysis.findings).errors > 0 ? 1 : 0;
}

/** `kehoach build`: writes the workbook with highlighting, agency sheets and the summary; every other part of it is copied as it was. */
export async function runBuild(file: string, opts: CommandOptions): Promise<number> {
  const output = await outputFor(file, opts, "build", "bao-cao");
  const { analysis, opened, mapping } = await openAndAnalyse(file, opts);
  keepsMacros(opened, output);
  const saved = mapping ? mappingToSave(analysis.grid, analysis.plan.headerTop, mapping) : null;
  const result = buildPackage(
    opened.pkg,
    opened.workbook,
    opened.cells,
    analysis,
    analysis.plan.asOf,
    saved,
    fixedAsOf(opts, opened),
  );
  await writeAtomically(output, (temporary) => opened.pkg.write(temporary));
  process.stdout.write(
    `Đã ghi / Wrote ${output}: ${result.sheets.length} trang / sheets (${result.sheets.join(", ")})\n`,
  );
  for (const n of result.notes) process.stdout.write(`  ${n}\n`);
  if (mapping) process.stdout.write(`  ${mappingNote(result.mappingSaved, mapping)}\n`);
  return 0;
}

// A workbook with macros must stay an .xlsm (Excel refuses an .xlsx holding them), and an .xlsm name needs macros.
function keepsMacros(opened: OpenedPackage, output: string): void {
  const xlsm = extname(output).toLowerCase() === ".xlsm";
  if (opened.workbook.macroEnabled() && !xlsm) {
    const suggestion = join(dirname(output), `${basename(output, extname(output))}.xlsm`);
    throw new CliError(
      `Sổ có macro: tệp ra phải có đuôi .xlsm để giữ macro, ví dụ -o ${suggestion}.`,
      `The workbook holds macros: the output must end in .xlsm to keep them, for example -o ${suggestion}.`,
    );
  }
  if (!opened.workbook.macroEnabled() && xlsm) {
    const suggestion = join(dirname(output), `${basename(output, extname(output))}.xlsx`);
    throw new CliError(
      `Sổ không có macro: Excel chỉ mở được tệp ra khi đuôi là .xlsx, ví dụ -o ${suggestion}.`,
      `The workbook holds no macros: Excel opens the output only with an .xlsx name, for example -o ${suggestion}.`,
    );
  }
}

/** `kehoach import`: turns a plan copied out of Word into a workbook with the plan table. */
export async function runImport(file: string, opts: CommandOptions): Promise<number> {
  const output = await outputFor(file, opts, "import", "ke-hoach");
  const text = await readText(file);
  const workbook = importPlanText(text, parseYear(opts.year), file);
  await save(workbook, output);
  const analysis = analyseWorkbookOrFail(
    await reopen(output),
    { asOf: todayIso(new Date()), year: parseYear(opts.year) },
    output,
  );
  process.stdout.write(
    `Đã nhập / Imported ${analysis.plan.tasks.length} nhiệm vụ / tasks, ${analysis.plan.agencies.length} cơ quan / agencies, năm / year ${analysis.plan.year ?? "?"} → ${output}\n`,
  );
  return 0;
}

/** Builds the plan workbook from text copied out of Word (read from `file`, when named); throws a CliError when the text holds no plan table. */
export function importPlanText(text: string, year: number | null, file?: string): ExcelJS.Workbook {
  const plan = planFromPastedText(text, { asOf: todayIso(new Date()), year });
  if (!plan) throw cliError(noPlanFound(file ? { vi: `trong ${file}`, en: `in ${file}` } : PASTED_TEXT));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kế hoạch phối hợp";
  renderSheet(workbook, plan.sheet({ sheet: PLAN_SHEET, table: PLAN_TABLE }));
  renderSheet(workbook, registrySheetSpec(plan.agencies));
  return workbook;
}

const PASTED_TEXT: Bilingual = { vi: "trong văn bản", en: "in the text" };

/** `kehoach convert`: adds the plan rewritten in the other layout as a new sheet; the original sheet is untouched. */
export async function runConvert(file: string, opts: CommandOptions & { to?: string }): Promise<number> {
  const output = await outputFor(file, opts, "convert", "chuyen-dang");
  if (opts.to !== "matrix" && opts.to !== "columns") {
    throw new CliError(`--to phải là "matrix" hoặc "columns".`, `--to must be "matrix" or "columns".`);
  }
  const { analysis, opened } = await openAndAnalyse(file, opts);
  keepsMacros(opened, output);
  const to = opts.to;
  const taken = opened.workbook.sheets().map((s) => s.name);
  const sheetName = uniqueSheetName(
    to === "matrix" ? "Kế hoạch (theo cơ quan)" : "Kế hoạch (chủ trì - phối hợp)",
    taken,
  );
  const tableName = uniqueTableName(to === "matrix" ? "KeHoach_MaTran" : "KeHoach_Cot", opened.workbook.tables().names);
  const grid = convertedGrid(analysis.plan, to, sheetName);
  const header = findHeader(grid)!;
  addGeneratedSheets(opened.pkg, opened.workbook, [
    planSheetSpec(
      grid,
      header,
      { lines: [analysis.plan.title], year: analysis.plan.year, footer: [] },
      { sheet: sheetName, table: tableName },
    ),
  ]);
  await writeAtomically(output, (temporary) => opened.pkg.write(temporary));
  process.stdout.write(`Đã thêm trang / Added sheet "${sheetName}" (${to}) → ${output}\n`);
  return 0;
}

/** `kehoach report`: the quarter report for leaders, as a printable workbook and optionally JSON on stdout. */
export async function runReport(file: string, opts: CommandOptions & { quarter?: string }): Promise<number> {
  const quarter = Number(opts.quarter);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new CliError(`--quarter phải là 1, 2, 3 hoặc 4.`, `--quarter must be 1, 2, 3 or 4.`);
  }
  if (!opts.output && !opts.json)
    throw new CliError(
      `Thiếu -o TỆP_RA hoặc --json (xem kehoach report --help).`,
      `Missing -o OUTPUT or --json (see kehoach report --help).`,
    );
  const output = opts.output ? await outputFor(file, { ...opts, inPlace: false }, "report", "bao-cao-quy") : null;
  const { analysis } = await openAndAnalyse(file, opts);
  const plan = analysis.plan;
  if (plan.year === null) {
    throw new CliError(`Không biết năm của kế hoạch: thêm --year YYYY.`, `The plan year is unknown: add --year YYYY.`);
  }
  const report = quarterReport(plan, quarter, plan.year, plan.asOf);
  if (output) {
    const workbook = new ExcelJS.Workbook();
    renderSheet(workbook, quarterReportSpec(report, plan.title));
    await save(workbook, output);
  }
  if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else
    process.stdout.write(
      `${quarterReportTitle(report)}: ${report.agencies.length} cơ quan / agencies, ${report.overdueTasks.length} nhiệm vụ quá hạn / overdue tasks → ${output}\n`,
    );
  return 0;
}

/** `kehoach fix-encoding`: converts every cell typed in TCVN3 or VNI to Unicode, in all sheets, into a new file. */
export async function runFixEncoding(file: string, opts: CommandOptions): Promise<number> {
  const output = await outputFor(file, opts, "fix-encoding", "unicode");
  const { workbook } = await reopen(file);
  // exceljs rewrites the whole workbook here: what it cannot carry is said (looked for before writing).
  const lost = await partsExceljsDrops(file, new Set());
  const counts = { tcvn3: 0, vni: 0 };
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value !== "string") return;
        const fixed = fixLegacyText(cell.value);
        if (!fixed) return;
        cell.value = fixed.text;
        counts[fixed.encoding]++;
      }),
    ),
  );
  await save(workbook, output);
  process.stdout.write(
    `Đã đổi / Converted ${counts.tcvn3} ô TCVN3 / TCVN3 cells, ${counts.vni} ô VNI / VNI cells → ${output}\n`,
  );
  const warning = lostPartsWarning(lost, output);
  if (warning) process.stderr.write(`${warning}\n`);
  return 0;
}

/** `kehoach demo`: imports the sample plan, checks it as of 30/06/2024 and builds the report workbook. */
export async function runDemo(folder?: string): Promise<number> {
  const dir = resolve(folder ?? join("out", "demo"));
  await mkdir(dir, { recursive: true }).catch((e) => {
    throw fileError(e, dir, "folder");
  });
  const seed = join(__dirname, "..", "..", "assets", "ke-hoach-phoi-hop-2024.txt");
  const planFile = join(dir, "ke-hoach-phoi-hop-2024.xlsx");
  const reportFile = join(dir, "bao-cao-2024.xlsx");
  // The sample is a 2024 plan: judged "today" every task would be long overdue, so the demo looks at mid-2024.
  const asOf = "2024-06-30";
  await save(importPlanText(await readText(seed), null), planFile);
  const { analysis, opened } = await openAndAnalyse(planFile, { asOf, json: false });
  const result = buildPackage(opened.pkg, opened.workbook, opened.cells, analysis, asOf);
  await writeAtomically(reportFile, (temporary) => opened.pkg.write(temporary));
  const p = analysis.plan;
  const c = countFindings(analysis.findings);
  const states = new Map<string, number>();
  for (const t of p.tasks) states.set(t.state, (states.get(t.state) ?? 0) + 1);
  const lines = [
    `Kế hoạch mẫu / Sample plan: ${p.title}`,
    `  ${p.tasks.length} nhiệm vụ / tasks · ${p.agencies.length} cơ quan / agencies · năm / year ${p.year}`,
    `  Tính hạn đến ngày / Deadlines as of ${formatViDate(asOf)} (kế hoạch năm 2024 / a 2024 plan)`,
    `  Tình trạng / States: ${[...states.entries()].map(([s, n]) => `${s} ${n}`).join(", ")}`,
    `  Kiểm tra / Check: ${c.errors} lỗi / errors, ${c.warnings} cảnh báo / warnings, ${c.infos} thông tin / infos`,
    ...p.agencies.map(
      (a) =>
        `  ${a.name}: chủ trì / leads ${p.tasks.filter((t) => t.lead === a.name).length}, phối hợp / coordinates ${p.tasks.filter((t) => t.coordinators.includes(a.name)).length}`,
    ),
    `Sổ kế hoạch / Plan workbook: ${planFile}`,
    `Sổ báo cáo / Report workbook: ${reportFile} (${result.sheets.join(", ")})`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

const SEVERITY_TITLE: Record<Severity, string> = {
  error: "Lỗi / Errors",
  warning: "Cảnh báo / Warnings",
  info: "Thông tin / Infos",
};

/** The human-readable check report: the plan line, then findings grouped by severity, each with sheet!cell, task and the Vietnamese message. */
export function checkReport(a: Analysis): string {
  const p = a.plan;
  const c = countFindings(a.findings);
  const lines = [
    `Kế hoạch: ${p.title || "(không có tiêu đề)"}`,
    `Trang "${p.sheet}"${p.table ? `, bảng ${p.table}` : ""} · năm ${p.year ?? "?"} · ${p.agencies.filter((x) => !x.group).length} cơ quan · ${p.tasks.length} nhiệm vụ · tính hạn đến ${formatViDate(p.asOf)}`,
  ];
  for (const sev of ["error", "warning", "info"] as Severity[]) {
    const list = a.findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    lines.push("", `${SEVERITY_TITLE[sev]} (${list.length}):`);
    for (const f of list) lines.push(`  ${findingLine(f)}`);
    // What is valid for a rule is said once under its findings, not in each of them.
    for (const rule of new Set(list.map((f) => f.rule))) {
      const help = ruleHelp(rule);
      if (help) lines.push(`  [${rule}] ${help.vi}`);
    }
  }
  lines.push(
    "",
    `Tổng / Total: ${c.errors} lỗi / errors, ${c.warnings} cảnh báo / warnings, ${c.infos} thông tin / infos`,
  );
  return lines.join("\n");
}

function findingLine(f: Finding): string {
  return `${`${f.sheet}!${f.cell}`.padEnd(16)} ${(f.task ? `nv ${f.task}` : "").padEnd(7)} [${f.rule}] ${f.message.vi}`;
}

async function analyseFile(file: string, opts: CommandOptions): Promise<Analysis> {
  return (await openAndAnalyse(file, opts)).analysis;
}

/** Opens a plan workbook as a package and reads and checks its plan (refused with a sentence when it cannot). */
export async function openAndAnalyse(
  file: string,
  opts: CommandOptions,
): Promise<{ analysis: Analysis; opened: OpenedPackage; mapping: ColumnMapping | null }> {
  // Options are checked before the file is opened: a mistyped option is said first.
  if (opts.asOf !== undefined) parseAsOf(opts.asOf);
  const year = parseYear(opts.year);
  const mapping = parseColumns(opts.columns);
  const opened = await openPackageFile(file);
  const asOf = fixedAsOf(opts, opened) ?? todayIso(new Date());
  return {
    analysis: analyseWorkbookOrFail({ grids: opened.cells.grids }, { asOf, year, sheet: opts.sheet, mapping }, file),
    opened,
    mapping,
  };
}

// The package itself, read part by part (no workbook library): refused with a sentence when it cannot be taken.
async function openPackageFile(file: string): Promise<OpenedPackage> {
  await mustExist(file);
  const bytes = await readWorkbookFile(file);
  try {
    return openPackage(bytes);
  } catch (e) {
    if (e instanceof PackageRefused) throw new CliError(`${basename(file)}: ${e.vi}`, `${basename(file)}: ${e.en}`);
    if (e instanceof ZipError || e instanceof Error) throw await unreadableWorkbook(file, bytes);
    throw e;
  }
}

// The mapping typed after --columns, checked strictly; null when none was given.
function parseColumns(value: string | undefined): ColumnMapping | null {
  if (value === undefined) return null;
  const parsed = parseColumnsOption(value);
  if (!parsed.ok) throw new CliError(`--columns: ${parsed.error.vi}`, `--columns: ${parsed.error.en}`);
  return parsed.mapping;
}

// What the build says of the mapping given on the command line: saved for later reads, or why not.
function mappingNote(saved: boolean, mapping: ColumnMapping): string {
  return saved
    ? `Đã lưu cách gán cột / Saved the column mapping: ${formatMapping(mapping)}`
    : `Không lưu được cách gán cột: trang "_kehoach_cot" là của người dùng / The column mapping was not saved: sheet "_kehoach_cot" is the user's`;
}
/** The question printed when a table is there but its content or lead column could not be recognised. */
export function mappingQuestionText(file: string, q: MappingQuestion): { vi: string; en: string } {
  const columns = q.columns.map((c) => `    ${c.letter.padEnd(3)} ${c.header}`).join("\n");
  const example = formatExample(q);
  return {
    vi: `${file}: ${q.message.vi}\n  Các cột ở dòng ${q.headerRow}:\n${columns}\n  Chạy lại với --columns, ví dụ: --columns ${example}`,
    en: `${q.message.en}\n  Run again with --columns, e.g. --columns ${example}\n  (roles: number, content, lead, coordinators, time, status, completed, note, result, agencies=D:H)`,
  };
}

// The guess the header allowed, with "?" where the user must say.
function formatExample(q: MappingQuestion): string {
  const parts: string[] = [];
  const letter = (col: number | undefined) => q.columns.find((c) => c.col === col)?.letter ?? "?";
  for (const role of ["number", "content", "lead", "coordinators", "time"] as const) {
    const col = q.guess[role];
    if (col !== undefined || role === "content" || role === "lead") parts.push(`${role}=${letter(col)}`);
  }
  return parts.join(",");
}

async function reopen(file: string) {
  await mustExist(file);
  try {
    return await openWorkbook(file);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError(
      `Không đọc được ${file} như một tệp .xlsx (${why}).`,
      `Cannot read ${file} as an .xlsx file (${why}).`,
    );
  }
}

function analyseWorkbookOrFail(
  opened: { grids: WorkbookGrids },
  o: { asOf: IsoDate; year: number | null; sheet?: string; mapping?: ColumnMapping | null },
  file: string,
): Analysis {
  const outcome = analysePlan(opened.grids, o);
  for (const note of outcome.kind === "analysis" ? outcome.analysis.notes : outcome.notes)
    process.stderr.write(`kehoach: ${note.vi} / ${note.en}\n`);
  if (outcome.kind === "needsMapping") {
    const text = mappingQuestionText(file, outcome.question);
    throw new CliError(text.vi, text.en);
  }
  const analysis = outcome.kind === "analysis" ? outcome.analysis : null;
  if (!analysis) {
    const where = o.sheet
      ? { vi: `${file}, trang "${o.sheet}"`, en: `${file}, sheet "${o.sheet}"` }
      : { vi: file, en: file };
    throw cliError(noPlanFound({ vi: `trong ${where.vi}`, en: `in ${where.en}` }));
  }
  return analysis;
}

/** Refuses a path that does not exist or is a folder, with a sentence naming it. */
export async function mustExist(file: string): Promise<void> {
  let s;
  try {
    s = await stat(file);
  } catch (e) {
    throw fileError(e, file, "read");
  }
  if (s.isDirectory())
    throw new CliError(
      `${file} là một thư mục: hãy đưa tên tệp trong đó.`,
      `${file} is a folder: give the name of a file in it.`,
    );
}

// Word saves "Unicode Text" as UTF-16 with a byte-order mark; "Plain Text" as UTF-8. A workbook, a Word document or a
// PDF given to import gets a sentence saying which command or step it needs.
async function readText(file: string): Promise<string> {
  await mustExist(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw fileError(e, file, "read");
  }
  const found = inspectFile(bytes);
  if (found.kind === "text") {
    if (found.encoding === "utf16le") return new TextDecoder("utf-16le").decode(bytes.subarray(2));
    if (found.encoding === "utf16be") return new TextDecoder("utf-16be").decode(bytes.subarray(2));
    return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  }
  const name = basename(file);
  if (found.kind === "xlsx")
    throw new CliError(
      `${name} đã là sổ Excel: dùng "kehoach check" hoặc "kehoach build" với tệp này; "import" nhận bảng sao chép từ Word.`,
      `${name} is already an Excel workbook: use "kehoach check" or "kehoach build" on it; "import" takes a table copied out of Word.`,
    );
  throw new CliError(
    `${name} không phải văn bản: trong Word chọn cả bảng kế hoạch, sao chép, dán vào Notepad rồi lưu (Unicode hoặc UTF-8) và nhập tệp đó.`,
    `${name} is not text: in Word select the whole plan table, copy it, paste it into Notepad, save it (Unicode or UTF-8) and import that file.`,
  );
}

async function save(workbook: ExcelJS.Workbook, output: string): Promise<void> {
  await writeAtomically(output, (temporary) => workbook.xlsx.writeFile(temporary));
}

/**
 * The output path of a command that writes a new file from `input`: -o, never the input itself (a dated backup is
 * kept first when --in-place asks to replace it).
 */
export async function outputFor(input: string, opts: CommandOptions, command: string, suffix: string): Promise<string> {
  const output = opts.output ?? (opts.inPlace ? input : undefined);
  if (output === undefined)
    throw new CliError(
      `Thiếu -o TỆP_RA (xem kehoach ${command} --help).`,
      `Missing -o OUTPUT (see kehoach ${command} --help).`,
    );
  if (!(await sameFile(output, input))) return output;
  if (!opts.inPlace) {
    const extension = command === "import" ? ".xlsx" : extname(input);
    await refuseOutputOverInput(output, [input], suggestedOutput(input, suffix, extension));
  }
  const backup = await backupBeside(input, new Date());
  process.stderr.write(`Đã sao lưu / Backed up ${input} → ${backup}\n`);
  return output;
}

// The date states are judged on: --as-of, else the date a leader fixed in the workbook's as-of cell; null for today.
function fixedAsOf(opts: CommandOptions, opened: OpenedPackage): IsoDate | null {
  if (opts.asOf !== undefined) return parseAsOf(opts.asOf);
  return readWorkbookAsOf(opened.cells.grids)?.fixed ?? null;
}

function parseAsOf(value: string): IsoDate {
  const r = isoDateSchema.safeParse(value);
  if (!r.success)
    throw new CliError(
      `--as-of "${value}" không phải ngày dạng YYYY-MM-DD.`,
      `--as-of "${value}" is not a YYYY-MM-DD date.`,
    );
  return r.data;
}

function parseYear(value: string | undefined): number | null {
  if (value === undefined) return null;
  const r = yearSchema.safeParse(value);
  if (!r.success)
    throw new CliError(
      `--year "${value}" không phải năm hợp lệ (1900–2199).`,
      `--year "${value}" is not a valid year (1900–2199).`,
    );
  return r.data;
}

function cliError(message: Bilingual): CliError {
  return new CliError(message.vi, message.en);
}
