// What the progress page hands its components: plain, serialisable data.
import type { WeekAccuracy } from "@/lib/domain/progress/accuracy-trend";
import type { DayKey } from "@/lib/domain/progress/calendar-day";
import type { DayCount } from "@/lib/domain/progress/day-series";
import type { StudyWeek } from "@/lib/domain/progress/study-days-this-week";
import type { QuizScopeName } from "@/lib/domain/quiz/quiz-scope";

export interface LessonMasteryView {
  lessonId: string;
  title: string;
  /** 0..1 */
  mastery: number;
  seen: number;
  total: number;
}

export interface RecentQuizView {
  attemptId: string;
  scope: string;
  scopeName: QuizScopeName;
  finishedAt: Date;
  correctCount: number;
  total: number;
  /** Mean score 0..1, unanswered questions counting 0. */
  score: number;
}

export interface DashboardView {
  /** Nothing reviewed or answered yet: the page shows where to start instead of empty charts. */
  isEmpty: boolean;
  /** Today in the learner's zone. */
  today: DayKey;
  cardCount: number;
  /** Studied cards due today, overdue included (= dueForecast[0]). */
  dueToday: number;
  /** Today and the next 6 days. */
  dueForecast: DayCount[];
  /** The last 30 days, oldest first. */
  reviewsPerDay: DayCount[];
  reviewsLast30Days: number;
  /** Quiz answers and flashcard reviews ("again" counts as a miss), per week, oldest first. */
  accuracy: WeekAccuracy[];
  masteryByLesson: LessonMasteryView[];
  studyWeek: StudyWeek;
  recentQuizzes: RecentQuizView[];
}
