import { z } from 'zod';

/**
 * The time model of policy terms: every statement that can change (a status, a suspension, a
 * deadline, a review) says when it was last verified and, where it has one, when it ends or
 * falls due. `npm run data:check` refuses an end or due date that passed before the dataset's
 * date unless `followUp` says what followed (or that nothing later was found, and when).
 */

/** A full calendar day, "2026-12-06". */
export const IsoDaySchema = z.iso.date();

/** Card text in English, with Spanish when written (issue 16 translates the rest). */
export const LocalTextSchema = z.strictObject({
  en: z
    .string()
    .min(10)
    .max(400)
    .regex(/^\S[^\n]*\S$/, 'must be one line of prose without leading or trailing spaces'),
  es: z.string().min(10).max(400).optional(),
});

export const FollowUpSchema = z.strictObject({
  text: LocalTextSchema,
  /** When sources were last searched for what followed. */
  asOf: IsoDaySchema,
});

export const StatusSchema = z.strictObject({
  text: LocalTextSchema,
  /** The day the statement was last verified against its sources. */
  asOf: IsoDaySchema,
  /** Last day the status holds: "suspended until 10 November 2026" -> "2026-11-10". */
  endsOn: IsoDaySchema.optional(),
  /** The day something falls due: a joint review, a deadline to negotiate. */
  dueOn: IsoDaySchema.optional(),
  followUp: FollowUpSchema.optional(),
});

export type Status = z.infer<typeof StatusSchema>;
export type LocalText = z.infer<typeof LocalTextSchema>;
