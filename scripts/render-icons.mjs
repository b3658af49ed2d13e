#!/usr/bin/env node
// Regenerates the add-in's PNG icons from their hand-written SVG sources in assets/.
//
//   node scripts/render-icons.mjs                 # render every PNG listed in TARGETS below
//   node scripts/render-icons.mjs cmd-check       # only the PNGs of assets/cmd-check.svg (any number of names)
//   node scripts/render-icons.mjs --preview /tmp/icons.png
//                                                 # also write a contact sheet: each PNG at its real size on
//                                                 # light and dark ribbons, plus the 16 px ones magnified 8x
//
// Needs headless Chromium and playwright-core (a devDependency):
//   apt-get install -y chromium        (Debian; or set CHROMIUM_PATH to another Chromium/Chrome binary)
// Each SVG is drawn on a 16-unit grid (viewBox 0 0 16 16) with strokes on half-pixel lines, so it stays crisp at
// 16 px and at every whole multiple (32, 64, 80, 128). The PNGs have a transparent background.
import { createRequire } from "node:module";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const assets = path.join(root, "assets");

/** SVG source (without .svg) → the PNGs it produces: [file name, size in px]. */
const TARGETS = {
  icon: [
    ["icon-16.png", 16],
    ["icon-32.png", 32],
    ["icon-64.png", 64],
    ["icon-80.png", 80],
    ["icon-128.png", 128],
    ["logo-filled.png", 256],
  ],
};
for (const name of ["check", "highlight", "agency", "summary", "taskpane"]) {
  TARGETS[`cmd-${name}`] = [16, 32, 80].map((size) => [`cmd-${name}-${size}.png`, size]);
}

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function parseArgs(argv) {
  const options = { names: [], preview: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--preview") {
      options.preview = argv[++i];
      if (!options.preview) throw new Error("--preview needs a file name");
    } else if (arg === "--help" || arg === "-h") {
      options.help = true;
    } else if (arg.startsWith("-")) {
      throw new Error(`unknown option ${arg}`);
    } else {
      const name = arg.replace(/\.svg$/, "").replace(/^.*[\\/]/, "");
      if (!TARGETS[name]) throw new Error(`unknown icon "${arg}"; known: ${Object.keys(TARGETS).join(", ")}`);
      options.names.push(name);
    }
  }
  if (options.names.length === 0) options.names = Object.keys(TARGETS);
  return options;
}

function dataUrl(mime, buffer) {
  return `data:${mime};base64,${buffer.toString("base64")}`;
}

/** Draws one SVG at size × size CSS pixels (device scale 1) and returns the PNG bytes, background transparent. */
async function renderSvg(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}` +
      `img{display:block;width:${size}px;height:${size}px}</style></head>` +
      `<body><img alt="" src="${dataUrl("image/svg+xml", svg)}"></body></html>`,
  );
  const ok = await page.evaluate(async () => {
    const img = document.images[0];
    await img.decode();
    return img.naturalWidth > 0;
  });
  if (!ok) throw new Error("the SVG did not load (is it well-formed?)");
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** Writes a contact sheet of the given PNGs so a person can judge them at real size and magnified. */
async function renderPreview(page, rendered, file) {
  const groups = new Map();
  for (const r of rendered) {
    if (!groups.has(r.source)) groups.set(r.source, []);
    groups.get(r.source).push(r);
  }
  const row = (bg, fg) =>
    [...groups.entries()]
      .map(
        ([source, list]) =>
          `<div class="cell" style="background:${bg};color:${fg}"><div>${source}</div>` +
          list
            .filter((r) => r.size <= 128)
            .map((r) => `<img src="${dataUrl("image/png", r.png)}" width="${r.size}" height="${r.size}">`)
            .join("") +
          `</div>`,
      )
      .join("");
  const magnified = [...groups.values()]
    .map((list) => list.find((r) => r.size === 16))
    .filter(Boolean)
    .map((r) => `<img class="px" src="${dataUrl("image/png", r.png)}" width="128" height="128">`)
    .join("");
  const html =
    `<!doctype html><html><head><style>body{margin:0;font:11px sans-serif;background:#fff}` +
    `.row{display:flex;flex-wrap:wrap}.cell{padding:6px;margin:2px;display:flex;align-items:flex-end;gap:8px}` +
    `.cell div{width:90px}.px{image-rendering:pixelated;margin:4px;background:` +
    `repeating-conic-gradient(#ddd 0 25%,#fff 0 50%) 0 0/16px 16px}</style></head><body>` +
    `<div class="row">${row("#ffffff", "#000")}</div><div class="row">${row("#f3f3f3", "#000")}</div>` +
    `<div class="row">${row("#292929", "#fff")}</div><div class="row">${magnified}</div></body></html>`;
  await page.setViewportSize({ width: 1400, height: 200 });
  await page.setContent(html);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await page.screenshot({ path: file, fullPage: true });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log("usage: node scripts/render-icons.mjs [NAME ...] [--preview FILE]");
    console.log(`names: ${Object.keys(TARGETS).join(", ")}`);
    return;
  }
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  // launch() gives Chromium a fresh throw-away profile of its own (Playwright refuses an explicit --user-data-dir).
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const rendered = [];
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const source of options.names) {
      const svg = await readFile(path.join(assets, `${source}.svg`));
      for (const [file, size] of TARGETS[source]) {
        const png = await renderSvg(page, svg, size);
        await writeFile(path.join(assets, file), png);
        rendered.push({ source, file, size, png });
        console.log(`assets/${file} (${size}×${size}) ← assets/${source}.svg`);
      }
    }
    if (options.preview) {
      await renderPreview(page, rendered, options.preview);
      console.log(`preview: ${options.preview}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`render-icons: ${error.message}`);
  process.exitCode = 1;
});
