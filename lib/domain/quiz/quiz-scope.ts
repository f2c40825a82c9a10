// Which questions a quiz draws from. Stored on the attempt as a string ("mixed", "timeline", "lesson:<id>").

export type QuizScope = { type: "mixed" } | { type: "timeline" } | { type: "lesson"; documentId: string };

const LESSON_PREFIX = "lesson:";
/** The scope stored on an attempt at a teacher's assignment (its questions come from the assignment). */
export const ASSIGNMENT_SCOPE = "assignment";

/** Parses a stored or submitted scope; null for anything else (callers answer 400 or fall back to mixed). */
export function parseQuizScope(text: string | null | undefined): QuizScope | null {
  if (text === "mixed") return { type: "mixed" };
  if (text === "timeline") return { type: "timeline" };
  if (text?.startsWith(LESSON_PREFIX)) {
    const documentId = text.slice(LESSON_PREFIX.length);
    // Document ids are slugs; anything else cannot name a lesson.
    if (/^[a-z0-9][a-z0-9-]{0,120}$/.test(documentId)) return { type: "lesson", documentId };
  }
  return null;
}

export function formatQuizScope(scope: QuizScope): string {
  return scope.type === "lesson" ? `${LESSON_PREFIX}${scope.documentId}` : scope.type;
}

/** The scope string for one lesson, for links such as `<StartQuizLink scope={lessonScope(id)} />`. */
export function lessonScope(documentId: string): string {
  return `${LESSON_PREFIX}${documentId}`;
}

/** How a quiz's scope is named: a key of the "quizScope" messages ("Mixed quiz", "Quiz on {title}"), with the lesson's title. */
export type QuizScopeName =
  | { key: "assignment" | "mixed" | "timeline" | "lessonUntitled" }
  | { key: "lesson"; title: string };

/** The one naming of a quiz's scope, worded in the interface's language by the page that shows it. */
export function quizScopeName(scopeText: string, lessonTitle: (documentId: string) => string | undefined): QuizScopeName {
  if (scopeText === ASSIGNMENT_SCOPE) return { key: "assignment" };
  const scope = parseQuizScope(scopeText);
  if (!scope || scope.type === "mixed") return { key: "mixed" };
  if (scope.type === "timeline") return { key: "timeline" };
  const title = lessonTitle(scope.documentId);
  return title ? { key: "lesson", title } : { key: "lessonUntitled" };
}
