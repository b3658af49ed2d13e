// Outputs are written so they are either complete or not there: into a temporary file beside the target, flushed to
// disk, then renamed over the final name (a rename within one folder is atomic). A failure, a full disk, Ctrl-C or a
// kill leaves the final path holding what it held before. An output that is one of the inputs is refused unless the
// user asked for it, and then the input is first copied to a dated backup.
import { randomBytes } from "node:crypto";
import { constants as fsConstants, unlinkSync } from "node:fs";
import { copyFile, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { CliError } from "./cli-error";
import { fileError } from "./file-errors";

// Temporary files of writes in progress, removed if the process is stopped (SIGKILL alone cannot be caught: then the
// temporary file stays, but the final path is still untouched).
const inProgress = new Set<string>();
let cleanupInstalled = false;

function removeTemporaryFiles(): void {
  for (const path of inProgress) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to clean.
    }
  }
  inProgress.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", removeTemporaryFiles);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      removeTemporaryFiles();
      // Re-raised with the default action, so the exit status still says which signal stopped the command.
      process.kill(process.pid, signal);
    });
  }
}

/** The temporary name a write uses beside its target: hidden, and recognisable as the tool's. */
export function temporaryPathFor(target: string): string {
  const dir = dirname(resolve(target));
  return join(dir, `.~${basename(target)}.kehoach-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** Writes `target` through a temporary file that is renamed into place only once complete and on disk. */
export async function writeAtomically(target: string, write: (temporaryPath: string) => Promise<void>): Promise<void> {
  const dir = dirname(resolve(target));
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw fileError(e, dir, "folder");
  }
  installCleanup();
  const temporary = temporaryPathFor(target);
  inProgress.add(temporary);
  try {
    await write(temporary);
    const handle = await open(temporary, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    await syncFolder(dir);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw fileError(e, target, "write");
  } finally {
    inProgress.delete(temporary);
  }
}

// The rename itself is only durable once the folder's entry is flushed; some systems refuse to open a folder this way,
// and then the rename is as durable as the system makes it.
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here (e.g. on Windows): the rename stands as it is.
  }
}

/** Whether two paths name the same file (same device and inode: through relative paths, links or hard links). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** A name for the output beside the input that is not the input: "plan.xlsx" → "plan-bao-cao.xlsx". */
export function suggestedOutput(input: string, suffix: string, extension = extname(input)): string {
  const stem = basename(input, extname(input));
  return join(dirname(input), `${stem}-${suffix}${extension}`);
}

/** Refuses an output path that resolves to one of the command's inputs, suggesting another name. */
export async function refuseOutputOverInput(output: string, inputs: string[], suggestion: string): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(output, input)) {
      throw new CliError(
        `Tệp ra ${output} chính là tệp vào ${input}: ghi vào đó sẽ xóa mất bản gốc. Hãy chọn tên khác, ví dụ -o ${suggestion}, hoặc thêm --in-place để ghi đè có giữ bản sao lưu.`,
        `The output ${output} is the input ${input}: writing it would destroy the original. Choose another name, for example -o ${suggestion}, or add --in-place to overwrite it with a backup kept.`,
      );
    }
  }
}

/** Copies the input to a dated backup beside it before an in-place write; returns the backup's path. */
export async function backupBeside(input: string, now: Date): Promise<string> {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  const backup = suggestedOutput(input, `sao-luu-${stamp}`);
  try {
    await copyFile(input, backup, fsConstants.COPYFILE_EXCL);
  } catch (e) {
    throw fileError(e, backup, "write");
  }
  return backup;
}
