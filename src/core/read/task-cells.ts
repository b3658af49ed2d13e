import { cellAddress } from "../model/address";
import type { PlanColumns, TaskCells } from "../model/plan";

/**
 * A task's cell addresses, worked out when asked for: a 100,000-task plan would otherwise hold 800,000 address strings
 * that only the few tasks with findings, or the one the user selects, ever read.
 */
export class RowCells implements TaskCells {
  constructor(
    private readonly columns: PlanColumns,
    private readonly row: number,
    /** The group row a value was taken from, by what was taken (see TaskSource.inherited). */
    private readonly from: { lead: number; coordinators: number; time: number },
  ) {}

  get number(): string {
    return cellAddress(this.row, this.columns.number);
  }
  get content(): string {
    return cellAddress(this.row, this.columns.content);
  }
  get time(): string | null {
    return this.at(this.from.time, this.columns.time);
  }
  get status(): string | null {
    return this.at(this.row, this.columns.status);
  }
  get completedOn(): string | null {
    return this.at(this.row, this.columns.completedOn);
  }
  get note(): string | null {
    return this.at(this.row, this.columns.note);
  }
  get lead(): string | null {
    return this.at(this.from.lead, this.columns.lead);
  }
  get coordinators(): string | null {
    return this.at(this.from.coordinators, this.columns.coordinators);
  }

  /** The plain addresses, for printing and comparing. */
  toJSON(): TaskCells {
    const { number, content, time, status, completedOn, note, lead, coordinators } = this;
    return { number, content, time, status, completedOn, note, lead, coordinators };
  }

  private at(row: number, col: number | null): string | null {
    return col === null ? null : cellAddress(row, col);
  }
}
