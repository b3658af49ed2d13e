// `npm run accuracy`: how well the tool reads the real-plan corpus, per plan and in total. Prints a table;
// `-- --json` prints one JSON object instead; `-- --misses` (or `--verbose`) also lists every miss, one a line.
import { scoreCorpus } from "./corpus";
import { FIELDS, allOf, percent, totalOf, type Miss, type Tally } from "./score";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scores = await scoreCorpus();
  const total = totalOf(scores);
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify({ plans: scores, total }, null, 2) + "\n");
    return;
  }
  const out = (s: string) => void process.stdout.write(s + "\n");
  const width = Math.max(5, ...scores.map((s) => s.plan.length));
  out(["plan".padEnd(width), ...FIELDS.map((f) => f.padStart(17)), "all".padStart(17)].join(" "));
  for (const s of scores) {
    const cells = FIELDS.map((f) => cell(s.tallies[f]));
    out([s.plan.padEnd(width), ...cells, cell(allOf(s.tallies)), s.opened ? "" : "  NO PLAN"].join(" "));
  }
  out(["total".padEnd(width), ...FIELDS.map((f) => cell(total.tallies[f])), cell(total.all)].join(" "));
  const unscored = scores.flatMap((s) => s.unscored.map((rule) => `${s.plan}: ${rule}`));
  if (unscored.length) out(`\nwhole-table problems not scored (no finding kind matches them): ${unscored.join("; ")}`);
  if (args.includes("--misses") || args.includes("--verbose")) {
    out("\nplan\tkey\tfield\texpected\tgot");
    for (const m of scores.flatMap((s) => s.misses)) out(missLine(m));
  }
}

// "right/total pct%", or a dash when nothing of the kind was checked.
function cell(t: Tally): string {
  return (t.total === 0 ? "—" : `${t.right}/${t.total} ${percent(t).toFixed(1)}%`).padStart(17);
}

function missLine(m: Miss): string {
  return [m.plan, m.key, m.field, JSON.stringify(m.expected), JSON.stringify(m.got)].join("\t");
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
