import { cellAddress } from "../model/address";
import { finding, sortFindings, type Bilingual, type Finding, type RuleId } from "./finding";
import type { Plan, Task } from "../model/plan";
import { matchAgency, suggestInitialsMatch, type NamedAgency } from "../read/registry";
import { ROLE_LABEL } from "../read/vocabulary";

/** Settings of the checks that a coordinator may tune. */
export interface CheckOptions {
  /** An agency is "overloaded" when it leads at least this many times the average of the others (and at least minLeads tasks). */
  overloadRatio: number;
  overloadMinLeads: number;
  /** The registry came from the workbook's registry sheet: names outside it are reported. */
  registryFromWorkbook: boolean;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  overloadRatio: 2,
  overloadMinLeads: 5,
  registryFromWorkbook: false,
};

/** Runs every consistency rule of DESIGN §4 over a plan and returns the findings, errors first. */
export function checkPlan(plan: Plan, options: Partial<CheckOptions> = {}): Finding[] {
  const opts = { ...DEFAULT_CHECK_OPTIONS, ...options };
  const out: Finding[] = [];
  out.push(...planFindings(plan));
  const seen = new Map<string, Task>();
  for (const task of plan.tasks) {
    taskFindings(plan, task, opts, out);
    // Numbering restarts in each section: a number counts twice only within one section (the same key).
    if (task.number !== null && task.key !== null) {
      const first = seen.get(task.key);
      if (first) {
        out.push(
          at(plan, task, task.cells.number, "number-duplicate", {
            vi: `số thứ tự "${task.number}" đã dùng cho nhiệm vụ ở dòng ${first.row}.`,
            en: `number "${task.number}" is already used by the task on row ${first.row}.`,
          }),
        );
      } else seen.set(task.key, task);
    }
  }
  out.push(...agencyFindings(plan, opts));
  return sortFindings(out);
}

// Every message starts with where it is, so a printed report is usable without the add-in.
function at(plan: Plan, task: Task | null, cell: string, rule: RuleId, msg: Bilingual, fix?: Finding["fix"]): Finding {
  const where = `${plan.sheet}!${cell}`;
  const vi = task ? `Nhiệm vụ ${task.key ?? `dòng ${task.row}`} (${where}): ${msg.vi}` : `${where}: ${msg.vi}`;
  const en = task ? `Task ${task.key ?? `on row ${task.row}`} (${where}): ${msg.en}` : `${where}: ${msg.en}`;
  return finding(rule, { sheet: plan.sheet, cell, task: task?.key ?? null }, { vi, en }, fix);
}

function planFindings(plan: Plan): Finding[] {
  if (plan.year !== null) return [];
  const cell = cellAddress(Math.max(1, plan.headerTop - 1), plan.left);
  return [
    at(plan, null, cell, "year-unknown", {
      vi: 'không tìm thấy năm của kế hoạch (ví dụ "… năm 2024" trong tiêu đề); thời hạn như "Quý I" cần năm — dùng --year hoặc cài đặt năm.',
      en: 'no plan year found (e.g. "… năm 2024" in the title); times such as "Quý I" need one — use --year or set the year.',
    }),
  ];
}

function taskFindings(plan: Plan, task: Task, opts: CheckOptions, out: Finding[]): void {
  const s = task.source;
  if (task.number === null) {
    out.push(
      at(plan, task, task.cells.number, "number-missing", {
        vi: "dòng có nội dung nhưng thiếu số thứ tự.",
        en: "the row has content but no number.",
      }),
    );
  }
  if (task.number !== null && task.content === "") {
    out.push(
      at(plan, task, task.cells.content, "content-empty", {
        vi: "nhiệm vụ không có nội dung.",
        en: "the task has no content.",
      }),
    );
  }
  if (plan.layout === "matrix") matrixRoleFindings(plan, task, out);
  else columnsRoleFindings(plan, task, opts, out);
  out.push(...timeFindings(plan, task));
  if (!s.statusKnown && task.cells.status) {
    out.push(
      at(plan, task, task.cells.status, "status-unknown", {
        vi: `trạng thái "${task.statusText}" không hợp lệ (dùng: Chưa thực hiện, Đang thực hiện, Hoàn thành).`,
        en: `status "${task.statusText}" is not recognised (use: Chưa thực hiện, Đang thực hiện, Hoàn thành).`,
      }),
    );
  }
  if (!s.completedValid && task.cells.completedOn) {
    out.push(
      at(plan, task, task.cells.completedOn, "date-unknown", {
        vi: `ngày hoàn thành "${s.completedText}" không đọc được (viết ngày/tháng/năm, ví dụ 30/06/2024).`,
        en: `completion date "${s.completedText}" cannot be read (write day/month/year, e.g. 30/06/2024).`,
      }),
    );
  }
  // The column's presence, not the address: addresses are made only for findings.
  if (s.completedValid && plan.columns.completedOn !== null) {
    if (task.status === "done" && !task.completedOn) {
      out.push(
        at(plan, task, task.cells.completedOn!, "status-date-mismatch", {
          vi: "đã hoàn thành nhưng chưa có ngày hoàn thành.",
          en: "marked done but has no completion date.",
        }),
      );
    } else if (task.status !== "done" && task.completedOn) {
      out.push(
        at(plan, task, task.cells.status ?? task.cells.completedOn!, "status-date-mismatch", {
          vi: 'có ngày hoàn thành nhưng trạng thái chưa là "Hoàn thành".',
          en: 'has a completion date but its status is not "Hoàn thành" (done).',
        }),
      );
    }
  }
}

function matrixRoleFindings(plan: Plan, task: Task, out: Finding[]): void {
  const s = task.source;
  for (const rc of s.oddRoleCells) {
    if (rc.reading === "unknown") {
      out.push(
        at(plan, task, rc.cell, "role-unknown", {
          vi: `vai trò "${rc.text}" của ${rc.agency} không hợp lệ (dùng "Chủ trì" hoặc "Phối hợp", hoặc để trống).`,
          en: `role "${rc.text}" for ${rc.agency} is not recognised (use "Chủ trì" or "Phối hợp", or leave it empty).`,
        }),
      );
    } else if (!s.inherited.includes("roles")) {
      const to = ROLE_LABEL[rc.reading];
      out.push(
        at(
          plan,
          task,
          rc.cell,
          "role-nonstandard",
          { vi: `"${rc.text}" nên viết là "${to}".`, en: `"${rc.text}" should be written "${to}".` },
          { kind: "setCell", sheet: plan.sheet, cell: rc.cell, from: rc.text, to },
        ),
      );
    }
  }
  const leads = task.assignments.filter((a) => a.role === "lead");
  if (leads.length === 0 && s.oddRoleCells.every((r) => r.reading !== "unknown")) {
    const cell = task.assignments[0]?.cell ?? task.cells.content;
    out.push(
      at(plan, task, cell, "lead-missing", { vi: 'không có cơ quan "Chủ trì".', en: 'no agency is "Chủ trì" (lead).' }),
    );
  }
  if (leads.length > 1) {
    const names = leads.map((l) => l.agency).join(", ");
    out.push(
      at(plan, task, leads[1].cell, "lead-multiple", {
        vi: `có ${leads.length} cơ quan chủ trì (${names}); mỗi nhiệm vụ chỉ một cơ quan chủ trì.`,
        en: `${leads.length} agencies lead it (${names}); a task has exactly one lead.`,
      }),
    );
  }
}

function columnsRoleFindings(plan: Plan, task: Task, opts: CheckOptions, out: Finding[]): void {
  const s = task.source;
  const leadCell = task.cells.lead!;
  if (s.leadNames.length === 0) {
    out.push(
      at(plan, task, leadCell, "lead-missing", { vi: "chưa ghi cơ quan chủ trì.", en: "no lead agency is given." }),
    );
  }
  if (s.leadNames.length > 1) {
    const names = s.leadNames.map((n) => n.written).join("; ");
    out.push(
      at(plan, task, leadCell, "lead-multiple", {
        vi: `ô chủ trì ghi ${s.leadNames.length} cơ quan (${names}); mỗi nhiệm vụ chỉ một cơ quan chủ trì.`,
        en: `the lead cell names ${s.leadNames.length} agencies (${names}); a task has exactly one lead.`,
      }),
    );
  }
  if (s.leadNames.length === 1 && s.leadNames[0].group) {
    out.push(
      at(plan, task, leadCell, "lead-group", {
        vi: `chủ trì là nhóm "${s.leadNames[0].written}": mỗi cơ quan trong nhóm chủ trì phần việc của mình.`,
        en: `the lead is the group "${s.leadNames[0].written}": each member leads its own part.`,
      }),
    );
  }
  const leadKeys = new Set(s.leadNames.map((n) => n.agency?.name ?? n.written));
  for (const n of s.coordinatorNames) {
    if (leadKeys.has(n.agency?.name ?? n.written) && !n.group) {
      out.push(
        at(plan, task, task.cells.coordinators!, "lead-also-coordinator", {
          vi: `${n.agency?.name ?? n.written} vừa chủ trì vừa được ghi là phối hợp.`,
          en: `${n.agency?.name ?? n.written} leads the task and is also listed as a coordinator.`,
        }),
      );
    }
  }
  // An inherited cell belongs to the group row: it is reported once, there.
  if (!s.inherited.includes("lead")) out.push(...nameFindings(plan, task, leadCell, s.leadText, s.leadNames, opts));
  if (task.cells.coordinators && !s.inherited.includes("coordinators")) {
    out.push(...nameFindings(plan, task, task.cells.coordinators, s.coordinatorText, s.coordinatorNames, opts));
  }
}

function nameFindings(
  plan: Plan,
  task: Task,
  cell: string,
  text: string,
  names: NamedAgency[],
  opts: CheckOptions,
): Finding[] {
  const out: Finding[] = [];
  for (const n of names) {
    if (n.agency && n.alias) {
      const to = text.split(n.written).join(n.agency.name);
      out.push(
        at(
          plan,
          task,
          cell,
          "agency-alias",
          {
            vi: `"${n.written}" là cách viết khác của "${n.agency.name}" trong danh mục cơ quan.`,
            en: `"${n.written}" is another spelling of "${n.agency.name}" in the agency registry.`,
          },
          { kind: "setCell", sheet: plan.sheet, cell, from: text, to },
        ),
      );
    } else if (!n.agency && !n.group && opts.registryFromWorkbook) {
      const guess = suggestInitialsMatch(n.written, plan.agencies);
      out.push(
        at(
          plan,
          task,
          cell,
          "agency-unknown",
          guess
            ? {
                vi: `"${n.written}" không có trong danh mục cơ quan — có phải là "${guess.name}"? Thêm làm tên viết tắt nếu đúng.`,
                en: `"${n.written}" is not in the agency registry — is it "${guess.name}"? Add it as an alias if so.`,
              }
            : {
                vi: `"${n.written}" không có trong danh mục cơ quan: thêm vào danh mục hoặc ghi là tên khác của một cơ quan đã có.`,
                en: `"${n.written}" is not in the agency registry: add it, or record it as another name of a listed agency.`,
              },
          guess ? { kind: "addAlias", alias: n.written, agency: guess.name } : { kind: "addAgency", name: n.written },
        ),
      );
    } else if (!n.agency && !n.group) {
      const guess = suggestInitialsMatch(n.written, plan.agencies);
      if (guess) {
        out.push(
          at(
            plan,
            task,
            cell,
            "agency-alias",
            {
              vi: `"${n.written}" có thể là viết tắt của "${guess.name}" — ghi nhận làm tên khác nếu đúng.`,
              en: `"${n.written}" may be short for "${guess.name}" — record it as an alias if so.`,
            },
            { kind: "addAlias", alias: n.written, agency: guess.name },
          ),
        );
      }
    }
  }
  return out;
}

function timeFindings(plan: Plan, task: Task): Finding[] {
  const cell = task.cells.time;
  if (cell === null || task.source.inherited.includes("time")) return [];
  const t = task.time;
  if (t.kind === "unknown") {
    const empty = task.timeText === "";
    return [
      at(
        plan,
        task,
        cell,
        "time-unknown",
        empty
          ? { vi: "chưa ghi thời gian thực hiện.", en: "no time is given." }
          : {
              vi: `không đọc được thời gian "${task.timeText}" (ví dụ hợp lệ: Quý II, Tháng 6/2025, 30/6/2025, Cả năm, Thường xuyên).`,
              en: `cannot read the time "${task.timeText}" (valid examples: Quý II, Tháng 6/2025, 30/6/2025, Cả năm, Thường xuyên).`,
            },
      ),
    ];
  }
  if (plan.year !== null && t.kind === "deadline" && t.explicitYear && !t.years.includes(plan.year)) {
    return [
      at(plan, task, cell, "time-outside-year", {
        vi: `thời gian "${task.timeText}" không thuộc năm kế hoạch ${plan.year}.`,
        en: `the time "${task.timeText}" is outside the plan year ${plan.year}.`,
      }),
    ];
  }
  return [];
}

function agencyFindings(plan: Plan, opts: CheckOptions): Finding[] {
  const out: Finding[] = [];
  if (plan.layout === "matrix") {
    for (const a of plan.columns.agencies) {
      // Tasks name the column's agency as the registry spells it, which a retyped header may not.
      const name = matchAgency(plan.agencies, a.name)?.agency.name ?? a.name;
      const hasRole = (t: Task) =>
        t.assignments.some((r) => r.agency === name) || t.source.oddRoleCells.some((r) => r.agency === name);
      if (!plan.tasks.some(hasRole)) {
        out.push(
          at(plan, null, a.headerCell, "agency-unused", {
            vi: `cơ quan "${a.name}" không có vai trò trong nhiệm vụ nào.`,
            en: `agency "${a.name}" has no role in any task.`,
          }),
        );
      }
    }
  }
  const leads = new Map<string, number>();
  for (const t of plan.tasks)
    for (const a of t.assignments) if (a.role === "lead") leads.set(a.agency, (leads.get(a.agency) ?? 0) + 1);
  const groups = new Set(plan.agencies.filter((a) => a.group).map((a) => a.name));
  const counted = [...leads.entries()].filter(([name]) => !groups.has(name));
  for (const [name, n] of counted) {
    const others = counted.filter(([o]) => o !== name);
    if (others.length === 0) continue;
    const avg = others.reduce((s, [, k]) => s + k, 0) / others.length;
    if (n >= opts.overloadMinLeads && n >= opts.overloadRatio * avg) {
      const first = plan.tasks.find((t) => t.lead === name)!;
      out.push(
        at(
          plan,
          null,
          first.cells.lead ?? first.assignments.find((a) => a.role === "lead")!.cell,
          "agency-overloaded",
          {
            vi: `${name} chủ trì ${n} nhiệm vụ, gấp ${(n / avg).toFixed(1)} lần trung bình của các cơ quan khác (${avg.toFixed(1)}).`,
            en: `${name} leads ${n} tasks, ${(n / avg).toFixed(1)} times the average of the other agencies (${avg.toFixed(1)}).`,
          },
        ),
      );
    }
  }
  return out;
}
