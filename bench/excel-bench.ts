// Runs every add-in command through the in-memory Excel simulator and records what Excel would see: round trips,
// the largest single request, and cells written.
import type { Finding } from "../src/core/check/finding";
import { applyFixes, buildAgencySheets, buildSummary, highlightDeadlines, readAndCheckPlan } from "../src/excel";
import { createWorkbook, PAYLOAD_LIMIT_BYTES, type SimWorkbook } from "../test/excel-sim";
import { generatePlanGrid } from "./generate-plan";

export interface ExcelFigure {
  command: string;
  tasks: number;
  agencies: number;
  syncs: number;
  maxRequestBytes: number;
  cellsWritten: number;
  /** Largest single response (values read back), bytes; a response refused for passing 5 MB is not counted. */
  maxResponseBytes: number;
  /** Requests Excel refused for passing 5 MB (the reader then reads again in blocks). */
  refusedSyncs: number;
  /** Request and response bytes of the whole command. */
  bytesMoved: number;
  /** The fewest round trips that could carry bytesMoved under Excel on the web's 5 MB limit per request and response. */
  floorSyncs: number;
  /** Set when the command failed (e.g. a request over Excel on the web's 5 MB limit). */
  error?: string;
}

const AS_OF = "2026-07-01";

/** Runs readAndCheckPlan (the service's readPlan), applyFixes, highlightDeadlines, buildAgencySheets and buildSummary on a generated plan of each size. */
export async function benchExcel(sizes: number[], agencies: number): Promise<ExcelFigure[]> {
  const out: ExcelFigure[] = [];
  for (const tasks of sizes) {
    const sim = createWorkbook({
      sheets: [{ name: "Kế hoạch", cells: generatePlanGrid(tasks, agencies) as (string | number | null)[][] }],
    });
    const env = { isSetSupported: (name: string, version: string) => sim.isSetSupported(name, version) };
    let findings: Finding[] = [];
    const commands: [string, (ctx: Excel.RequestContext) => Promise<unknown>][] = [
      [
        "readPlan",
        async (ctx) => {
          const r = await readAndCheckPlan(ctx, env, { asOf: AS_OF });
          findings = r.found ? r.findings : [];
        },
      ],
      [
        "applyFixes",
        (ctx) =>
          applyFixes(
            ctx,
            env,
            findings.filter((f) => f.fix?.kind === "setCell"),
          ),
      ],
      ["highlightDeadlines", (ctx) => highlightDeadlines(ctx, env, { asOf: AS_OF })],
      ["buildAgencySheets", (ctx) => buildAgencySheets(ctx, env, { asOf: AS_OF })],
      ["buildSummary", (ctx) => buildSummary(ctx, env, { asOf: AS_OF })],
    ];
    for (const [command, run] of commands) out.push(await measure(sim, command, tasks, agencies, run));
  }
  return out;
}

async function measure(
  sim: SimWorkbook,
  command: string,
  tasks: number,
  agencies: number,
  run: (ctx: Excel.RequestContext) => Promise<unknown>,
): Promise<ExcelFigure> {
  sim.resetStats();
  let error: string | undefined;
  try {
    await run(sim.requestContext());
  } catch (e) {
    error = e instanceof Error ? `${(e as { code?: string }).code ?? e.name}: ${e.message.slice(0, 120)}` : String(e);
  }
  const s = sim.stats;
  const answered = s.requests.filter((r) => !r.error);
  const requestBytes = answered.reduce((n, r) => n + r.bytes, 0);
  const responseBytes = answered.reduce((n, r) => n + r.responseBytes, 0);
  return {
    command,
    tasks,
    agencies,
    syncs: s.syncs,
    maxRequestBytes: s.maxRequestBytes,
    cellsWritten: s.cellsWritten,
    maxResponseBytes: Math.max(0, ...answered.map((r) => r.responseBytes)),
    refusedSyncs: s.requests.length - answered.length,
    bytesMoved: requestBytes + responseBytes,
    floorSyncs: Math.max(
      Math.ceil(requestBytes / PAYLOAD_LIMIT_BYTES),
      Math.ceil(responseBytes / PAYLOAD_LIMIT_BYTES),
      1,
    ),
    ...(error ? { error } : {}),
  };
}
