import type { Task } from "../model/plan";
import type { TitleReading } from "./title";

/** The first and last year a plan runs over. */
export interface PlanPeriod {
  first: number;
  last: number;
}

/**
 * The plan's period: the years its title names as its own time; else the span of its deadlines' years; else its year
 * alone; null when nothing says. A title naming only an end ("đến năm 2030") starts at the plan year when that is earlier.
 */
export function planPeriod(
  title: TitleReading["period"],
  year: number | null,
  tasks: Pick<Task, "deadline">[],
): PlanPeriod | null {
  if (title) {
    const first = title.first ?? (year !== null && year <= title.last ? year : title.last);
    return { first: Math.min(first, title.last), last: title.last };
  }
  // Without a period in the title, the deadlines show which years the tasks run over.
  const years = tasks.flatMap((t) => (t.deadline ? [Number(t.deadline.slice(0, 4))] : []));
  if (years.length) return { first: Math.min(...years), last: Math.max(...years) };
  return year === null ? null : { first: year, last: year };
}
