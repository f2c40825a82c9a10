import type { QuestionKind } from "../generation/question-types";
import type { AssignmentWindow } from "./assignment-clock";
import type { AssignmentStatus, GradingRule, ReviewPolicy } from "./rules";
import type { StudentStatus } from "./student-status";

// What assignment pages hand their components. Dates are ISO strings; pages format them in the reader's zone.

export interface AssignmentSummaryView {
  id: string;
  title: string;
  status: AssignmentStatus;
  dueAt: string;
  questionCount: number;
  /** Students who have submitted (on time or late) out of the class's current students. */
  submittedCount: number;
  studentCount: number;
}

export interface AssignmentRulesView {
  opensAt: string | null;
  dueAt: string;
  lateUntil: string | null;
  timeLimitMinutes: number | null;
  attemptsAllowed: number | null;
  grading: GradingRule;
  reviewPolicy: ReviewPolicy;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
}

export interface OverrideView {
  dueAt: string | null;
  timeLimitMinutes: number | null;
  attemptsAllowed: number | null;
}

export interface StudentResultRowView {
  studentId: string;
  name: string;
  status: StudentStatus;
  /** 0..1 of the attempt that counts; null before any submission. */
  score: number | null;
  attempts: number;
  submittedLate: boolean;
  override: OverrideView | null;
}

export interface AssignmentQuestionView {
  id: string;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  choices: string[] | null;
  quote: string;
  documentTitle: string;
}

export interface TeacherAssignmentView {
  id: string;
  classId: string;
  className: string;
  title: string;
  status: AssignmentStatus;
  rules: AssignmentRulesView;
  /** True once any student has started: questions and rules are then fixed. */
  started: boolean;
  questions: AssignmentQuestionView[];
  /** One page of the class's current students (ROSTER_PAGE_SIZE a page, by name). */
  students: StudentResultRowView[];
  studentPage: { page: number; pageCount: number; total: number };
}

/** One line of a student's assigned work. */
export interface StudentAssignmentView {
  id: string;
  title: string;
  className: string;
  window: AssignmentWindow;
  status: StudentStatus;
  opensAt: string | null;
  /** The student's own due date (after overrides). */
  dueAt: string;
  closesAt: string;
  timeLimitMinutes: number | null;
  attemptsAllowed: number | null;
  attemptsUsed: number;
  questionCount: number;
  /** An attempt still taking answers, to resume. */
  openAttemptId: string | null;
  canStart: boolean;
  score: number | null;
}

export interface StudentAttemptView {
  id: string;
  number: number;
  startedAt: string;
  finishedAt: string | null;
  score: number;
  late: boolean;
  counts: boolean;
}

export interface StudentAssignmentDetailView extends StudentAssignmentView {
  grading: GradingRule;
  reviewPolicy: ReviewPolicy;
  attempts: StudentAttemptView[];
  /** Whether correct answers may be shown for finished attempts now. */
  answersVisible: boolean;
}

export const ASSIGNMENT_LIST_LIMIT = 50;
