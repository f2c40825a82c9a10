// What results pages hand their components: plain, serialisable data. Dates are ISO strings.
import type { StudentStatus } from "@/lib/domain/assignments/student-status";
import type { HeatmapCell } from "./heatmap";
import type { ItemFlag } from "./item-statistics";
import type { BehindReason } from "./class-progress";
import type { SpacedStanding } from "./spaced-progress";

/** Students per page of the status table and heatmap: a big class pages instead of growing without bound. */
export const RESULTS_PAGE_SIZE = 50;

export interface StudentResultView {
  studentId: string;
  name: string;
  active: boolean;
  status: StudentStatus;
  score: number | null;
  countedAttemptNumber: number | null;
  attempts: number;
  timeSpentMs: number;
  submittedAt: string | null;
  dueAt: string;
  late: boolean;
}

export interface QuestionStatisticsView {
  questionId: string;
  /** 1-based, in the assignment's order. */
  number: number;
  kind: string;
  prompt: string;
  answer: string;
  quote: string;
  documentTitle: string;
  students: number;
  facility: number | null;
  discrimination: number | null;
  commonWrong: { response: string; count: number } | null;
  flags: ItemFlag[];
  /** Already dropped from the class's future assignments. */
  excluded: boolean;
}

export interface HeatmapView {
  columns: { questionId: string; label: string }[];
  rows: { studentId: string; name: string; cells: HeatmapCell[] }[];
}

export interface SpacedStudentView {
  studentId: string;
  name: string;
  recall: number;
  strong: number;
  total: number;
  toReview: number;
  standing: SpacedStanding;
}

export interface AssignmentResultsView {
  assignmentId: string;
  classId: string;
  className: string;
  title: string;
  kind: "quiz" | "spaced";
  dueAt: string;
  grading: "highest" | "last";
  questionCount: number;
  students: StudentResultView[];
  /** Over every student with a counting attempt, not only this page. */
  questions: QuestionStatisticsView[];
  heatmap: HeatmapView;
  page: number;
  pageCount: number;
  studentTotal: number;
  /** Spaced assignments: each student's predicted recall of the target; empty for a quiz. */
  spaced: { target: number; targetLabel: string; students: SpacedStudentView[] } | null;
}

export interface LessonMasteryCell {
  lessonId: string;
  mastery: number;
  seen: number;
  total: number;
}

export interface ClassProgressStudentView {
  studentId: string;
  name: string;
  /** Mean over the lessons, 0..1. */
  mastery: number;
  lessons: LessonMasteryCell[];
  weeklyActivity: number[];
  lastActive: string | null;
  missing: number;
  reasons: BehindReason[];
}

export interface ClassProgressView {
  classId: string;
  className: string;
  lessons: { id: string; title: string }[];
  students: ClassProgressStudentView[];
  /** Week labels for weeklyActivity, oldest first. */
  weeks: string[];
  /** Students falling behind in the whole class (they are listed first). */
  behindTotal: number;
  page: number;
  pageCount: number;
  studentTotal: number;
}

export interface MyQuestionReviewView {
  number: number;
  prompt: string;
  response: string | null;
  /** Null when the review rule hides correctness for now. */
  correct: boolean | null;
  answer: string | null;
  quote: string | null;
}

export interface MySpacedProgressView {
  targetLabel: string;
  target: number;
  recall: number;
  strong: number;
  total: number;
  standing: SpacedStanding;
  /** The weakest questions' prompts, bounded; `toReviewCount` counts them all. */
  toReview: { questionId: string; prompt: string }[];
  toReviewCount: number;
  /** Where to study them: the lesson's flashcards, or all flashcards for an era. */
  studyHref: string;
}

export interface MyAssignmentResultsView {
  assignmentId: string;
  title: string;
  className: string;
  kind: "quiz" | "spaced";
  dueAt: string;
  status: StudentStatus;
  score: number | null;
  countedAttemptNumber: number | null;
  answersVisible: boolean;
  /** Why answers are hidden, in the student's words; null when visible. */
  hiddenReason: string | null;
  questions: MyQuestionReviewView[];
  /** Questions missed in the counting attempt that could become flashcards (only offered once answers are visible). */
  missedCount: number;
  spaced: MySpacedProgressView | null;
}
