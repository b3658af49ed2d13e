// Writes that cannot destroy: the final path holds either the complete new file or what it held before, whatever
// happens during the write; an output that is the input is refused; file-system errors become sentences.
import { spawn } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { CliError } from "../../src/cli/cli-error";
import { fileError } from "../../src/cli/file-errors";
import {
  backupBeside,
  refuseOutputOverInput,
  sameFile,
  suggestedOutput,
  writeAtomically,
} from "../../src/cli/safe-write";
import { tempDir } from "../helpers/tmp";

describe("writeAtomically", () => {
  test("replaces the target only when the write completes, leaving no temporary file", async () => {
    const dir = tempDir();
    const target = join(dir, "report.xlsx");
    writeFileSync(target, "old");
    await writeAtomically(target, (tmp) => writeFile(tmp, "new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  test("a write that fails halfway leaves the previous file and no temporary file", async () => {
    const dir = tempDir();
    const target = join(dir, "report.xlsx");
    writeFileSync(target, "old");
    await expect(
      writeAtomically(target, async (tmp) => {
        await writeFile(tmp, "half of it");
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      }),
    ).rejects.toThrow(/ổ đĩa đã đầy.*the disk is full/);
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  test("creates the target's folder, and names a folder it cannot create", async () => {
    const dir = tempDir();
    await writeAtomically(join(dir, "a", "b", "out.xlsx"), (tmp) => writeFile(tmp, "x"));
    expect(readFileSync(join(dir, "a", "b", "out.xlsx"), "utf8")).toBe("x");
    writeFileSync(join(dir, "file"), "");
    const failure = writeAtomically(join(dir, "file", "sub", "out.xlsx"), (tmp) => writeFile(tmp, "x"));
    await expect(failure).rejects.toBeInstanceOf(CliError);
    await expect(failure).rejects.toThrow(/Không tạo thư mục được .*file/);
  });

  test("a target that is a folder gets a sentence, and the folder is untouched", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out.xlsx"));
    await expect(writeAtomically(join(dir, "out.xlsx"), (tmp) => writeFile(tmp, "x"))).rejects.toBeInstanceOf(CliError);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readdirSync(join(dir, "out.xlsx"))).toEqual([]);
  });

  // A separate process is stopped in the middle of a write, as Ctrl-C or a kill would.
  async function stoppedMidWrite(signal: NodeJS.Signals): Promise<string> {
    const dir = tempDir();
    const target = join(dir, "report.xlsx");
    writeFileSync(target, "old");
    const script = `
      const { writeAtomically } = require(${JSON.stringify(join(__dirname, "../../src/cli/safe-write"))});
      const { writeFile } = require("node:fs/promises");
      writeAtomically(${JSON.stringify(target)}, async (tmp) => {
        await writeFile(tmp, "partial");
        process.stdout.write("writing\\n");
        await new Promise((r) => setTimeout(r, 60000));
      });`;
    const child = spawn(process.execPath, ["-r", "tsx/cjs", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((done) => child.stdout.once("data", () => done()));
    child.kill(signal);
    await new Promise((done) => child.once("exit", done));
    expect(readFileSync(target, "utf8")).toBe("old");
    return dir;
  }

  test("Ctrl-C or a polite kill during the write: the old file stays, the temporary file is removed", async () => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const dir = await stoppedMidWrite(signal);
      expect(readdirSync(dir)).toEqual(["report.xlsx"]);
    }
  });

  test("a hard kill during the write: the old file stays under the final name", async () => {
    const dir = await stoppedMidWrite("SIGKILL");
    expect(readdirSync(dir).filter((f) => !f.startsWith(".~"))).toEqual(["report.xlsx"]);
  });
});

describe("output over input", () => {
  test("the same file is recognised through relative paths, symbolic links and hard links", async () => {
    const dir = tempDir();
    const plan = join(dir, "plan.xlsx");
    writeFileSync(plan, "plan");
    mkdirSync(join(dir, "sub"));
    symlinkSync(plan, join(dir, "link.xlsx"));
    linkSync(plan, join(dir, "hard.xlsx"));
    const viaDots = join(dir, "sub", "..", "plan.xlsx");
    expect(await sameFile(plan, viaDots)).toBe(true);
    expect(await sameFile(plan, relative(process.cwd(), plan))).toBe(true);
    expect(await sameFile(plan, join(dir, "link.xlsx"))).toBe(true);
    expect(await sameFile(plan, join(dir, "hard.xlsx"))).toBe(true);
    writeFileSync(join(dir, "other.xlsx"), "plan");
    expect(await sameFile(plan, join(dir, "other.xlsx"))).toBe(false);
    expect(await sameFile(plan, join(dir, "missing.xlsx"))).toBe(false);
  });

  test("an output naming the input is refused with a suggested name", async () => {
    const dir = tempDir();
    const plan = join(dir, "plan.xlsx");
    writeFileSync(plan, "plan");
    const suggestion = suggestedOutput(plan, "bao-cao");
    expect(suggestion).toBe(join(dir, "plan-bao-cao.xlsx"));
    await expect(refuseOutputOverInput(join(dir, "sub", "..", "plan.xlsx"), [plan], suggestion)).rejects.toThrow(
      /chính là tệp vào.*plan-bao-cao\.xlsx.*is the input/,
    );
    await expect(refuseOutputOverInput(suggestion, [plan], suggestion)).resolves.toBeUndefined();
    expect(readFileSync(plan, "utf8")).toBe("plan");
  });

  test("an in-place write keeps a dated backup, never over an earlier one", async () => {
    const dir = tempDir();
    const plan = join(dir, "plan.xlsx");
    writeFileSync(plan, "plan");
    const now = new Date("2026-12-03T18:32:11Z");
    const backup = await backupBeside(plan, now);
    expect(backup).toBe(join(dir, "plan-sao-luu-20261203-183211.xlsx"));
    expect(readFileSync(backup, "utf8")).toBe("plan");
    await expect(backupBeside(plan, now)).rejects.toBeInstanceOf(CliError);
    expect(existsSync(plan)).toBe(true);
  });
});

describe("file-system errors become sentences", () => {
  test.each([
    ["ENOENT", "read", /Không tìm thấy tệp.*File not found/],
    ["ENOENT", "write", /thư mục chứa nó không tồn tại.*its folder does not exist/],
    ["EACCES", "read", /không có quyền đọc.*no permission to read/],
    ["EACCES", "write", /không có quyền ghi.*no permission to write/],
    ["EPERM", "write", /không có quyền ghi/],
    ["EROFS", "write", /chỉ cho đọc.*read-only/],
    ["EISDIR", "write", /thư mục.*folder/],
    ["ENOSPC", "write", /đầy.*full/],
    ["ENAMETOOLONG", "write", /quá dài.*too long/],
    ["EBUSY", "write", /đang được chương trình khác dùng.*in use/],
    ["EXDEV", "write", /EXDEV/],
  ] as const)("%s while trying to %s", (code, action, sentence) => {
    const e = Object.assign(new Error(`${code}: something, open '/x/y'`), { code });
    const out = fileError(e, "/x/y.xlsx", action);
    expect(out).toBeInstanceOf(CliError);
    const message = (out as CliError).message;
    expect(message).toMatch(sentence);
    expect(message).toContain("/x/y.xlsx");
    expect(message).not.toMatch(/something|open '/);
  });

  test("an error that is not the file system's passes through", () => {
    const e = new TypeError("bug");
    expect(fileError(e, "/x", "read")).toBe(e);
  });
});
