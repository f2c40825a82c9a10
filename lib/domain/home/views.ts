// What the signed-in home hands its components: plain, serialisable data.
import type { StudentAssignmentView } from "../assignments/views";
import type { QuizScopeName } from "../quiz/quiz-scope";
import type { DayKey, StudyStreak, StudyWeek } from "../progress";

/** The first few lines of the learner's assigned work, in /assignments' order, with due times in their zone. */
export interface AssignedWorkView {
  assignments: StudentAssignmentView[];
  /** By assignment id: the due time written in the learner's own time zone. */
  dueText: Record<string, string>;
  /** All of the learner's assigned work, listed or not. */
  total: number;
}

export interface LearnerTodayView {
  /** Nothing reviewed or answered yet: greet, and point at the first step. */
  firstVisit: boolean;
  cards: { due: number; newLeft: number; nextDueInMs: number | null };
  unfinishedQuiz: { id: string; scopeName: QuizScopeName; answered: number; total: number } | null;
  /** The first lesson, in curriculum order, with cards the learner has not seen yet. */
  nextLesson: { slug: string; title: string; unseen: number } | null;
  studyWeek: StudyWeek;
  streak: StudyStreak;
  today: DayKey;
  assigned: AssignedWorkView;
}
