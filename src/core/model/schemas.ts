import { z } from "zod";
import { validIsoDate } from "./dates";

/** An as-of date typed by a user: YYYY-MM-DD and a real calendar day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(
    (s) => validIsoDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== null,
    "not a calendar date",
  );

/** A plan year typed by a user. */
export const yearSchema = z.coerce.number().int().min(1900).max(2199);
