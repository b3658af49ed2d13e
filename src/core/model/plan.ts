import type { IsoDate } from "./dates";
import type { DeadlineState } from "../track/deadline";
import type { TimeReading } from "../read/time";
import type { NamedAgency } from "../read/registry";
import type { Role, Status } from "../read/vocabulary";

/** An agency of the plan, as kept in the registry sheet "Danh mục cơ quan". */
export interface Agency {
  name: string;
  short: string | null;
  aliases: string[];
  /** A group phrase ("Các bộ, ngành, địa phương") that stands for many agencies. */
  group: boolean;
  /** Who to write to about the agency's tasks, from the registry sheet's optional contact columns. */
  contact?: AgencyContact;
}

/** An agency's contact as the registry sheet gives it: the person, the email cell as typed, and its valid addresses. */
export interface AgencyContact {
  person: string | null;
  /** The email cell's text, kept as typed so nothing is lost when the registry is written again. */
  emailText: string;
  /** The addresses of the email cell that are valid (several may be separated by ";" or ","). */
  emails: string[];
}

/** The two ways plans are written: a column per agency holding its role in each task, or lead/coordinator columns. */
export type PlanLayout = "matrix" | "columns";

/** One agency's part in one task, with the cell that says so. */
export interface Assignment {
  agency: string;
  role: Role;
  cell: string;
}

/** Where each value of a task sits on the sheet (A1 addresses). */
export interface TaskCells {
  number: string;
  content: string;
  time: string | null;
  status: string | null;
  completedOn: string | null;
  note: string | null;
  /** Lead / coordinator cells of the columns layout. */
  lead: string | null;
  coordinators: string | null;
}

/** A task as read from the plan, with its deadline state as of the analysis date. */
export interface Task {
  /** "1", "1a", "13.5" — without the trailing dot; null when the row has no number. */
  number: string | null;
  /**
   * What tells the task apart when numbering restarts in each section: the section label plus the number ("II.3",
   * "I.1.1"), the number alone without a labelled section, "A.1-2" for the second row of item A.1; null when the task
   * has neither number nor labelled section.
   */
  key: string | null;
  /** Sheet row (1-based). */
  row: number;
  /** The section heading the task sits under ("I. CÔNG TÁC TUYÊN TRUYỀN"), if any. */
  section: string | null;
  /** Number of the group row this task inherits from ("1" for "1a"), if any. */
  parent: string | null;
  content: string;
  /** Every agency's part: registry names (or group phrases as written) with roles. */
  assignments: Assignment[];
  /** The one lead (registry name or group phrase); null when missing; the first when several. */
  lead: string | null;
  coordinators: string[];
  timeText: string;
  time: TimeReading;
  deadline: IsoDate | null;
  /** A recurring duty's next due day on or after the as-of date ("Trước ngày 20/11 hằng năm"); null otherwise. */
  nextDue: IsoDate | null;
  status: Status;
  statusText: string;
  completedOn: IsoDate | null;
  note: string;
  result: string;
  cells: TaskCells;
  /** The raw readings the rules look at. */
  source: TaskSource;
  state: DeadlineState;
  punctuality: "onTime" | "late" | null;
}

/** Column numbers (1-based, sheet coordinates) of what the header names. */
export interface PlanColumns {
  number: number;
  content: number;
  time: number | null;
  status: number | null;
  completedOn: number | null;
  note: number | null;
  result: number | null;
  /** Matrix layout: one column per agency. */
  agencies: { name: string; col: number; headerCell: string }[];
  /** Columns layout. */
  lead: number | null;
  coordinators: number | null;
  /** The add-in's helper deadline column, when present (ignored as data). */
  deadlineHelper: number | null;
}

/** A whole plan read out of a sheet. */
export interface Plan {
  sheet: string;
  /** The Excel table holding the plan, when it is one. */
  table: string | null;
  layout: PlanLayout;
  title: string;
  year: number | null;
  /** The day the plan was signed (its own date line), when the heading gives it. */
  date: IsoDate | null;
  /** Where the year came from: the title, a date line, the caller (--year), or nowhere. */
  yearSource: "title" | "date-line" | "option" | null;
  /** The first and last year the plan runs over (its title's period, else its deadlines' years); null when unknown. */
  period: { first: number; last: number } | null;
  /** First and last header rows, first and last data rows (sheet rows, 1-based). */
  headerTop: number;
  headerBottom: number;
  firstRow: number;
  lastRow: number;
  /** Leftmost and rightmost plan columns. */
  left: number;
  right: number;
  columns: PlanColumns;
  agencies: Agency[];
  tasks: Task[];
  asOf: IsoDate;
}

/** What a task's cells said before interpretation, kept so the rules can explain each finding. */
export interface TaskSource {
  numberText: string;
  /** Matrix layout: the role cells the rules must explain — unreadable ones and roles not written the standard way. */
  oddRoleCells: { agency: string; cell: string; text: string; reading: "lead" | "coordinate" | "unknown" }[];
  /** Columns layout: the agencies each cell names. */
  leadNames: NamedAgency[];
  coordinatorNames: NamedAgency[];
  leadText: string;
  coordinatorText: string;
  statusKnown: boolean;
  statusStandard: boolean;
  completedText: string;
  completedValid: boolean;
  /** Values taken from the group row above ("1" for "1a") because the task's own cell is empty. */
  inherited: ("lead" | "coordinators" | "time" | "roles")[];
}
