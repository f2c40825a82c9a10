import { z } from "zod";

const id = z.string().min(1).max(200);

/** "Add this assignment's cards to my flashcards" (the student's own page). */
export const addAssignmentCardsSchema = z.object({ assignmentId: id });

/** "Drop this question from the class's future assignments" (the results page). */
export const excludeQuestionSchema = z.object({ assignmentId: id, questionId: id });

/** ?page= on the results and progress pages: a positive whole number, anything else the first page. */
export const pageParamSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
