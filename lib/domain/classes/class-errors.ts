// Failures of the class and assignment use cases, with their HTTP status and the words a form shows.
// A foreign id reads as a missing one, so ids cannot be probed.

export const CLASS_ERRORS = {
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
} as const satisfies Record<string, { status: number; message: string }>;

export type ClassErrorCode = keyof typeof CLASS_ERRORS;

export class ClassError extends Error {
  constructor(
    readonly code: ClassErrorCode,
    message: string = CLASS_ERRORS[code].message,
  ) {
    super(message);
    this.name = "ClassError";
  }

  get status(): number {
    return CLASS_ERRORS[this.code].status;
  }
}
