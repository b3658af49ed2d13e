// Preloaded into a `kehoach` run by the robustness suite: at exit, writes the process's peak resident memory (bytes)
// to the file named by KEHOACH_PEAK_FILE, so the suite can assert the memory bound of each command on each input.
/* global process, require */
const { writeFileSync } = require("node:fs");
const file = process.env.KEHOACH_PEAK_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
