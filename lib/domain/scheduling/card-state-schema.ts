import { z } from "zod";
import type { CardState } from "./card-state";

/** A CardState as stored in JSON (ReviewLog.previousJson): dates arrive as ISO strings and are revived. */
export const storedCardStateSchema = z.object({
  due: z.coerce.date(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.enum(["new", "learning", "review", "relearning"]),
  lastReview: z.coerce.date().nullable(),
}) satisfies z.ZodType<CardState, unknown>;
