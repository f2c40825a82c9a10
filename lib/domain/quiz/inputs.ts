import { z } from "zod";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/domain/generation/question-types";
import { isQuizCount } from "./quiz-options";
import { parseQuizScope } from "./quiz-scope";

const MAX_TEXT = 2000;
const MAX_ITEMS = 20;

/** The start form: scope, count 5/10/20, at least one kind. */
export const startQuizSchema = z.object({
  scope: z.string().refine((text) => parseQuizScope(text) !== null, "Choose what the quiz covers."),
  count: z.coerce.number({ error: "Choose 5, 10 or 20 questions." }).int().refine(isQuizCount, "Choose 5, 10 or 20 questions."),
  kinds: z
    .array(z.enum(QUESTION_KINDS as [QuestionKind, ...QuestionKind[]], { error: "Unknown kind of question." }))
    .min(1, "Choose at least one kind of question."),
});
export type StartQuizInput = z.infer<typeof startQuizSchema>;

/** One answer: a single string, or the events in order for chronology. */
export const answerResponseSchema = z.union([
  z.string().max(MAX_TEXT),
  z.array(z.string().max(MAX_TEXT)).min(1).max(MAX_ITEMS),
]);

/** The JSON body of POST /api/quiz/attempts/:attemptId/answers. */
export const answerBodySchema = z.object({
  questionId: z.string().min(1).max(200),
  response: answerResponseSchema,
  clientSubmissionId: z.string().min(1).max(100).optional(),
});
export type AnswerBody = z.infer<typeof answerBodySchema>;

const attemptId = z.string().min(1).max(200);

/** "Finish now" on a running attempt. */
export const finishQuizSchema = z.object({ attemptId });

/** "Add missed questions to my flashcards" on the end screen. */
export const addMissedSchema = z.object({ attemptId });

/** The answer form (plain form post): the same fields plus the attempt, with "choose something" as the message. */
export const answerFormSchema = z.object({
  attemptId,
  questionId: z.string().min(1).max(200),
  response: z.union([
    z.string().trim().min(1, "Choose or type an answer first.").max(MAX_TEXT),
    z.array(z.string().max(MAX_TEXT)).min(1, "Put the events in order first.").max(MAX_ITEMS),
  ]),
});
