import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const validator = join(root, "..", "shared", "manifest-schema", "validate");
// .ci/run installs libxml2-utils; without xmllint the offline schema check cannot run and says so.
const hasXmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0 && existsSync(validator);
if (!hasXmllint) console.warn("xmllint or ../shared/manifest-schema missing: manifest schema validation skipped.");

describe("the production build", () => {
  beforeAll(() => {
    execFileSync(join(root, "node_modules", ".bin", "webpack"), ["--mode", "production"], { cwd: root, stdio: "pipe" });
  }, 120000);

  it("rewrites every development URL of the manifest to urlProd", () => {
    const built = readFileSync(join(root, "dist", "manifest.xml"), "utf8");
    expect(built).not.toContain(pkg.urlDev);
    expect(built).toContain(`${pkg.urlProd}taskpane.html`);
    expect(built).toContain(`${pkg.urlProd}commands.html`);
  });

  it("ships every icon the manifest names", () => {
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    const icons = [...manifest.matchAll(/assets\/([\w-]+\.png)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThan(10);
    for (const icon of icons) expect(existsSync(join(root, "dist", "assets", icon))).toBe(true);
  });

  (hasXmllint ? it : it.skip)("validates offline against the published schemas, before and after the rewrite", () => {
    for (const file of [join(root, "manifest.xml"), join(root, "dist", "manifest.xml")]) {
      const r = spawnSync(validator, [file], { encoding: "utf8" });
      expect([r.status, r.stdout + r.stderr]).toEqual([0, expect.stringContaining("validates")]);
    }
  });
});
