// The authorization matrix: for every page, route handler and server action (tests/support/endpoints.ts lists
// them from the file system), a well-formed call built from one side's ids, and what each kind of caller gets
// with their own side's ids and with the other side's. e2e/authorization-matrix.spec.ts runs it; the fuzz suite
// starts from the same calls and breaks them.
import type { ActionArgs } from "./endpoint-calls";
import type { SideIds } from "./endpoint-world";

/**
 * What a caller got: let through ("ok"), or sent to sign in, refused for their role (403), told the row does not
 * exist (404, or the app's not-found message: a foreign id reads as a missing one), "refused" after being let in
 * (a rule of the use case, e.g. joining a class twice), or sent elsewhere ("away", e.g. a signed-in user on /sign-in).
 */
export type Outcome = "ok" | "sign-in" | "forbidden" | "not-found" | "refused" | "away";

/** Per kind of caller; students and teachers each as [with own ids, with foreign ids]. "Other" callers mirror them. */
export interface Expectation {
  anonymous: Outcome;
  student: [Outcome, Outcome];
  teacher: [Outcome, Outcome];
}

export interface MatrixEntry {
  /** Path parameters of a page or route, from one side's ids. */
  params?: (ids: SideIds) => Record<string, string>;
  query?: string;
  /** A route's request body. */
  body?: (ids: SideIds) => { body: string; contentType: string };
  /** A server action's arguments; `run` prefixes anything the call creates, so the world's cleanup removes it. */
  args?: (ids: SideIds, run: string) => ActionArgs;
  expect: Expectation;
  /** Where the endpoint sends a caller whose id it cannot find, when it says so only by the place (e.g. "/quiz"). */
  missingRedirect?: string;
  /** Why a cell that looks open is right. */
  note?: string;
}

const everyone = (outcome: Outcome): Expectation => ({ anonymous: outcome, student: [outcome, outcome], teacher: [outcome, outcome] });
/** Any signed-in user, no row of anyone's involved. */
const signedIn: Expectation = { anonymous: "sign-in", student: ["ok", "ok"], teacher: ["ok", "ok"] };
/** A learner's page: a teacher is sent to their classes instead. */
const learners: Expectation = { anonymous: "sign-in", student: ["ok", "ok"], teacher: ["away", "away"] };
/** A student's own row (attempt, card, class they are in): another student and teachers find nothing. */
const studentsOwn = (own: Outcome = "ok"): Expectation => ({ anonymous: "sign-in", student: [own, "not-found"], teacher: ["not-found", "not-found"] });
/** A teacher's own class or assignment: students are refused for their role, another teacher finds nothing. */
const teachersOwn = (own: Outcome = "ok"): Expectation => ({ anonymous: "sign-in", student: ["forbidden", "forbidden"], teacher: [own, "not-found"] });

/** A teacher's page or action with no row of anyone's: students are refused for their role. */
const teachersOnly: Expectation = { anonymous: "sign-in", student: ["forbidden", "forbidden"], teacher: ["ok", "ok"] };

const form = (fields: Record<string, string | string[]>, withState = false): ActionArgs => ({ form: fields, withState });
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 16);

export const MATRIX: Record<string, MatrixEntry> = {
  // Pages
  "page /": { expect: { anonymous: "ok", student: ["ok", "ok"], teacher: ["away", "away"] }, note: "a teacher's home is /teach" },
  "page /sign-in": { expect: { anonymous: "ok", student: ["away", "away"], teacher: ["away", "away"] } },
  "page /sign-up": { expect: { anonymous: "ok", student: ["away", "away"], teacher: ["away", "away"] } },
  "page /lessons": { expect: everyone("ok") },
  "page /lessons/[slug]": { params: (ids) => ({ slug: ids.slug }), expect: everyone("ok"), note: "lessons are public content" },
  "page /timeline": { expect: everyone("ok") },
  "page /not-saved": { expect: everyone("ok"), note: "what a form posted without JavaScript shows when its action failed" },
  "page /quiz": { expect: signedIn },
  "page /quiz/[attemptId]": { params: (ids) => ({ attemptId: ids.attemptId }), expect: { ...studentsOwn(), student: ["ok", "forbidden"], teacher: ["forbidden", "forbidden"] } },
  "page /study": { expect: signedIn },
  "page /progress": { expect: signedIn },
  "page /settings": { expect: signedIn },
  "page /classes": { expect: learners },
  "page /join/[code]": {
    params: (ids) => ({ code: ids.joinCode }),
    expect: everyone("ok"),
    note: "the join code is the invitation: whoever has it may see whose class it opens; a signed-out visitor is offered sign-up and sign-in",
  },
  "page /assignments": { expect: learners },
  "page /assignments/[assignmentId]": { params: (ids) => ({ assignmentId: ids.assignmentId }), expect: studentsOwn() },
  "page /assignments/[assignmentId]/results": { params: (ids) => ({ assignmentId: ids.assignmentId }), expect: studentsOwn() },
  "page /teach": { expect: { anonymous: "sign-in", student: ["forbidden", "forbidden"], teacher: ["ok", "ok"] } },
  "page /teach/classes/[classId]": { params: (ids) => ({ classId: ids.classId }), expect: teachersOwn() },
  "page /teach/classes/[classId]/progress": { params: (ids) => ({ classId: ids.classId }), expect: teachersOwn() },
  "page /teach/classes/[classId]/assignments/new": { params: (ids) => ({ classId: ids.classId }), expect: teachersOwn() },
  "page /teach/classes/[classId]/assignments/[assignmentId]/results": {
    params: (ids) => ({ classId: ids.classId, assignmentId: ids.assignmentId }),
    expect: teachersOwn(),
  },
  "page /teach/assignments/[assignmentId]": { params: (ids) => ({ assignmentId: ids.assignmentId }), expect: teachersOwn() },
  "page /teach/assignments/[assignmentId]/edit": { params: (ids) => ({ assignmentId: ids.draftToPublishId }), expect: teachersOwn() },
  "page /teach/library": { expect: teachersOnly },
  "page /teach/library/new": { expect: teachersOnly },
  "page /teach/library/[documentId]": { params: (ids) => ({ documentId: ids.documentId }), expect: teachersOwn() },
  "page /teach/library/[documentId]/edit": { params: (ids) => ({ documentId: ids.documentId }), expect: teachersOwn() },

  // Route handlers
  "route GET /api/health": { expect: everyone("ok") },
  "route GET /api/content-version": { expect: everyone("ok"), note: "a stamp of the content everyone sees" },
  "route GET /api/auth/[...nextauth]": { params: () => ({ nextauth: "session" }), expect: everyone("ok"), note: "next-auth's own session read" },
  "route POST /api/auth/[...nextauth]": {
    params: () => ({ nextauth: "signout" }),
    body: () => ({ body: "csrfToken=forged", contentType: "application/x-www-form-urlencoded" }),
    expect: everyone("away"),
    note: "without next-auth's CSRF token it only redirects",
  },
  "route GET /api/export/cards": { query: "?format=csv", expect: { anonymous: "sign-in", student: ["ok", "ok"], teacher: ["ok", "ok"] }, note: "always the caller's own cards" },
  "route GET /api/teach/assignments/[assignmentId]/results.csv": {
    params: (ids) => ({ assignmentId: ids.assignmentId }),
    query: "?rows=students",
    expect: teachersOwn(),
  },
  "route POST /api/quiz/attempts/[attemptId]/answers": {
    params: (ids) => ({ attemptId: ids.attemptId }),
    body: (ids) => ({ body: JSON.stringify({ questionId: ids.questionId, response: ids.answer }), contentType: "application/json" }),
    expect: { ...studentsOwn(), student: ["ok", "forbidden"], teacher: ["forbidden", "forbidden"] },
  },

  // Server actions
  "action lib/actions/sign-in.ts#signIn": {
    args: (ids) => form({ email: `${ids.studentId}@matrix.test`, password: "not the password at all" }, true),
    expect: everyone("refused"),
    note: "a wrong password for anyone; sessions come only from the right one",
  },
  "action lib/actions/sign-up.ts#signUp": {
    args: (ids) => form({ name: "Matrix Newcomer", email: `${ids.studentId}@matrix.test`, password: "a long enough passphrase", role: "student" }, true),
    expect: everyone("refused"),
    note: "the email is taken; a new one would make an account for anyone, signed in or not",
  },
  "action lib/actions/sign-out.ts#signOut": { args: () => ({ json: [] }), expect: everyone("ok") },
  "action lib/actions/set-locale.ts#setLocale": { args: () => form({ locale: "en" }), expect: everyone("ok"), note: "a cookie of the caller's own" },
  "action lib/actions/save-study-settings.ts#saveStudySettings": {
    args: () => form({ desiredRetention: "0.9", newCardsPerDay: "20", keyboardShortcuts: "on" }),
    expect: signedIn,
  },
  "action lib/actions/start-quiz.ts#startQuiz": {
    args: () => form({ scope: "mixed", count: "5", kinds: ["true-false", "year-choice"] }, true),
    expect: signedIn,
  },
  "action lib/actions/submit-quiz-answer.ts#submitQuizAnswer": {
    args: (ids) => form({ attemptId: ids.attemptId, questionId: ids.questionId, response: ids.answer }, true),
    expect: studentsOwn(),
  },
  "action lib/actions/finish-quiz.ts#finishQuiz": { args: (ids) => form({ attemptId: ids.attemptId }), missingRedirect: "/quiz", expect: studentsOwn() },
  "action lib/actions/add-missed-from-quiz.ts#addMissedFromQuiz": {
    args: (ids) => form({ attemptId: ids.attemptId }, true),
    expect: studentsOwn("refused"),
    note: "the owner is let in and told to finish the quiz first",
  },
  "action lib/actions/rate-and-show-next.ts#rateAndShowNext": {
    args: (ids) => ({ json: [{ cardId: ids.cardId, expectedVersion: 0, rating: "good", lesson: null }] }),
    expect: studentsOwn(),
  },
  "action lib/actions/rate-card-from-form.ts#rateCardFromForm": {
    args: (ids) => form({ cardId: ids.cardId, expectedVersion: "0", rating: "good" }),
    expect: studentsOwn(),
  },
  "action lib/actions/undo-and-show-card.ts#undoAndShowCard": {
    args: (ids) => ({ json: [{ reviewLogId: `${ids.cardId}-review`, lesson: null }] }),
    expect: studentsOwn("not-found"),
    note: "no review of the card exists, so the owner is told so too",
  },
  "action lib/actions/undo-review-from-form.ts#undoReviewFromForm": {
    args: (ids) => form({ reviewLogId: `${ids.cardId}-review` }),
    expect: studentsOwn("not-found"),
  },
  "action lib/actions/join-class.ts#joinClass": {
    args: (ids) => form({ code: ids.openJoinCode }, true),
    expect: { anonymous: "sign-in", student: ["ok", "ok"], teacher: ["refused", "refused"] },
    note: "the code is the invitation: a student joins any class whose code they have; teachers cannot join",
  },
  "action lib/actions/leave-class.ts#leaveClass": { args: (ids) => form({ classId: ids.spareClassId }), expect: studentsOwn() },
  "action lib/actions/start-assignment.ts#startAssignment": { args: (ids) => form({ assignmentId: ids.assignmentId }), expect: studentsOwn() },
  "action lib/actions/add-assignment-cards.ts#addAssignmentCards": {
    args: (ids) => form({ assignmentId: ids.assignmentId }, true),
    expect: studentsOwn("refused"),
    note: "the owner is let in and told there is nothing to add before submitting",
  },
  "action lib/actions/create-class.ts#createClass": {
    args: () => form({ name: "Matrix created class", section: "" }, true),
    expect: { anonymous: "sign-in", student: ["forbidden", "forbidden"], teacher: ["ok", "ok"] },
  },
  "action lib/actions/regenerate-class-code.ts#regenerateClassCode": { args: (ids) => form({ classId: ids.spareClassId }), expect: teachersOwn() },
  "action lib/actions/switch-class-joining.ts#switchClassJoining": { args: (ids) => form({ classId: ids.spareClassId, enabled: "on" }), expect: teachersOwn() },
  "action lib/actions/archive-class.ts#archiveClass": { args: (ids) => form({ classId: ids.spareClassId, archived: "off" }), expect: teachersOwn() },
  "action lib/actions/remove-student.ts#removeStudent": { args: (ids) => form({ classId: ids.classId, studentId: ids.spareStudentId }), expect: teachersOwn() },
  "action lib/actions/save-assignment.ts#saveAssignment": {
    args: (ids) =>
      form(
        {
          classId: ids.classId,
          title: "Matrix draft",
          mode: "draw",
          kinds: ["true-false"],
          count: "2",
          dueAt: inAWeek(),
          grading: "highest",
          reviewPolicy: "after-submit",
          attemptsAllowed: "1",
        },
        true,
      ),
    expect: teachersOwn(),
  },
  "action lib/actions/publish-assignment.ts#publishAssignment": { args: (ids) => form({ assignmentId: ids.draftToPublishId }), expect: teachersOwn() },
  "action lib/actions/delete-assignment.ts#deleteAssignment": { args: (ids) => form({ assignmentId: ids.draftToDeleteId }), expect: teachersOwn() },
  "action lib/actions/set-assignment-override.ts#setAssignmentOverride": {
    args: (ids) => form({ assignmentId: ids.assignmentId, studentId: ids.studentId, dueAt: inAWeek(), timeLimitMinutes: "", attemptsAllowed: "2" }, true),
    expect: teachersOwn(),
  },
  "action lib/actions/exclude-question.ts#excludeQuestion": {
    args: (ids) => form({ assignmentId: ids.assignmentId, questionId: ids.questionId }),
    expect: teachersOwn(),
  },
  "action lib/actions/add-document.ts#addDocument": {
    args: (_ids, run) => form({ title: `${run} matrix reading`, kind: "other", publisher: "", date: "", text: "The treaty between Japan and Peru was signed in 1873." }, true),
    expect: teachersOnly,
  },
  "action lib/actions/edit-document.ts#editDocument": {
    args: (ids) => form({ documentId: ids.documentId, title: "Matrix document", kind: "other", publisher: "", date: "", text: "" }, true),
    expect: teachersOwn("refused"),
    note: "the owner is let in and told the text is empty, so the side's document stays as it is",
  },
  "action lib/actions/set-question-hidden.ts#setQuestionHidden": {
    args: (ids) => form({ documentId: ids.documentId, questionId: ids.libraryQuestionId, hidden: "off" }),
    expect: teachersOwn(),
  },
  "action lib/actions/publish-document.ts#publishDocument": {
    args: (ids) => form({ documentId: ids.documentId, classIds: [ids.classId] }),
    expect: teachersOwn(),
  },
  "action lib/actions/dismiss-report.ts#dismissReport": { args: (ids) => form({ reportId: ids.reportId }), expect: teachersOwn() },
  "action lib/actions/report-question.ts#reportQuestion": {
    args: (ids) => form({ questionId: ids.libraryQuestionId, reason: "unclear", comment: "" }, true),
    expect: { anonymous: "sign-in", student: ["ok", "not-found"], teacher: ["ok", "not-found"] },
    note: "a question of a class's document: its students and its teacher see it; anyone else finds nothing",
  },
};

/** The entry a new endpoint needs, as text to paste into MATRIX (the failure message of the matrix test). */
export function entryTemplate(key: string): string {
  const [kind] = key.split(" ");
  const call =
    kind === "action"
      ? "args: (ids) => form({ /* the fields its form posts, from ids */ }), "
      : key.includes("[")
        ? "params: (ids) => ({ /* each [param] from ids */ }), "
        : "";
  return `  "${key}": { ${call}expect: /* everyone("ok") | signedIn | studentsOwn() | teachersOwn() */ },`;
}
