#!/usr/bin/env node
// `npm start` / `npm stop`: sideload the add-in into Excel and start the dev server, as the yo office template does,
// through office-addin-debugging. That package is an optional dependency: on Linux its keytar dependency does not
// build without libsecret, and there it could only reach Excel on the web anyway. Without it this script says how to
// sideload by hand, and `npm start` fails so no one mistakes the message for a running add-in.
//
//   npm start                                   # desktop Excel (Windows, Mac)
//   npm start -- web --document <workbook URL>  # Excel on the web, with a workbook in OneDrive/SharePoint
//   npm stop
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const [action = "start", ...args] = process.argv.slice(2);
const require = createRequire(import.meta.url);

function debuggingCli() {
  try {
    return require.resolve("office-addin-debugging/cli.js");
  } catch {
    return null;
  }
}

const cli = debuggingCli();
const forWeb = args[0] === "web";
// On Linux there is no desktop Excel to start; Excel on the web works wherever the package is installed.
const usable = cli !== null && (process.platform !== "linux" || forWeb);

if (usable) {
  // npm 7 and later no longer pass package.json scripts to scripts as environment variables, so the dev server is named here.
  const devServer = action === "start" && !args.includes("--dev-server") ? ["--dev-server", "npm run dev-server"] : [];
  const run = spawnSync(process.execPath, [cli, action, "manifest.xml", ...args, ...devServer], { stdio: "inherit" });
  process.exit(run.status ?? 1);
}

const why =
  cli === null
    ? "office-addin-debugging không được cài trên máy này (gói tùy chọn; trên Linux gói keytar của nó không build được).\n" +
      "office-addin-debugging is not installed here (an optional dependency; on Linux its keytar dependency does not build)."
    : "Linux không có Excel cho máy tính để mở.\nThere is no desktop Excel to start on Linux.";

if (action === "stop") {
  process.stdout.write(
    `${why}\n\nKhông có gì để dừng: tắt máy chủ phát triển bằng Ctrl+C; gỡ phần bổ trợ trong Excel trên web tại Trang đầu › Phần bổ trợ.\n` +
      "Nothing to stop: end the dev server with Ctrl+C; remove the add-in in Excel on the web under Home › Add-ins.\n",
  );
  process.exit(0);
}

process.stderr.write(`${why}

Để thử phần bổ trợ trong Excel trên web / To try the add-in in Excel on the web:
  1. npm run dev-server
       phục vụ / serves https://localhost:3000 (office-addin-dev-certs tạo và tin cậy chứng chỉ localhost / creates and trusts a localhost certificate)
  2. một trong hai / either
     a. trên máy có office-addin-debugging / on a machine that has office-addin-debugging:
          npx office-addin-debugging start manifest.xml web --document <URL của sổ Excel trên OneDrive/SharePoint / URL of a workbook in OneDrive/SharePoint>
     b. trong Excel trên web: mở sổ › Trang đầu › Phần bổ trợ › Thêm phần bổ trợ › Tải lên phần bổ trợ của tôi › chọn manifest.xml
        in Excel on the web: open the workbook › Home › Add-ins › More add-ins › Upload My Add-in › choose manifest.xml
`);
process.exit(1);
