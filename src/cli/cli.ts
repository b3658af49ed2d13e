import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./cli-error";
import { runBuild, runCheck, runConvert, runDemo, runFixEncoding, runImport, runReport } from "./commands";
import { runRemind } from "./remind";
import { runCollect, runSplit } from "./exchange";
import { runRollup } from "./rollup";

// The command line only: arguments are parsed and checked here, the work happens in commands.ts. Each command lists
// the options it takes; an option given to a command that does not take it is refused, and `--help` shows them all.

const OPTIONS = {
  "as-of": { type: "string" },
  year: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string", short: "o" },
  to: { type: "string" },
  sheet: { type: "string" },
  columns: { type: "string" },
  quarter: { type: "string" },
  "in-place": { type: "boolean" },
  days: { type: "string" },
  link: { type: "string" },
  from: { type: "string" },
  "accept-deadlines": { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} satisfies ParseArgsConfig["options"];

type Option = keyof typeof OPTIONS;

const OPTION_HELP: Record<Exclude<Option, "help" | "version" | "debug">, string> = {
  "as-of": "--as-of YYYY-MM-DD  ngày tính hạn (mặc định hôm nay) / date deadlines are judged at (default today)",
  year: "--year YYYY         năm kế hoạch khi tiêu đề không ghi / plan year when the heading has none",
  json: "--json              in JSON / print JSON",
  output: "-o, --output PATH   tệp (hoặc thư mục) ghi ra / file (or folder) to write",
  to: "--to matrix|columns dạng viết lại / layout to write",
  sheet: "--sheet NAME        trang chứa kế hoạch (mặc định: tự tìm) / the plan's sheet (default: found automatically)",
  quarter: "--quarter N         quý 1–4 / quarter 1–4",
  columns: `--columns ROLE=COL,… cột nào chứa gì, khi tiêu đề không cho biết / which column holds what, when the header does not say:
                      content=B,lead=D,coordinators=E,time=F,number=A[,status=…,completed=…,note=…,result=…]
                      (dạng ma trận / matrix layout: content=B,agencies=C:H,time=I); build lưu vào sổ / build saves it in the workbook`,
  "in-place":
    "--in-place          ghi đè tệp vào, giữ một bản sao lưu có ngày giờ bên cạnh / write over the input, keeping a dated backup beside it",
  days: "--days N            nhắc việc có hạn trong N ngày tới (mặc định 14) / remind of deadlines in the next N days (default 14)",
  link: "--link URL          địa chỉ sổ kế hoạch dùng chung (OneDrive/SharePoint) để báo cáo / the shared workbook's address, for reporting back",
  from: "--from EMAIL        địa chỉ người gửi ghi trong thư / the sender address written in the drafts",
  "accept-deadlines":
    "--accept-deadlines all|KEY,… chấp nhận hạn mới các cơ quan đề xuất (tất cả, hoặc các nhiệm vụ này) / accept the deadlines agencies proposed (all, or these tasks)",
};

interface Command {
  usage: string;
  about: string;
  options: Option[];
}

const COMMANDS: Record<string, Command> = {
  check: {
    usage: "kehoach check FILE.xlsx [--as-of YYYY-MM-DD] [--year YYYY] [--sheet NAME] [--columns ROLE=COL,…] [--json]",
    about: `Đọc kế hoạch trong FILE.xlsx, kiểm tra tính nhất quán và in các phát hiện (lỗi, cảnh báo, thông tin).
  Reads the plan in FILE.xlsx, checks it and prints the findings (errors, warnings, infos).
  Mã thoát / exit: 0 không lỗi / no errors, 1 có lỗi / errors, 2 không đọc được / unreadable`,
    options: ["as-of", "year", "sheet", "columns", "json"],
  },
  build: {
    usage:
      "kehoach build FILE.xlsx -o OUT.xlsx [--as-of YYYY-MM-DD] [--year YYYY] [--sheet NAME] [--columns ROLE=COL,…] [--in-place]",
    about: `Ghi OUT.xlsx: mọi phần của sổ gốc giữ nguyên, tô màu hạn trên kế hoạch, một trang mỗi cơ quan, trang Phân công và Tổng hợp.
  Writes OUT.xlsx: every part of the workbook kept, deadline highlighting on the plan, one sheet per agency, assignments and summary.`,
    options: ["output", "as-of", "year", "sheet", "columns", "in-place"],
  },
  import: {
    usage: "kehoach import FILE.txt -o PLAN.xlsx [--year YYYY]",
    about: `Chuyển bảng kế hoạch sao chép từ Word (phân cách bằng tab; UTF-8 hoặc Unicode) thành sổ Excel có bảng "KeHoach".
  Turns a plan table copied out of Word (tab-separated; UTF-8 or Unicode text) into a workbook with the table "KeHoach".`,
    options: ["output", "year"],
  },
  convert: {
    usage: "kehoach convert FILE.xlsx --to matrix|columns -o OUT.xlsx [--sheet NAME] [--in-place]",
    about: `Thêm một trang viết lại kế hoạch theo dạng kia (matrix: mỗi cơ quan một cột; columns: cột chủ trì / phối hợp); trang gốc giữ nguyên.
  Adds a sheet with the plan rewritten in the other layout (matrix: one column per agency; columns: lead / coordinator columns); the original is untouched.`,
    options: ["to", "output", "sheet", "columns", "in-place"],
  },
  report: {
    usage:
      "kehoach report FILE.xlsx --quarter N [--as-of YYYY-MM-DD] [--year YYYY] [--sheet NAME] -o REPORT.xlsx [--json]",
    about: `Báo cáo quý cho lãnh đạo: theo cơ quan chủ trì — đến hạn, hoàn thành đúng hạn, trễ hạn, đang làm, quá hạn; và danh sách nhiệm vụ quá hạn.
  Quarter report for leaders: per lead agency — due, done on time, done late, open, overdue; then the overdue backlog.
  --json in / prints { "quarter", "year", "asOf", "agencies": [ { "name", "due", "done", "doneLate", "open", "overdue" } ], "overdueTasks": [ { "number", "content", "lead", "deadline" } ] }`,
    options: ["quarter", "as-of", "year", "sheet", "columns", "output", "json"],
  },
  remind: {
    usage:
      "kehoach remind FILE.xlsx -o FOLDER [--as-of YYYY-MM-DD] [--days 14] [--link URL] [--from EMAIL] [--year YYYY] [--sheet NAME] [--json]",
    about: `Soạn thư nhắc việc (.eml, mở bằng Outlook hoặc Thunderbird) cho mỗi cơ quan có nhiệm vụ quá hạn, sắp đến hạn hoặc định kỳ sắp đến kỳ; gửi đến email trong trang "Danh mục cơ quan".
  Writes a reminder draft (.eml, opens in Outlook or Thunderbird) for each agency with tasks overdue, due soon or recurring soon; addressed to the email in the registry sheet.
  --json in / prints { "asOf", "until", "days", "link", "agencies": [ { "agency", "person", "emails", "overdue", "dueSoon", "recurring", "file" } ], "findings" }`,
    options: ["output", "as-of", "days", "link", "from", "year", "sheet", "columns", "json"],
  },
  "fix-encoding": {
    usage: "kehoach fix-encoding FILE.xlsx -o OUT.xlsx [--in-place]",
    about: `Đổi các ô gõ bằng bảng mã cũ TCVN3 (.VnTime) hoặc VNI sang Unicode, trên mọi trang; tệp gốc giữ nguyên.
  Converts cells typed in the legacy TCVN3 (.VnTime) or VNI encodings to Unicode, on every sheet; the input is untouched.`,
    options: ["output", "in-place"],
  },
  split: {
    usage: "kehoach split PLAN.xlsx -o FOLDER [--as-of YYYY-MM-DD] [--year YYYY] [--sheet NAME] [--columns ROLE=COL,…]",
    about: `Gửi từng cơ quan một sổ riêng: các nhiệm vụ của cơ quan (chủ trì, phối hợp, nhiệm vụ chung), chỉ mở các ô báo cáo.
  Writes one workbook per agency: its tasks (lead, coordinator, shared), only its report cells editable.`,
    options: ["output", "as-of", "year", "sheet", "columns"],
  },
  collect: {
    usage:
      "kehoach collect PLAN.xlsx RETURNED.xlsx… -o OUT.xlsx [--accept-deadlines all|KEY,…] [--as-of YYYY-MM-DD] [--year YYYY] [--sheet NAME] [--columns ROLE=COL,…]",
    about: `Ghi báo cáo các cơ quan gửi về vào kế hoạch (theo mã nhiệm vụ), thêm dòng vào "Nhật ký cập nhật" và trang "Thu thập …": xung đột, tệp bị từ chối, cơ quan chưa gửi, đề xuất lùi hạn.
  Applies the agencies' returned reports to the plan (by task key), appends to the change log and adds a "Thu thập …" sheet: conflicts, refused files, agencies that have not reported, deadline proposals.
  Mã thoát / exit: 0 mọi báo cáo đã áp dụng / all applied, 1 có xung đột hoặc từ chối / conflicts or refusals`,
    options: ["output", "accept-deadlines", "as-of", "year", "sheet", "columns"],
  },
  rollup: {
    usage: "kehoach rollup PLAN.xlsx… -o OUT.xlsx [--as-of YYYY-MM-DD] [--json]",
    about: `Tổng hợp nhiều kế hoạch: mỗi kế hoạch, mỗi cơ quan chủ trì — hoàn thành đúng hạn, trễ hạn, đang làm trong hạn, quá hạn, không có hạn. Tệp không đọc được được liệt kê.
  Many plans at once: per plan and lead agency — done on time, done late, open in time, open overdue, no deadline. Unreadable files are listed.`,
    options: ["output", "as-of", "json"],
  },
  demo: {
    usage: "kehoach demo [-o FOLDER]",
    about: `Nhập kế hoạch mẫu trong assets/, kiểm tra và dựng sổ báo cáo (mặc định vào out/demo).
  Imports the sample plan from assets/, checks it and builds the report workbook (default folder out/demo).`,
    options: ["output"],
  },
};

const HELP = `kehoach — kiểm tra và báo cáo kế hoạch phối hợp / check and report coordination plans

Cách dùng / Usage:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join("\n")}
  kehoach COMMAND --help · kehoach --version

Mọi lệnh nhận / every command takes: --debug (in chi tiết lỗi không mong đợi / print details of an unexpected error)
Mã thoát / Exit codes: 0 không có lỗi / no errors · 1 kế hoạch có lỗi / the plan has errors · 2 không đọc được / cannot read`;

function commandHelp(command: Command): string {
  return [
    command.usage,
    `  ${command.about}`,
    ...command.options.map((o) => `  ${OPTION_HELP[o as keyof typeof OPTION_HELP]}`),
  ].join("\n");
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** Runs the `kehoach` command with its arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    const [command, ...rest] = argv;
    if (!command || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(HELP + "\n");
      return 0;
    }
    if (command === "--version" || command === "-v") {
      process.stdout.write(`kehoach ${version()}\n`);
      return 0;
    }
    const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!spec)
      throw new CliError(
        `Không có lệnh "${command}" (xem kehoach --help).`,
        `Unknown command "${command}" (see kehoach --help).`,
      );
    const parsed = parse(rest);
    if (parsed.values.help) {
      process.stdout.write(commandHelp(spec) + "\n");
      return 0;
    }
    refuseForeignOptions(command, spec, parsed.values);
    const file = parsed.positionals[0];
    const opts = {
      asOf: parsed.values["as-of"],
      year: parsed.values.year,
      json: Boolean(parsed.values.json),
      output: parsed.values.output,
      to: parsed.values.to,
      sheet: parsed.values.sheet,
      columns: parsed.values.columns,
      quarter: parsed.values.quarter,
      inPlace: Boolean(parsed.values["in-place"]),
      days: parsed.values.days,
      link: parsed.values.link,
      from: parsed.values.from,
      acceptDeadlines: parsed.values["accept-deadlines"],
    };
    if (command === "demo") return await runDemo(opts.output);
    if (!file)
      throw new CliError(
        `Thiếu tên tệp (xem kehoach ${command} --help).`,
        `Missing the file name (see kehoach ${command} --help).`,
      );
    if (command === "collect") return await runCollect(file, parsed.positionals.slice(1), opts);
    if (command === "rollup") return await runRollup(parsed.positionals, opts);
    if (parsed.positionals.length > 1)
      throw new CliError(`Thừa đối số "${parsed.positionals[1]}".`, `Unexpected argument "${parsed.positionals[1]}".`);
    if (command === "check") return await runCheck(file, opts);
    if (command === "build") return await runBuild(file, opts);
    if (command === "split") return await runSplit(file, opts);
    if (command === "convert") return await runConvert(file, opts);
    if (command === "report") return await runReport(file, opts);
    if (command === "fix-encoding") return await runFixEncoding(file, opts);
    if (command === "remind") return await runRemind(file, opts);
    return await runImport(file, opts);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`kehoach: ${e.vi} / ${e.en}\n`);
      return e.exitCode;
    }
    // A fault of the tool itself: the user gets a sentence; the JavaScript details only when asked for.
    process.stderr.write(
      "kehoach: lỗi không mong đợi trong công cụ — tệp của bạn không bị thay đổi; chạy lại với --debug để xem chi tiết và gửi cho người hỗ trợ. / " +
        "unexpected error in the tool — your files were not changed; run again with --debug to see the details and send them to support.\n",
    );
    if (debug) process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

function refuseForeignOptions(name: string, command: Command, values: Record<string, unknown>): void {
  const allowed = new Set<string>([...command.options, "help", "debug"]);
  const foreign = Object.keys(values).filter((o) => values[o] !== undefined && !allowed.has(o));
  if (foreign.length === 0) return;
  const list = foreign.map((o) => `--${o}`).join(", ");
  throw new CliError(
    `Lệnh ${name} không nhận ${list} (xem kehoach ${name} --help).`,
    `The ${name} command does not take ${list} (see kehoach ${name} --help).`,
  );
}

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's own wording is for programmers: the option is named in a sentence of ours.
    const code = (e as { code?: string }).code;
    // Errors from Node's core may come from another realm (under a test runner): read the message, not the class.
    const message = String((e as { message?: unknown }).message ?? "");
    const option = /'(-[^' ]*)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new CliError(
        `Không có tùy chọn ${option} (xem kehoach --help).`,
        `There is no option ${option} (see kehoach --help).`,
      );
    const known = Object.entries(OPTIONS).find(
      ([name, o]) => `--${name}` === option || ("short" in o && `-${o.short}` === option),
    );
    if (known?.[1].type === "string")
      throw new CliError(`${option} cần một giá trị ngay sau nó.`, `${option} needs a value right after it.`);
    throw new CliError(`${option} không nhận giá trị.`, `${option} takes no value.`);
  }
}
