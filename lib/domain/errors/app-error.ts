/**
 * Every failure a caller can act on, in one table: its HTTP status and the words a form or a JSON client
 * shows. Codes are kebab-case and stable (clients and tests read them); add a row here for a new one.
 */
export const ERROR_CATALOGUE = {
  // Who is calling, and what they sent
  unauthenticated: { status: 401, message: "Sign in first." },
  forbidden: { status: 403, message: "You can’t do that with this account." },
  "bad-path": { status: 400, message: "The address is not valid." },
  "expected-json": { status: 415, message: "Send the body as application/json." },
  "expected-form": { status: 415, message: "Send the body as a form (application/x-www-form-urlencoded)." },
  "cross-origin": { status: 403, message: "This request must come from the app's own pages." },
  "body-too-large": { status: 413, message: "The request is too large." },
  "rate-limited": { status: 429, message: "Too many attempts. Try again in a few minutes." },
  "invalid-json": { status: 400, message: "The body is not valid JSON." },
  "invalid-input": { status: 400, message: "That request couldn’t be read." },
  "invalid-format": { status: 400, message: "Choose format=csv or format=anki." },
  // Accounts
  // Worded so it never confirms that an account exists (GitHub's "invalid or already taken"): see createAccount.
  "email-taken": { status: 409, message: "This email can’t be used for a new account. If you already have one, sign in instead." },
  // Quizzes
  "attempt-not-found": { status: 404, message: "There is no such quiz attempt." },
  "not-your-attempt": { status: 403, message: "This quiz attempt belongs to someone else." },
  "question-not-in-attempt": { status: 400, message: "That question is not part of this quiz." },
  "question-not-found": { status: 404, message: "That question no longer exists." },
  "attempt-finished": { status: 409, message: "This quiz is already finished." },
  "attempt-not-finished": { status: 409, message: "Finish the quiz first." },
  "no-questions": { status: 400, message: "No questions match that choice yet. Try more kinds of question or another topic." },
  "answer-conflict": { status: 409, message: "This question was already answered differently in this attempt." },
  // Answers that cannot be graded at all (not wrong answers): the thrower gives the specific message.
  "wrong-shape": { status: 400, message: "That answer has the wrong shape." },
  "wrong-length": { status: 400, message: "Order every event exactly once." },
  "unknown-item": { status: 400, message: "That is not one of the events." },
  "duplicate-item": { status: 400, message: "An event is listed twice." },
  "unknown-choice": { status: 400, message: "The answer is not one of the choices." },
  "invalid-question": { status: 400, message: "This question can’t be graded." },
  // Flashcards
  "card-not-found": { status: 404, message: "That card isn’t in your deck." },
  "review-not-found": { status: 404, message: "That review was already undone, so nothing was undone." },
  "stale-card": { status: 409, message: "This card changed in another tab since you saw it, so nothing was applied again." },
  "invalid-study-settings": { status: 400, message: "Those study settings are out of range." },
  "invalid-retention": { status: 400, message: "Choose a retention from 0.80 to 0.97." },
  // Classes and assignments
  "class-not-found": { status: 404, message: "There is no such class." },
  "class-archived": { status: 409, message: "This class is archived, so it takes no new students or assignments." },
  "join-code-unknown": { status: 404, message: "No class has that code. Check it with your teacher." },
  "join-disabled": { status: 409, message: "This class isn’t taking new students right now. Ask your teacher to switch its code on." },
  "teachers-cannot-join": { status: 403, message: "Teacher accounts can’t join a class as a student." },
  "student-not-in-class": { status: 404, message: "That student is not in this class." },
  "assignment-not-found": { status: 404, message: "There is no such assignment." },
  "assignment-not-open": { status: 409, message: "This assignment isn’t open yet." },
  "assignment-closed": { status: 409, message: "This assignment is closed: no more work is accepted." },
  "no-attempts-left": { status: 409, message: "You have used every attempt this assignment allows." },
  "assignment-started": { status: 409, message: "Students have started this assignment, so its questions and rules can no longer change." },
  "assignment-not-draft": { status: 409, message: "Only a draft can be published." },
  "not-enough-questions": { status: 400, message: "No questions match that choice. Choose more lessons, kinds or a wider span." },
  "time-up": { status: 409, message: "Time is up: your attempt was submitted with the answers you had given, and this answer was not recorded." },
  "answers-hidden": { status: 409, message: "Missed questions can go to your flashcards once this assignment shows its answers." },
  "question-not-in-assignment": { status: 404, message: "That question is not part of this assignment." },
  // A teacher's content library
  "document-not-found": { status: 404, message: "There is no such document in your library." },
  "document-empty": { status: 400, message: "The document is empty: paste its text or choose a file." },
  "document-too-large": { status: 413, message: "The document is larger than 1 MB. Split it into smaller parts." },
  "document-binary": { status: 400, message: "That file isn’t text. Upload a .md, .txt or .html file saved as UTF-8." },
  "document-file-type": { status: 415, message: "Upload a .md, .txt or .html file." },
  "document-not-english": { status: 400, message: "The document must be mostly in English: questions are written in English." },
  "report-not-found": { status: 404, message: "There is no such report." },
  // The database could not take the work (write lock held too long, unreachable, missing): nothing was saved.
  "database-unavailable": { status: 503, message: "Not saved: the database is busy or unavailable. Try again in a moment." },
  // Anything unexpected: logged on the server, never shown in detail.
  internal: { status: 500, message: "Something went wrong on our side. Try again." },
} as const satisfies Record<string, { status: number; message: string }>;

export type AppErrorCode = keyof typeof ERROR_CATALOGUE;

/** The one family of typed failures: a code from the catalogue, and a message (the catalogue's unless given). */
export class AppError<Code extends AppErrorCode = AppErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string = ERROR_CATALOGUE[code].message,
  ) {
    super(message);
    this.name = new.target.name;
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code as AppErrorCode].status;
  }
}

/** What a caller may be told about a failure: the same three fields in a JSON body and a form. */
export interface PublicError {
  status: number;
  code: AppErrorCode;
  message: string;
}

/** The one mapping from a failure to its HTTP status and words; null for anything unexpected (answer 500, log it). */
export function publicErrorOf(error: unknown): PublicError | null {
  if (!(error instanceof AppError)) return null;
  return { status: error.status, code: error.code, message: error.message };
}

/** The catalogue entry for a code, for callers that fail without throwing (a signed-out request, a bad body). */
export function publicErrorFor(code: AppErrorCode, message: string = ERROR_CATALOGUE[code].message): PublicError {
  return { status: ERROR_CATALOGUE[code].status, code, message };
}
