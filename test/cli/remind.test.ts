// `kehoach remind` on the seed plan as the import writes it, with contacts typed into its registry sheet: one .eml
// per agency with something due, parsed back by Python's standard email parser (headers, encoded subject, UTF-8 body)
// and checked line by line against RFC 5322 / RFC 2047.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/run-cli";
import { SEED_AGENCIES, SEED_TEXT } from "../helpers/seed";
import { tempDir } from "../helpers/tmp";

const [DAN_VAN, KKT, LABOUR] = SEED_AGENCIES;
const LINK = "https://haiphong.sharepoint.com/sites/kh/ke-hoach-2024.xlsx";

// The seed imported, then the registry's contact cells typed in (agencies on rows 5–7, sorted as the import writes).
async function seedPlanWithContacts(dir: string): Promise<string> {
  const txt = join(dir, "seed.txt");
  writeFileSync(txt, SEED_TEXT);
  const plan = join(dir, "ke-hoach.xlsx");
  expect((await runCli("import", txt, "-o", plan)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(plan);
  const ws = wb.getWorksheet("Danh mục cơ quan")!;
  expect([ws.getCell("A5").value, ws.getCell("A6").value, ws.getCell("A7").value]).toEqual(SEED_AGENCIES);
  expect([ws.getCell("E4").value, ws.getCell("F4").value]).toEqual(["Người liên hệ", "Email"]);
  ws.getCell("E5").value = "Nguyễn Văn An";
  ws.getCell("F5").value = "danvan@haiphong.gov.vn; vanthu.danvan@haiphong.gov.vn";
  ws.getCell("F6").value = "kkt haiphong";
  await wb.xlsx.writeFile(plan);
  return plan;
}

interface Parsed {
  defects: string[];
  subject: string;
  to: string[];
  from: string;
  date: string | null;
  messageId: string;
  mime: string;
  contentType: string;
  charset: string;
  encoding: string;
  /** Every line of the decoded body ends in CRLF, as Windows mail programs expect. */
  crlf: boolean;
  body: string;
}

// Python's email package (the standard library's RFC 5322/2047 parser) reads each file and reports what it found.
const PYTHON = `
import email, json, sys
from email import policy
from email.utils import getaddresses, parsedate_to_datetime
out = []
for path in sys.argv[1:]:
    m = email.message_from_bytes(open(path, 'rb').read(), policy=policy.default)
    date = m['Date']
    out.append({
        'defects': [type(d).__name__ for d in m.defects] + [type(d).__name__ for h in m.values() for d in getattr(h, 'defects', [])],
        'subject': str(m['Subject']),
        'to': [a for _, a in getaddresses([str(m['To'])])] if m['To'] else [],
        'from': str(m['From']),
        'date': parsedate_to_datetime(str(date)).isoformat() if date else None,
        'messageId': str(m['Message-ID']),
        'mime': str(m['MIME-Version']),
        'contentType': m.get_content_type(),
        'charset': m.get_content_charset(),
        'encoding': str(m['Content-Transfer-Encoding']),
        'crlf': '\\n' not in m.get_content().replace('\\r\\n', ''),
        'body': m.get_content().replace('\\r\\n', '\\n'),
    })
print(json.dumps(out, ensure_ascii=False))
`;

function parseWithPython(paths: string[]): Parsed[] {
  return JSON.parse(execFileSync("python3", ["-c", PYTHON, ...paths], { encoding: "utf8" })) as Parsed[];
}

// What the RFC require of the raw file, checked without a parser: 7-bit ASCII, CRLF line ends, lines of at most 78
// characters, encoded-words of at most 75 whose base64 decodes to valid UTF-8, a blank line between header and body.
function strictChecks(raw: Buffer): string[] {
  const problems: string[] = [];
  if (raw.some((b) => b > 0x7e || (b < 0x20 && b !== 0x0d && b !== 0x0a))) problems.push("not 7-bit text");
  const text = raw.toString("latin1");
  if (/[^\r]\n/.test(text)) problems.push("bare LF");
  const lines = text.split("\r\n");
  for (const l of lines) if (l.length > 78) problems.push(`line over 78: ${l}`);
  const blank = lines.indexOf("");
  if (blank < 1) problems.push("no header/body separator");
  for (const w of text.slice(0, text.indexOf("\r\n\r\n")).match(/=\?[^?]+\?[BbQq]\?[^?]*\?=/g) ?? []) {
    if (w.length > 75) problems.push(`encoded-word over 75: ${w}`);
    const b64 = /^=\?UTF-8\?B\?([^?]*)\?=$/.exec(w)?.[1];
    if (b64 === undefined) problems.push(`not UTF-8/B: ${w}`);
    else new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(b64, "base64"));
  }
  return problems;
}

describe("kehoach remind", () => {
  it("writes one parsable Vietnamese draft per agency with something due, addressed from the registry", async () => {
    const dir = tempDir();
    const plan = await seedPlanWithContacts(dir);
    const out = join(dir, "nhac-viec");
    const run = await runCli("remind", plan, "--as-of", "2024-06-25", "--days", "14", "--link", LINK, "-o", out);
    expect(run.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      "nhac-viec-ban-dan-van-thanh-uy.eml",
      "nhac-viec-ban-quan-ly-khu-kinh-te-hai-phong.eml",
      "nhac-viec-lien-doan-lao-dong-thanh-pho.eml",
    ]);
    const paths = files.map((f) => join(out, f));
    for (const p of paths) expect([p, strictChecks(readFileSync(p))]).toEqual([p, []]);
    const [danvan, kkt, labour] = parseWithPython(paths);
    for (const m of [danvan, kkt, labour]) {
      expect(m.defects).toEqual([]);
      expect([m.mime, m.contentType, m.charset, m.encoding]).toEqual(["1.0", "text/plain", "utf-8", "base64"]);
      expect(m.messageId).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
      expect(m.date).not.toBeNull();
      expect(m.from).toBe("Kế hoạch phối hợp <nhac-viec@kehoach.invalid>");
      expect(m.body).toContain(LINK);
      expect(m.crlf).toBe(true);
      expect(m.body.normalize("NFC")).toBe(m.body);
    }
    expect(danvan.to).toEqual(["danvan@haiphong.gov.vn", "vanthu.danvan@haiphong.gov.vn"]);
    expect(danvan.subject).toMatch(/^Nhắc việc đến ngày 25\/06\/2024: .* — Ban Dân vận Thành ủy$/);
    expect(danvan.body).toMatch(/^Kính gửi: Ban Dân vận Thành ủy\nNgười liên hệ: Nguyễn Văn An\n/);
    // An address that is not one and an agency with no email: drafts with no recipient, and findings on stdout.
    expect(kkt.to).toEqual([]);
    expect(labour.to).toEqual([]);
    expect(labour.body).toContain("NHIỆM VỤ ĐẾN HẠN TRONG 14 NGÀY TỚI (đến 09/07/2024)");
    expect(run.stdout).toContain(
      `${DAN_VAN}: 3 quá hạn / overdue, 3 sắp đến hạn / due soon, 0 định kỳ / recurring → nhac-viec-ban-dan-van-thanh-uy.eml`,
    );
    expect(danvan.body).toContain("NHIỆM VỤ QUÁ HẠN (3):");
    expect(run.stdout).toContain("(danvan@haiphong.gov.vn, vanthu.danvan@haiphong.gov.vn)");
    expect(run.stdout).toContain(
      '[agency-email-invalid] Danh mục cơ quan!F6: email của "Ban Quản lý Khu kinh tế Hải Phòng" có "kkt haiphong"',
    );
    expect(run.stdout).toContain(`[agency-email-missing] Danh mục cơ quan!F7: "${LABOUR}" chưa có email`);
    expect(run.stdout).toContain(KKT);
  });

  it("prints the same data as JSON, and writes nothing for agencies with nothing due", async () => {
    const dir = tempDir();
    const plan = await seedPlanWithContacts(dir);
    const run = await runCli("remind", plan, "--as-of", "2024-01-05", "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ asOf: "2024-01-05", until: "2024-01-19", days: 14, link: null });
    expect(json.agencies.map((a: { agency: string }) => a.agency)).toEqual(SEED_AGENCIES);
    for (const a of json.agencies) expect([a.overdue, a.dueSoon, a.recurring, a.file]).toEqual([[], [], [], null]);
    const out = join(dir, "trong");
    const text = await runCli("remind", plan, "--as-of", "2024-01-05", "-o", out);
    expect(text.stdout).toContain(`${DAN_VAN}: không có việc đến hạn / nothing due`);
    expect(() => readdirSync(out)).toThrow();

    const late = JSON.parse((await runCli("remind", plan, "--as-of", "2024-07-10", "--days", "0", "--json")).stdout);
    const danvan = late.agencies.find((a: { agency: string }) => a.agency === DAN_VAN);
    expect(danvan.emails).toEqual(["danvan@haiphong.gov.vn", "vanthu.danvan@haiphong.gov.vn"]);
    expect(danvan.overdue.length).toBeGreaterThan(0);
    for (const i of danvan.overdue)
      expect(i.daysOverdue).toBe(Math.round((Date.parse("2024-07-10") - Date.parse(i.date)) / 86_400_000));
    expect(late.findings.map((f: { rule: string }) => f.rule)).toEqual([
      "agency-email-invalid",
      "agency-email-missing",
    ]);
  });

  it("refuses options it cannot use, in a sentence", async () => {
    const dir = tempDir();
    const plan = await seedPlanWithContacts(dir);
    for (const [args, words] of [
      [["--days", "hai"], "--days"],
      [["--link", "ftp://x/y.xlsx"], "--link"],
      [["--from", "không phải email"], "--from"],
      [["--quarter", "2"], "--quarter"],
    ] as const) {
      const run = await runCli("remind", plan, "-o", join(dir, "x"), ...args);
      expect([args, run.code]).toEqual([args, 2]);
      expect(run.stderr).toContain(words);
    }
    expect((await runCli("remind", plan)).stderr).toContain("Missing -o FOLDER or --json");
  });
});
