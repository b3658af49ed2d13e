import { z } from "zod";
import { validIsoDate } from "./dates";

/** An as-of date typed by a user: YYYY-MM-DD and a real calendar day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine((s) => validIsoDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== null, "not a calendar date");

/** A plan year typed by a user. */
export const yearSchema = z.coerce.number().int().min(1900).max(2199);

/** Options shared by the commands that read a plan. */
export const planOptionsSchema = z.object({
  asOf: isoDateSchema,
  year: yearSchema.nullable(),
});

/** The add-in's settings kept in the workbook (plan year override, ignored findings, overload threshold). */
export const workbookSettingsSchema = z.object({
  year: yearSchema.nullable().default(null),
  ignored: z.array(z.string()).default([]),
  overloadRatio: z.number().min(1).max(10).default(2),
});

export type WorkbookSettings = z.infer<typeof workbookSettingsSchema>;
