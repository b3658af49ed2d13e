// A task written twice (copied into another section, or pasted again with a spelling changed) is counted twice in
// every report. Two tasks are near-duplicates when their contents share almost all their words (folded: case, tone
// marks and spacing aside) and they have the same lead. Only tasks sharing several uncommon words are compared, so a
// plan of 100,000 tasks costs about as much as one pass over it.
import type { Task } from "../../model/plan";
import { foldAscii } from "../../text/normalize";
import { defineRule } from "../rule";

// Words a task must have, and the share of them two tasks must share, to be the same task written twice.
const MIN_WORDS = 6;
const SIMILARITY = 0.85;
// A word in more tasks than this says nothing about which task is which ("thực hiện", "tỉnh").
const COMMON = 40;
const SHARED_RARE = 3;

function words(content: string): Set<string> {
  return new Set(
    foldAscii(content)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3),
  );
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** A task repeats an earlier one almost word for word. */
export const taskDuplicate = defineRule({
  id: "task-duplicate",
  severity: "warning",
  title: { vi: "Nhiệm vụ lặp lại", en: "Task written twice" },
  create({ report }) {
    const tasks: { task: Task; words: Set<string> }[] = [];
    return {
      task(task) {
        const w = words(task.content);
        if (w.size >= MIN_WORDS) tasks.push({ task, words: w });
      },
      end() {
        const seenIn = new Map<string, number[]>();
        for (let i = 0; i < tasks.length; i++)
          for (const w of tasks[i].words) {
            const list = seenIn.get(w);
            if (list) list.push(i);
            else seenIn.set(w, [i]);
          }
        const reported = new Set<number>();
        for (let i = 0; i < tasks.length; i++) {
          const shared = new Map<number, number>();
          for (const w of tasks[i].words) {
            const list = seenIn.get(w)!;
            if (list.length > COMMON) continue;
            for (const j of list) if (j < i) shared.set(j, (shared.get(j) ?? 0) + 1);
          }
          for (const [j, count] of shared) {
            const [earlier, later] = [tasks[j], tasks[i]];
            if (count < SHARED_RARE || reported.has(i) || earlier.task.lead !== later.task.lead) continue;
            if (dice(earlier.words, later.words) < SIMILARITY) continue;
            reported.add(i);
            const first = earlier.task.key ?? `dòng ${earlier.task.row}`;
            const firstEn = earlier.task.key ?? `on row ${earlier.task.row}`;
            report(later.task, later.task.cells.content, {
              vi: `nội dung gần như trùng với nhiệm vụ ${first} (dòng ${earlier.task.row}), cùng cơ quan chủ trì: nếu là một việc, hãy xóa một dòng để báo cáo không đếm hai lần.`,
              en: `the content nearly repeats task ${firstEn} (row ${earlier.task.row}), with the same lead: if it is one task, delete one row so reports do not count it twice.`,
            });
          }
        }
      },
    };
  },
});
