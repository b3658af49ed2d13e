// What a rule of the catalog is: its id, severity and titles, and how it checks a plan. As in ESLint, a rule is created
// for one plan with a context to report through and returns a visitor: checkPlan walks the tasks once and hands each
// task to every rule, since a separate pass per rule over 100,000 task objects costs more than the rules themselves.
import type { SheetGrid, WorkbookGrids } from "../model/grid";
import type { Plan, Task } from "../model/plan";
import type { Bilingual, Fix, Severity } from "./finding";

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

/** What the checks read: the plan, the sheet it was read from (raw cells), and the whole workbook (its registry sheet). */
export interface CheckInput {
  plan: Plan;
  grid: SheetGrid;
  workbook: WorkbookGrids;
}

/** Where a finding points: one cell of one sheet, and the number of the task it belongs to, if any. */
export interface Place {
  sheet: string;
  cell: string;
  task: string | null;
}

/** What a rule's check is given: the input, the settings, and the two ways to report a finding of its own rule. */
export interface RuleContext extends CheckInput {
  options: CheckOptions;
  /** Reports a problem of a cell of the plan sheet; the message gets the task and cell in front of it. */
  report(task: Task | null, cell: string, message: Bilingual, fix?: Fix): void;
  /** Reports a finding whose message already says where it is. */
  reportAt(place: Place, message: Bilingual, fix?: Fix): void;
}

/** What a rule does over one plan: something with each task, in order, then something once every task was seen. */
export interface RuleVisitor {
  task?(task: Task): void;
  end?(): void;
}

/** One rule: what it is called and how bad it is, and the check that finds it. */
export interface Rule<Id extends string = string> {
  id: Id;
  severity: Severity;
  /** The heading of the rule's findings in the Check list. */
  title: Bilingual;
  /** What is valid for the rule, said once over its findings rather than in each message. */
  help?: Bilingual;
  /** Starts checking one plan; a rule that cannot apply to the plan (another layout) returns an empty visitor. */
  create(context: RuleContext): RuleVisitor;
}

/** Declares a rule, keeping its id as a literal type so the catalog can derive the union of rule ids. */
export function defineRule<Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
