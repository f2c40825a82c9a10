import { z } from "zod";
import { QUESTION_KINDS, type Question, type QuestionKind } from "./question-types";

const quoteSchema = z.object({ sentenceId: z.string(), quote: z.string(), documentId: z.string().optional() });

/** A Question as the ingest stores it (Question.payloadJson), checked when read back. */
export const questionSchema = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS as [QuestionKind, ...QuestionKind[]]),
  prompt: z.string(),
  answer: z.union([z.string(), z.array(z.string())]),
  choices: z.array(z.string()).optional(),
  explanation: z.string().optional(),
  source: z.object({
    documentId: z.string(),
    documentTitle: z.string(),
    sectionId: z.string(),
    sentenceId: z.string(),
    quote: z.string(),
    quotes: z.array(quoteSchema).optional(),
  }),
  factIds: z.array(z.string()),
}) satisfies z.ZodType<Question>;
