import type { ClassErrorCode } from "./class-errors";

// Buttons that post without JavaScript come back to their page with ?error=<code> or ?notice=<word>;
// the English here is what the `notices` message namespace translates (see lib/domain/i18n/page-notices.ts).

export const CLASS_NOTICES = {
  "class-created": "Class created. Share its code or link with your students.",
  "code-regenerated": "New code made: the old code and link no longer work.",
  "joining-on": "Students can join with the code or link again.",
  "joining-off": "Joining is off: the code and link no longer let anyone in.",
  "student-removed": "Student removed. Their past work stays in the class’s results.",
  "class-archived": "Class archived.",
  "class-restored": "Class restored.",
  "assignment-saved": "Saved. Check the questions below, then publish when ready.",
  "assignment-published": "Published: students in the class can see it now.",
  "assignment-deleted": "Assignment deleted.",
  "override-saved": "Accommodation saved.",
  "override-removed": "Accommodation removed: the assignment’s rules apply.",
  "joined-class": "You joined the class.",
  "left-class": "You left the class. Your past work stays with it.",
} as const;
export type ClassNotice = keyof typeof CLASS_NOTICES;

/** `path` with a notice or error for the page to show. */
export function withNotice(path: string, key: { notice: ClassNotice } | { error: ClassErrorCode }): string {
  const [param, value] = "notice" in key ? ["notice", key.notice] : ["error", key.error];
  return `${path}${path.includes("?") ? "&" : "?"}${param}=${value}`;
}
