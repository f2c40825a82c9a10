import { z } from "zod";
import { plainTextSchema } from "@/lib/domain/text/plain-text";
import { QUESTION_KINDS, type QuestionKind } from "../generation/question-types";
import { localDateTimeToInstant } from "./local-date-time";
import { MAX_ASSIGNMENT_QUESTIONS } from "./question-spec";
import { GRADING_RULES, NO_LIMIT, REVIEW_POLICIES, ruleProblems } from "./rules";

const id = z.string().min(1).max(200);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** An optional whole number from a form field: blank → null. */
function optionalInt(min: number, max: number, message: string) {
  return z.preprocess((v) => (blank(v) ? null : Number(v)), z.number({ error: message }).int(message).min(min, message).max(max, message).nullable());
}

/** A datetime-local field read in the teacher's zone; blank → null. */
function localDate(timeZone: string, message: string) {
  return z.preprocess((v) => (blank(v) ? null : v), z.string().nullable()).transform((text, ctx) => {
    if (text === null) return null;
    const instant = localDateTimeToInstant(text, timeZone);
    if (!instant) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return instant;
  });
}

/** The assignment form (create or edit a draft); dates are read in `timeZone`, the teacher's. */
export function assignmentFormSchema(timeZone: string) {
  return z
    .object({
      classId: id,
      title: plainTextSchema({ required: "Give the assignment a title.", tooLong: "Keep the title under 120 characters." }, 120),
      mode: z.enum(["draw", "pick"], { error: "Choose how questions are chosen." }),
      documentIds: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/)).max(50),
      fromYear: optionalInt(-5000, 3000, "Enter a year, e.g. 1990."),
      toYear: optionalInt(-5000, 3000, "Enter a year, e.g. 2000."),
      kinds: z.array(z.enum(QUESTION_KINDS as [QuestionKind, ...QuestionKind[]], { error: "Unknown kind of question." })),
      count: optionalInt(1, MAX_ASSIGNMENT_QUESTIONS, `Draw between 1 and ${MAX_ASSIGNMENT_QUESTIONS} questions.`),
      questionIds: z.array(id).max(MAX_ASSIGNMENT_QUESTIONS, `Pick at most ${MAX_ASSIGNMENT_QUESTIONS} questions.`),
      shuffleQuestions: z.boolean(),
      shuffleChoices: z.boolean(),
      opensAt: localDate(timeZone, "Enter the open date as a date and time."),
      dueAt: localDate(timeZone, "Enter the due date as a date and time."),
      lateUntil: localDate(timeZone, "Enter the late-until date as a date and time."),
      timeLimitMinutes: optionalInt(1, 600, "A time limit is between 1 and 600 minutes, or blank for none."),
      attemptsAllowed: optionalInt(1, 100, "Allow between 1 and 100 attempts, or blank for unlimited."),
      grading: z.enum(GRADING_RULES, { error: "Choose which attempt counts." }),
      reviewPolicy: z.enum(REVIEW_POLICIES, { error: "Choose when students see the answers." }),
    })
    .superRefine((input, ctx) => {
      if (!input.dueAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Choose a due date." });
      else {
        const problems = ruleProblems({ ...input, dueAt: input.dueAt });
        for (const [field, message] of Object.entries(problems)) ctx.addIssue({ code: "custom", path: [field], message });
      }
      if (input.mode === "draw") {
        if (input.kinds.length === 0) ctx.addIssue({ code: "custom", path: ["kinds"], message: "Choose at least one kind of question." });
        if (input.count === null) ctx.addIssue({ code: "custom", path: ["count"], message: "How many questions should be drawn?" });
        if (input.fromYear !== null && input.toYear !== null && input.fromYear > input.toYear) {
          ctx.addIssue({ code: "custom", path: ["toYear"], message: "The span must end after it starts." });
        }
      } else if (input.questionIds.length === 0) {
        ctx.addIssue({ code: "custom", path: ["questionIds"], message: "Pick at least one question." });
      }
    });
}
export type AssignmentFormInput = z.infer<ReturnType<typeof assignmentFormSchema>>;

/** Publish or delete an assignment. */
export const assignmentIdSchema = z.object({ assignmentId: id });

/** Override field for a limit: blank keeps the assignment's rule, "none" lifts it, a number replaces it. */
function overrideLimit(max: number, message: string) {
  return z.preprocess(
    (v) => (blank(v) ? null : v === "none" ? NO_LIMIT : Number(v)),
    z.number({ error: message }).int(message).min(0, message).max(max, message).nullable(),
  );
}

/** One student's accommodations; every field blank removes the override. */
export function overrideFormSchema(timeZone: string) {
  return z.object({
    assignmentId: id,
    studentId: id,
    dueAt: localDate(timeZone, "Enter the due date as a date and time."),
    timeLimitMinutes: overrideLimit(600, "Enter minutes (1–600), “none”, or leave blank."),
    attemptsAllowed: overrideLimit(100, "Enter attempts (1–100), “none” for unlimited, or leave blank."),
  });
}
export type OverrideFormInput = z.infer<ReturnType<typeof overrideFormSchema>>;

/** A student starts (or resumes) an assignment. */
export const startAssignmentSchema = z.object({ assignmentId: id });
