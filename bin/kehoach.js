#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx kehoach …` works right after `npm ci` with no build step.
require("tsx/cjs");
const { main } = require("../src/cli/cli.ts");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
