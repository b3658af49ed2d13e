// Builds the production task pane into a scratch folder and weighs its JavaScript, as Excel on the web downloads it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface TaskpaneFigure {
  jsBytes: number;
  jsGzipBytes: number;
}

/** Runs the production webpack build and returns the size of taskpane.js, raw and gzipped (level 9). */
export function benchTaskpane(root: string): TaskpaneFigure {
  const out = mkdtempSync(join(tmpdir(), "kehoach-bench-build-"));
  try {
    execFileSync(join(root, "node_modules", ".bin", "webpack"), ["--mode", "production", "--output-path", out], {
      cwd: root,
      stdio: "pipe",
    });
    const js = readFileSync(join(out, "taskpane.js"));
    return { jsBytes: js.length, jsGzipBytes: gzipSync(js, { level: 9 }).length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
