import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./cli-error";
import { runBuild, runCheck, runConvert, runDemo, runFixEncoding, runImport, runReport } from "./commands";

// The command line only: arguments are parsed and checked here, the work happens in commands.ts.

const HELP = `kehoach — kiểm tra và báo cáo kế hoạch phối hợp / check and report coordination plans

Cách dùng / Usage:
  kehoach check FILE.xlsx [--as-of YYYY-MM-DD] [--year YYYY] [--sheet NAME] [--columns ROLE=COL,…] [--json]
  kehoach build FILE.xlsx -o OUT.xlsx [--as-of YYYY-MM-DD] [--year YYYY] [--columns ROLE=COL,…]
  kehoach import FILE.txt -o PLAN.xlsx [--year YYYY]
  kehoach convert FILE.xlsx --to matrix|columns -o OUT.xlsx
  kehoach report FILE.xlsx --quarter N [--as-of YYYY-MM-DD] [--year YYYY] -o REPORT.xlsx [--json]
  kehoach fix-encoding FILE.xlsx -o OUT.xlsx
  kehoach demo [-o FOLDER]
  kehoach COMMAND --help

Mã thoát / Exit codes: 0 không có lỗi / no errors · 1 kế hoạch có lỗi / the plan has errors · 2 không đọc được / cannot read`;

const COMMAND_HELP: Record<string, string> = {
  check: `kehoach check FILE.xlsx [--as-of YYYY-MM-DD] [--year YYYY] [--json]
  Đọc kế hoạch trong FILE.xlsx, kiểm tra tính nhất quán và in các phát hiện (lỗi, cảnh báo, thông tin).
  Reads the plan in FILE.xlsx, checks it and prints the findings (errors, warnings, infos).
  --as-of   ngày tính hạn (mặc định hôm nay) / date deadlines are judged at (default today)
  --year    năm kế hoạch khi tiêu đề không ghi / plan year when the title has none
  --sheet   trang chứa kế hoạch (mặc định: tự tìm) / the plan's sheet (default: found automatically)
  --columns cột nào chứa gì, khi tiêu đề không cho biết / which column holds what, when the header does not say:
            content=B,lead=D,coordinators=E,time=F,number=A[,status=…,completed=…,note=…,result=…]
            (dạng ma trận / matrix layout: content=B,agencies=C:H,time=I)
  --json    in JSON / print JSON
  Mã thoát / exit: 0 không lỗi / no errors, 1 có lỗi / errors, 2 không đọc được / unreadable`,
  build: `kehoach build FILE.xlsx -o OUT.xlsx [--as-of YYYY-MM-DD] [--year YYYY]
  Ghi OUT.xlsx: các trang gốc giữ nguyên, tô màu hạn trên kế hoạch, một trang mỗi cơ quan, trang Phân công và Tổng hợp.
  Writes OUT.xlsx: original sheets unchanged, deadline highlighting on the plan, one sheet per agency, assignments and summary.
  --columns ROLE=COL,…  cách gán cột, được lưu trong OUT.xlsx cho các lần đọc sau / the column mapping, saved in OUT.xlsx for later reads`,
  import: `kehoach import FILE.txt -o PLAN.xlsx [--year YYYY]
  Chuyển bảng kế hoạch sao chép từ Word (phân cách bằng tab) thành sổ Excel có bảng "KeHoach".
  Turns a plan table copied out of Word (tab-separated) into a workbook with the table "KeHoach".`,
  convert: `kehoach convert FILE.xlsx --to matrix|columns -o OUT.xlsx
  Thêm một trang viết lại kế hoạch theo dạng kia (matrix: mỗi cơ quan một cột; columns: cột chủ trì / phối hợp); trang gốc giữ nguyên.
  Adds a sheet with the plan rewritten in the other layout (matrix: one column per agency; columns: lead / coordinator columns); the original is untouched.`,
  report: `kehoach report FILE.xlsx --quarter N [--as-of YYYY-MM-DD] [--year YYYY] -o REPORT.xlsx [--json]
  Báo cáo quý cho lãnh đạo: theo cơ quan chủ trì — đến hạn, hoàn thành đúng hạn, trễ hạn, đang làm, quá hạn; và danh sách nhiệm vụ quá hạn.
  Quarter report for leaders: per lead agency — due, done on time, done late, open, overdue; then the overdue backlog.
  --json in / prints { "quarter", "year", "asOf", "agencies": [ { "name", "due", "done", "doneLate", "open", "overdue" } ], "overdueTasks": [ { "number", "content", "lead", "deadline" } ] }`,
  "fix-encoding": `kehoach fix-encoding FILE.xlsx -o OUT.xlsx
  Đổi các ô gõ bằng bảng mã cũ TCVN3 (.VnTime) hoặc VNI sang Unicode, trên mọi trang; tệp gốc giữ nguyên.
  Converts cells typed in the legacy TCVN3 (.VnTime) or VNI encodings to Unicode, on every sheet; the input is untouched.`,
  demo: `kehoach demo [-o FOLDER]
  Nhập kế hoạch mẫu trong assets/, kiểm tra và dựng sổ báo cáo (mặc định vào out/demo).
  Imports the sample plan from assets/, checks it and builds the report workbook (default folder out/demo).`,
};

const OPTIONS = {
  "as-of": { type: "string" },
  year: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string", short: "o" },
  to: { type: "string" },
  sheet: { type: "string" },
  columns: { type: "string" },
  quarter: { type: "string" },
  help: { type: "boolean", short: "h" },
} satisfies ParseArgsConfig["options"];

/** Runs the `kehoach` command with its arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(HELP + "\n");
      return 0;
    }
    if (!(command in COMMAND_HELP))
      throw new CliError(
        `Không có lệnh "${command}" (xem kehoach --help).`,
        `Unknown command "${command}" (see kehoach --help).`,
      );
    const parsed = parse(rest);
    if (parsed.values.help) {
      process.stdout.write(COMMAND_HELP[command] + "\n");
      return 0;
    }
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
    };
    if (command === "demo") return await runDemo(opts.output);
    if (!file)
      throw new CliError(
        `Thiếu tên tệp (xem kehoach ${command} --help).`,
        `Missing the file name (see kehoach ${command} --help).`,
      );
    if (parsed.positionals.length > 1)
      throw new CliError(`Thừa đối số "${parsed.positionals[1]}".`, `Unexpected argument "${parsed.positionals[1]}".`);
    if (command === "check") return await runCheck(file, opts);
    if (command === "build") return await runBuild(file, opts);
    if (command === "convert") return await runConvert(file, opts);
    if (command === "report") return await runReport(file, opts);
    if (command === "fix-encoding") return await runFixEncoding(file, opts);
    return await runImport(file, opts);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`kehoach: ${e.vi} / ${e.en}\n`);
      return e.exitCode;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`kehoach: lỗi không mong đợi: ${msg} / unexpected error: ${msg}\n`);
    return 2;
  }
}

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError(`Tùy chọn không hợp lệ: ${msg}`, `Invalid option: ${msg}`);
  }
}
