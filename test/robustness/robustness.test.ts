// What a demanding user does to `kehoach`: broken, hostile, huge and oddly placed files, outputs that name the input,
// folders that cannot be written. Each run is a real process; for each the suite checks the exit code, one sentence in
// Vietnamese and English with no JavaScript text, the input's bytes unchanged, no partial output under the final name,
// and the process's peak memory.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { tempDir } from "../helpers/tmp";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "kehoach.js");
const GB = 1024 ** 3;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  peak: number;
}

function kehoach(args: string[], cwd = ROOT): Run {
  const peakFile = join(tempDir("peak-"), "peak");
  const r = spawnSync(process.execPath, ["-r", join(__dirname, "run-measured.js"), BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, KEHOACH_PEAK_FILE: peakFile },
    timeout: 120_000,
  });
  const peak = existsSync(peakFile) ? Number(readFileSync(peakFile, "utf8")) : NaN;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, peak };
}

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

// One sentence in both languages, and nothing a programmer left behind.
function expectSentence(run: Run, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^kehoach: .+ \/ .+/);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\bat \S+ \(|Error:|undefined|ENOENT:|EACCES:|TypeError|\.ts:\d+/);
}

async function plan(rows = 20, extra?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  ws.addRow(["KẾ HOẠCH cải cách hành chính năm 2025"]);
  ws.addRow([]);
  ws.addRow(["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]);
  for (let i = 1; i <= rows; i++)
    ws.addRow([
      String(i),
      `Nhiệm vụ ${i}: rà soát thủ tục`,
      i % 3 ? "Sở Nội vụ" : "History",
      "Sở Tư pháp",
      "Quý II/2025",
    ]);
  extra?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function placed(bytes: Buffer, name = "plan.xlsx"): { dir: string; file: string; hash: string } {
  const dir = tempDir("robust-");
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { dir, file, hash: digest(file) };
}

describe("files that are not what they seem get a sentence, and stay as they were", () => {
  test.each([
    ["truncated", async () => (await plan()).subarray(0, 3000), /hỏng.*damaged/],
    [
      "damaged part",
      async () => {
        const zip = await JSZip.loadAsync(await plan());
        const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
        zip.file("xl/worksheets/sheet1.xml", xml.slice(0, xml.length / 2));
        return zip.generateAsync({ type: "nodebuffer" });
      },
      /"xl\/worksheets\/sheet1\.xml"/,
    ],
    [
      "encrypted",
      async () => {
        const ole = Buffer.alloc(8192);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
        Buffer.from("EncryptedPackage", "utf16le").copy(ole, 2048);
        return ole;
      },
      /mật khẩu.*password/,
    ],
    [
      ".xls renamed",
      async () => {
        const ole = Buffer.alloc(8192);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
        return ole;
      },
      /\.xls.*\.xlsx/,
    ],
    [
      ".ods renamed",
      async () => {
        const zip = new JSZip();
        zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        zip.file("content.xml", "<office:document-content/>");
        return zip.generateAsync({ type: "nodebuffer" });
      },
      /OpenDocument/,
    ],
    [".csv renamed", async () => Buffer.from("STT,Nội dung\n1,Việc\n"), /CSV/],
    [
      "zip bomb",
      async () => {
        const zip = await JSZip.loadAsync(await plan());
        // 200 MB of one repeated byte compresses to a few hundred kilobytes.
        zip.file("xl/media/filler.bin", Buffer.alloc(200 * 1024 * 1024, 0x41), { compression: "DEFLATE" });
        return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
      },
      /"xl\/media\/filler\.bin".*200 MB/,
    ],
  ])("%s", async (_name, make, sentence) => {
    const { dir, file, hash } = placed(await make());
    for (const args of [
      ["check", file],
      ["build", file, "-o", join(dir, "out.xlsx")],
    ]) {
      const run = kehoach(args);
      expectSentence(run, sentence);
      expect(run.peak).toBeLessThan(GB);
    }
    expect(digest(file)).toBe(hash);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });
});

describe("huge and odd workbooks stay within memory", () => {
  test("a 1,500-task plan with one stray value in column XFD is read, in well under 1 GB", async () => {
    const { file } = placed(await plan(1500, (ws) => (ws.getCell(1200, 16384).value = "x")));
    const run = kehoach(["check", file, "--json", "--as-of", "2025-06-30"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).plan.taskCount).toBe(1500);
    expect(run.peak).toBeLessThan(GB / 2);
  });

  test("ten thousand sheets: the plan among them is found", async () => {
    const zip = await JSZip.loadAsync(await plan(5));
    // Sheets added to the package directly: exceljs would take minutes to write 10,000 of them.
    const sheetXml =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ghi chú</t></is></c></row></sheetData></worksheet>';
    let book = await zip.file("xl/workbook.xml")!.async("string");
    let rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    let types = await zip.file("[Content_Types].xml")!.async("string");
    const sheets: string[] = [];
    const relRows: string[] = [];
    const typeRows: string[] = [];
    for (let i = 2; i <= 10_001; i++) {
      zip.file(`xl/worksheets/extra${i}.xml`, sheetXml);
      sheets.push(`<sheet name="Trang ${i}" sheetId="${i + 10}" r:id="rIdX${i}"/>`);
      relRows.push(
        `<Relationship Id="rIdX${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/extra${i}.xml"/>`,
      );
      typeRows.push(
        `<Override PartName="/xl/worksheets/extra${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      );
    }
    book = book.replace("</sheets>", `${sheets.join("")}</sheets>`);
    rels = rels.replace("</Relationships>", `${relRows.join("")}</Relationships>`);
    types = types.replace("</Types>", `${typeRows.join("")}</Types>`);
    zip.file("xl/workbook.xml", book);
    zip.file("xl/_rels/workbook.xml.rels", rels);
    zip.file("[Content_Types].xml", types);
    const { file } = placed(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const run = kehoach(["check", file, "--json", "--as-of", "2025-06-30"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).plan.sheet).toBe("Kế hoạch");
    expect(run.peak).toBeLessThan(GB);
  });

  test("an agency called History (a name Excel reserves for sheets) never stops a build", async () => {
    const { dir, file } = placed(await plan(6));
    const run = kehoach(["build", file, "-o", join(dir, "out.xlsx"), "--as-of", "2025-06-30"]);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out.xlsx"));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.some((n) => n.toLowerCase() === "history")).toBe(false);
    expect(names.some((n) => /^History/i.test(n))).toBe(true);
  });
});

describe("outputs never destroy inputs", () => {
  test("-o naming the input by several paths is refused, and the plan is unchanged", async () => {
    const { dir, file, hash } = placed(await plan(4));
    mkdirSync(join(dir, "sub"));
    for (const command of ["build", "convert", "fix-encoding"]) {
      for (const out of [file, join(dir, "sub", "..", "plan.xlsx"), relative(ROOT, file)]) {
        const args = command === "convert" ? [command, file, "--to", "matrix", "-o", out] : [command, file, "-o", out];
        const run = kehoach(args);
        expectSentence(run, /chính là tệp vào.*is the input/);
      }
    }
    expect(digest(file)).toBe(hash);
    expect(readdirSync(dir).sort()).toEqual(["plan.xlsx", "sub"]);
  });

  test("import plan.txt -o plan.txt keeps the Word text", () => {
    const dir = tempDir("robust-");
    const text = join(dir, "plan.txt");
    writeFileSync(text, readFileSync(join(ROOT, "assets", "ke-hoach-phoi-hop-2024.txt")));
    const hash = digest(text);
    expectSentence(kehoach(["import", text, "-o", text]), /plan-ke-hoach\.xlsx/);
    expect(digest(text)).toBe(hash);
  });

  test("--in-place writes over the input only after a dated backup beside it", async () => {
    const { dir, file, hash } = placed(await plan(4));
    const run = kehoach(["build", file, "--in-place", "--as-of", "2025-06-30"]);
    expect(run.code).toBe(0);
    const backup = readdirSync(dir).find((f) => f.startsWith("plan-sao-luu-"))!;
    expect(digest(join(dir, backup))).toBe(hash);
    expect(digest(file)).not.toBe(hash);
  });

  test("a folder that does not exist is created; a file in the way of the folder gets a sentence", async () => {
    const { dir, file } = placed(await plan(4));
    expect(kehoach(["build", file, "-o", join(dir, "new", "out.xlsx")]).code).toBe(0);
    writeFileSync(join(dir, "blocker"), "");
    expectSentence(kehoach(["build", file, "-o", join(dir, "blocker", "out.xlsx")]), /blocker/);
  });

  // A small filesystem of its own shows what a full disk does; mounting needs root, so elsewhere this is skipped.
  const mount = (options: string) => {
    const point = tempDir("mnt-");
    const r = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", point]);
    return r.status === 0 ? point : null;
  };
  const unmount = (point: string) => spawnSync("umount", [point]);

  test("a full disk: the build says so, and leaves no partial file and the earlier report intact", async () => {
    const point = mount("size=16k");
    if (!point) return console.warn("robustness: cannot mount a small filesystem here; full-disk case not run");
    try {
      const { file } = placed(await plan(300));
      const out = join(point, "report.xlsx");
      writeFileSync(out, "earlier report");
      const run = kehoach(["build", file, "-o", out]);
      expectSentence(run, /đầy.*full/);
      expect(readFileSync(out, "utf8")).toBe("earlier report");
      expect(readdirSync(point)).toEqual(["report.xlsx"]);
    } finally {
      unmount(point);
    }
  });

  test("a read-only folder: the build says so, naming the path", async () => {
    const point = mount("ro,size=64k");
    if (!point) return console.warn("robustness: cannot mount a read-only filesystem here; case not run");
    try {
      const { file } = placed(await plan(4));
      expectSentence(kehoach(["build", file, "-o", join(point, "report.xlsx")]), /chỉ cho đọc.*read-only/);
    } finally {
      unmount(point);
    }
  });

  test("a build killed halfway leaves the earlier report under the final name", async () => {
    const { dir, file } = placed(await plan(3000));
    const out = join(dir, "report.xlsx");
    writeFileSync(out, "earlier report");
    const child = spawn(process.execPath, [BIN, "build", file, "-o", out, "--as-of", "2025-06-30"]);
    await new Promise((r) => setTimeout(r, 1500));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const now = readFileSync(out);
    // Either the build finished before the kill (a whole workbook) or the earlier file is untouched.
    if (now.toString("utf8") !== "earlier report")
      expect((await JSZip.loadAsync(now)).file("xl/workbook.xml")).toBeTruthy();
  });
});
