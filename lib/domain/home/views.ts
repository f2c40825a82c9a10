// What the signed-in home hands its components: plain, serialisable data.
import type { DayKey, StudyWeek } from "../progress";

/** A class assignment on the learner's today (filled once classes exist). */
export interface AssignedWorkView {
  id: string;
  title: string;
  className: string;
  /** ISO time. */
  dueAt: string;
  href: string;
  done: boolean;
}

export interface LearnerTodayView {
  /** Nothing reviewed or answered yet: greet, and point at the first step. */
  firstVisit: boolean;
  cards: { due: number; newLeft: number; nextDueIn: string | null };
  unfinishedQuiz: { id: string; scopeLabel: string; answered: number; total: number } | null;
  /** The first lesson, in curriculum order, with cards the learner has not seen yet. */
  nextLesson: { slug: string; title: string; unseen: number } | null;
  studyWeek: StudyWeek;
  today: DayKey;
  assignments: AssignedWorkView[];
}
