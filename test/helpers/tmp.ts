import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh temporary folder for files a test writes. */
export function tempDir(prefix = "kehoach-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
