import { z } from "zod";
import { DOCUMENT_KINDS, REPORT_REASONS } from "./choices";

const id = z.string().min(1).max(200);


const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((text) => (text === "" ? null : text));

/** A real calendar date, a month or a year: "2014-11-10", "2014-11" or "2014". */
function isDocumentDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    return date.getUTCDate() === Number(day);
  }
  return true;
}

/** The details of a teacher's document; its text is read separately (pasted or uploaded, see document-text). */
export const documentDetailsSchema = z.object({
  title: z.string().trim().min(1, "Give the document a title.").max(200, "Keep the title under 200 characters."),
  kind: z.enum(DOCUMENT_KINDS, { message: "Choose what kind of document this is." }),
  publisher: optionalText(120, "Keep the publisher under 120 characters."),
  date: optionalText(10, "Write the date as YYYY-MM-DD, YYYY-MM or YYYY.").refine(
    (date) => date === null || isDocumentDate(date),
    "Write the date as YYYY-MM-DD, YYYY-MM or YYYY.",
  ),
});
export type DocumentDetails = z.infer<typeof documentDetailsSchema>;

/** Editing one of the teacher's documents. */
export const documentIdSchema = z.object({ documentId: id });

/** Hiding a question from every learner, or restoring it. */
export const setQuestionHiddenSchema = z.object({
  documentId: id,
  questionId: id,
  hidden: z.enum(["on", "off"]).transform((value) => value === "on"),
});

/** The classes (the teacher's own) a document is published to; none unpublishes it. */
export const publishDocumentSchema = z.object({
  documentId: id,
  classIds: z.array(id).max(100),
});

/** A learner's report of a problem with a question. */
export const reportQuestionSchema = z.object({
  questionId: id,
  reason: z.enum(REPORT_REASONS, { message: "Choose what is wrong with the question." }),
  comment: optionalText(1000, "Keep the comment under 1000 characters."),
});
export type ReportQuestionInput = z.infer<typeof reportQuestionSchema>;

/** The teacher closes a report without hiding the question. */
export const dismissReportSchema = z.object({ reportId: id });
