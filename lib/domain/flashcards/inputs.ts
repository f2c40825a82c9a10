import { z } from "zod";
import { MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION, REVIEW_RATINGS } from "@/lib/domain/scheduling";
import { MAX_NEW_CARDS_PER_DAY } from "./study-settings";

const RETENTION_MESSAGE = `Choose a retention from ${MIN_DESIRED_RETENTION.toFixed(2)} to ${MAX_DESIRED_RETENTION.toFixed(2)}.`;
const NEW_CARDS_MESSAGE = `Enter a whole number from 1 to ${MAX_NEW_CARDS_PER_DAY}.`;

/** Whole hundredths only: the slider moves in 0.01 steps and the workload line is known for each of them. */
function isHundredths(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
}

/** The study settings form (and any other caller of the save). */
export const studySettingsSchema = z.object({
  desiredRetention: z
    .number({ error: RETENTION_MESSAGE })
    .min(MIN_DESIRED_RETENTION, { error: RETENTION_MESSAGE })
    .max(MAX_DESIRED_RETENTION, { error: RETENTION_MESSAGE })
    .refine(isHundredths, { error: "Use steps of 0.01 (for example 0.92)." }),
  newCardsPerDay: z
    .number({ error: NEW_CARDS_MESSAGE })
    .int({ error: NEW_CARDS_MESSAGE })
    .min(1, { error: NEW_CARDS_MESSAGE })
    .max(MAX_NEW_CARDS_PER_DAY, { error: NEW_CARDS_MESSAGE }),
  keyboardShortcuts: z.boolean({ error: "Choose whether keyboard shortcuts are on." }),
});

/** The lesson being studied (document id), or null for all lessons: only narrows the next card. */
const studiedLesson = z.string().min(1).max(200).nullable();

/** Rating the shown card: only at the version the learner saw. */
export const rateCardSchema = z.object({
  cardId: z.string().min(1).max(64),
  expectedVersion: z.number().int().min(0),
  rating: z.enum(REVIEW_RATINGS),
  lesson: studiedLesson,
});
export type RateCardRequest = z.input<typeof rateCardSchema>;

/** Undoing the latest review. */
export const undoReviewSchema = z.object({
  reviewLogId: z.string().min(1).max(64),
  lesson: studiedLesson,
});
export type UndoReviewRequest = z.input<typeof undoReviewSchema>;
