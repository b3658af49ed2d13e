// The production build (`npm run build`) yields what Excel loads: the task pane, the function-command page with its
// report dialog, the help page and the rewritten manifest, with Office.js from Microsoft's CDN and a task pane small
// enough to open quickly on Excel on the web.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { RIBBON_COMMANDS } from "../../src/ribbon/ribbon";

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// test/build/manifest.test.ts builds into dist/ at the same time; this build goes to its own folder so neither
// cleans the other's output.
const out = mkdtempSync(join(tmpdir(), "kehoach-build-"));

describe("npm run build", () => {
  beforeAll(() => {
    expect(pkg.scripts.build).toBe("webpack --mode production");
    execFileSync(join(root, "node_modules", ".bin", "webpack"), ["--mode", "production", "--output-path", out], {
      cwd: root,
      stdio: "pipe",
    });
  }, 300000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("emits the task pane, the command page, the report dialog and the help page, each loading its own script", () => {
    for (const [page, script] of [
      ["taskpane.html", "taskpane.js"],
      ["commands.html", "commands.js"],
      ["report.html", "report.js"],
    ]) {
      const html = readFileSync(join(out, page), "utf8");
      // The production HTML is minified: attribute quotes are optional.
      expect(html).toMatch(new RegExp(`<script src="?${CDN.replace(/[./]/g, "\\$&")}"?>`));
      expect(html).toMatch(new RegExp(`<script defer(="defer")? src="?${script.replace(".", "\\.")}"?>`));
      expect(existsSync(join(out, script))).toBe(true);
    }
    expect(readFileSync(join(out, "help.html"), "utf8")).toContain("Kế hoạch phối hợp");
  });

  it("rewrites the manifest to the production address, and every page it names is built", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain(pkg.urlDev);
    const pages = [...manifest.matchAll(new RegExp(`${pkg.urlProd.replace(/[.]/g, "\\.")}([\\w-]+\\.html)`, "g"))].map(
      (m) => m[1],
    );
    expect(new Set(pages)).toEqual(new Set(["taskpane.html", "commands.html", "help.html"]));
    for (const page of pages) expect(existsSync(join(out, page))).toBe(true);
  });

  it("registers exactly the functions the manifest's buttons call", () => {
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    const functions = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions.sort()).toEqual(Object.keys(RIBBON_COMMANDS).sort());
  });

  it("keeps the task pane script under 250 KB gzipped", () => {
    const js = readFileSync(join(out, "taskpane.js"));
    const gz = gzipSync(js, { level: 9 }).length;
    console.log(`taskpane.js: ${(js.length / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzip`);
    expect(gz).toBeLessThan(250 * 1024);
  });
});
