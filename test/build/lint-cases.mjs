/* global process */
// Lints pieces of code as if they stood at the given paths, with the project's ESLint config, and prints the
// boundary rules' messages for each as JSON. Jest cannot load the ESM config itself, so the test runs this in Node.
import { ESLint } from "eslint";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });
const BOUNDARY_RULES = new Set(["no-restricted-imports", "no-restricted-syntax"]);
const boundaryMessages = (result) => result.messages.filter((m) => BOUNDARY_RULES.has(m.ruleId));

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { cases } = JSON.parse(input);
const out = { cases: [] };
for (const { file, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  out.cases.push(boundaryMessages(result).map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
