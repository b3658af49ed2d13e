import { mkdir, readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook, analysePlan, checkJson, type Analysis } from "../core/analyse-workbook";
import { formatMapping, parseColumnsOption, type ColumnMapping } from "../core/read/column-mapping";
import type { MappingQuestion } from "../core/read/plan-search";
import { mappingToSave } from "../core/read/saved-mapping";
import { writeColumnMapping } from "../xlsx/column-mapping";
import { formatViDate, type IsoDate } from "../core/model/dates";
import type { Finding, Severity } from "../core/check/finding";
import { countFindings } from "../core/check/finding";
import { findHeader } from "../core/read/header";
import { parsePastedText, pastedGrid } from "../core/read/import-text";
import { isoDateSchema, yearSchema } from "../core/model/schemas";
import { planSheetSpec } from "../core/sheets/plan-sheet";
import { registrySheetSpec } from "../core/sheets/registry-sheet";
import { readTitleBlock } from "../core/read/title";
import { convertedGrid } from "../core/sheets/convert-layout";
import { fixLegacyText } from "../core/text/legacy-encoding";
import { quarterReport, quarterReportTitle } from "../core/track/quarter-report";
import { quarterReportSpec } from "../core/sheets/quarter-report-sheet";
import { uniqueSheetName } from "../core/sheets/sheet-names";
import { gridBounds } from "../core/model/grid";
import { addReports } from "../xlsx/build-reports";
import { lostPartsWarning, partsExceljsDrops } from "../xlsx/lost-parts";
import { openWorkbook } from "../xlsx/read-workbook";
import { renderSheet } from "../xlsx/render-sheet";
import { CliError } from "./cli-error";

/** Options every command accepts, as typed on the command line. */
export interface CommandOptions {
  asOf?: string;
  year?: string;
  json: boolean;
  output?: string;
  sheet?: string;
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

/** `kehoach build`: writes the workbook with highlighting, agency sheets and the summary, and warns of what the rewrite loses. */
export async function runBuild(file: string, opts: CommandOptions): Promise<number> {
  const output = requireOutput(opts, "build");
  const { analysis, workbook, mapping } = await openAndAnalyse(file, opts);
  const result = addReports(workbook, analysis, analysis.plan.asOf);
  const saved = mapping ? saveMapping(workbook, analysis, mapping) : null;
  // Looked for before saving: -o may name the input file itself.
  const lost = await partsExceljsDrops(file, new Set(result.replaced));
  await save(workbook, output);
  process.stdout.write(
    `Đã ghi / Wrote ${output}: ${result.sheets.length} trang / sheets (${result.sheets.join(", ")})\n`,
  );
  for (const n of result.notes) process.stdout.write(`  ${n}\n`);
  if (saved) process.stdout.write(`  ${saved}\n`);
  const warning = lostPartsWarning(lost, output);
  if (warning) process.stderr.write(`${warning}\n`);
  return 0;
}

/** `kehoach import`: turns a plan copied out of Word into a workbook with the plan table. */
export async function runImport(file: string, opts: CommandOptions): Promise<number> {
  const output = requireOutput(opts, "import");
  const text = await readText(file);
  const workbook = importPlanText(text, parseYear(opts.year));
  await save(workbook, output);
  const analysis = analyseWorkbookOrFail(
    await reopen(output),
    { asOf: todayIso(), year: parseYear(opts.year) },
    output,
  );
  process.stdout.write(
    `Đã nhập / Imported ${analysis.plan.tasks.length} nhiệm vụ / tasks, ${analysis.plan.agencies.length} cơ quan / agencies, năm / year ${analysis.plan.year ?? "?"} → ${output}\n`,
  );
  return 0;
}

/** Builds the plan workbook from pasted Word text; throws a CliError when the text holds no plan table. */
export function importPlanText(text: string, year: number | null): ExcelJS.Workbook {
  const pasted = parsePastedText(text);
  const grid = pastedGrid(pasted, "Kế hoạch");
  const header = findHeader(grid);
  if (!header) {
    throw new CliError(
      'Không tìm thấy bảng kế hoạch (cần dòng tiêu đề có "Stt", "Nội dung" và các cơ quan hoặc cột chủ trì/phối hợp).',
      'No plan table found (a header row with "Stt", "Nội dung" and agencies or lead/coordinator columns is needed).',
    );
  }
  const b = gridBounds(grid);
  const titleBlock = readTitleBlock(grid, b.top, header.headerTop, b.left, b.right);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kế hoạch phối hợp";
  renderSheet(
    workbook,
    planSheetSpec(grid, header, {
      lines: pasted.titleLines,
      year: year ?? titleBlock.year,
      footer: pasted.footerLines,
    }),
  );
  const analysis = analyseWorkbook({ sheets: [grid] }, { asOf: todayIso(), year });
  if (analysis) renderSheet(workbook, registrySheetSpec(analysis.plan.agencies));
  return workbook;
}

/** `kehoach convert`: adds the plan rewritten in the other layout as a new sheet; the original sheet is untouched. */
export async function runConvert(file: string, opts: CommandOptions & { to?: string }): Promise<number> {
  const output = requireOutput(opts, "convert");
  if (opts.to !== "matrix" && opts.to !== "columns") {
    throw new CliError(`--to phải là "matrix" hoặc "columns".`, `--to must be "matrix" or "columns".`);
  }
  const { analysis, workbook } = await openAndAnalyse(file, opts);
  const to = opts.to;
  const taken = workbook.worksheets.map((w) => w.name);
  const sheetName = uniqueSheetName(
    to === "matrix" ? "Kế hoạch (theo cơ quan)" : "Kế hoạch (chủ trì - phối hợp)",
    taken,
  );
  const tableName = uniqueTableName(to === "matrix" ? "KeHoach_MaTran" : "KeHoach_Cot", workbook);
  const grid = convertedGrid(analysis.plan, to, sheetName);
  const header = findHeader(grid)!;
  renderSheet(
    workbook,
    planSheetSpec(
      grid,
      header,
      { lines: [analysis.plan.title], year: analysis.plan.year, footer: [] },
      { sheet: sheetName, table: tableName },
    ),
  );
  await save(workbook, output);
  process.stdout.write(`Đã thêm trang / Added sheet "${sheetName}" (${to}) → ${output}\n`);
  return 0;
}

function uniqueTableName(wanted: string, workbook: ExcelJS.Workbook): string {
  const names = new Set(
    workbook.worksheets.flatMap((w) =>
      w.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name.toLowerCase()),
    ),
  );
  let name = wanted;
  for (let i = 2; names.has(name.toLowerCase()); i++) name = `${wanted}${i}`;
  return name;
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
  const { analysis } = await openAndAnalyse(file, opts);
  const plan = analysis.plan;
  if (plan.year === null) {
    throw new CliError(`Không biết năm của kế hoạch: thêm --year YYYY.`, `The plan year is unknown: add --year YYYY.`);
  }
  const report = quarterReport(plan, quarter, plan.year, plan.asOf);
  if (opts.output) {
    const workbook = new ExcelJS.Workbook();
    renderSheet(workbook, quarterReportSpec(report, plan.title));
    await save(workbook, opts.output);
  }
  if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else
    process.stdout.write(
      `${quarterReportTitle(report)}: ${report.agencies.length} cơ quan / agencies, ${report.overdueTasks.length} nhiệm vụ quá hạn / overdue tasks → ${opts.output}\n`,
    );
  return 0;
}

/** `kehoach fix-encoding`: converts every cell typed in TCVN3 or VNI to Unicode, in all sheets, into a new file. */
export async function runFixEncoding(file: string, opts: CommandOptions): Promise<number> {
  const output = requireOutput(opts, "fix-encoding");
  const { workbook } = await reopen(file);
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
  return 0;
}

/** `kehoach demo`: imports the sample plan, checks it as of 30/06/2024 and builds the report workbook. */
export async function runDemo(folder?: string): Promise<number> {
  const dir = resolve(folder ?? join("out", "demo"));
  await mkdir(dir, { recursive: true });
  const seed = join(__dirname, "..", "..", "assets", "ke-hoach-phoi-hop-2024.txt");
  const planFile = join(dir, "ke-hoach-phoi-hop-2024.xlsx");
  const reportFile = join(dir, "bao-cao-2024.xlsx");
  // The sample is a 2024 plan: judged "today" every task would be long overdue, so the demo looks at mid-2024.
  const asOf = "2024-06-30";
  await save(importPlanText(await readText(seed), null), planFile);
  const { analysis, workbook } = await openAndAnalyse(planFile, { asOf, json: false });
  const result = addReports(workbook, analysis, asOf);
  await save(workbook, reportFile);
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

async function openAndAnalyse(
  file: string,
  opts: CommandOptions,
): Promise<{ analysis: Analysis; workbook: ExcelJS.Workbook; mapping: ColumnMapping | null }> {
  const asOf = parseAsOf(opts.asOf);
  const year = parseYear(opts.year);
  const mapping = parseColumns(opts.columns);
  const opened = await reopen(file);
  return {
    analysis: analyseWorkbookOrFail(opened, { asOf, year, sheet: opts.sheet, mapping }, file),
    workbook: opened.workbook,
    mapping,
  };
}

// The mapping typed after --columns, checked strictly; null when none was given.
function parseColumns(value: string | undefined): ColumnMapping | null {
  if (value === undefined) return null;
  const parsed = parseColumnsOption(value);
  if (!parsed.ok) throw new CliError(`--columns: ${parsed.error.vi}`, `--columns: ${parsed.error.en}`);
  return parsed.mapping;
}

// Saves the mapping given on the command line in the output workbook, so later reads place the columns the same way.
function saveMapping(workbook: ExcelJS.Workbook, analysis: Analysis, mapping: ColumnMapping): string {
  const saved = writeColumnMapping(workbook, mappingToSave(analysis.grid, analysis.plan.headerTop, mapping));
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
  opened: Awaited<ReturnType<typeof openWorkbook>>,
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
    throw new CliError(
      `Không tìm thấy kế hoạch trong ${file}${o.sheet ? `, trang "${o.sheet}"` : ""} (cần dòng tiêu đề có "Stt", "Nội dung" và các cơ quan hoặc cột chủ trì/phối hợp).`,
      `No plan found in ${file}${o.sheet ? `, sheet "${o.sheet}"` : ""} (a header row with "Stt", "Nội dung" and agencies or lead/coordinator columns is needed).`,
    );
  }
  return analysis;
}

async function mustExist(file: string): Promise<void> {
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new Error("not a file");
  } catch {
    throw new CliError(`Không tìm thấy tệp ${file}.`, `File not found: ${file}.`);
  }
}

async function readText(file: string): Promise<string> {
  await mustExist(file);
  return readFile(file, "utf8");
}

async function save(workbook: ExcelJS.Workbook, output: string): Promise<void> {
  await mkdir(dirname(resolve(output)), { recursive: true });
  try {
    await workbook.xlsx.writeFile(output);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CliError(`Không ghi được ${output} (${why}).`, `Cannot write ${output} (${why}).`);
  }
}

function requireOutput(opts: CommandOptions, command: string): string {
  if (!opts.output)
    throw new CliError(
      `Thiếu -o TỆP_RA (xem kehoach ${command} --help).`,
      `Missing -o OUTPUT (see kehoach ${command} --help).`,
    );
  return opts.output;
}

function parseAsOf(value: string | undefined): IsoDate {
  if (value === undefined) return todayIso();
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

// The command line is the edge where "today" is read; the core always receives the date.
function todayIso(): IsoDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
