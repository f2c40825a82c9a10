import { masteryByGroup } from "./mastery-by-group";
import type { MasteryQuizAnswer } from "./question-mastery";

export interface LessonQuestion {
  questionId: string;
  lessonId: string;
  /** From scheduling's retrievability(state, now); null if never reviewed as a card. */
  retrievability: number | null;
}

export interface LessonMastery {
  lessonId: string;
  mastery: number;
  seen: number;
  total: number;
}

/**
 * Per-lesson mastery = mean over ALL the lesson's questions of questionMastery
 * (retrievability if reviewed, else mean of the latest 3 quiz scores, else 0).
 * Pass every question of the lesson, studied or not: `total` counts them.
 * Quiz answers are matched to lessons through their questionId.
 */
export function masteryByLesson(
  questions: readonly LessonQuestion[],
  quizAnswers: readonly MasteryQuizAnswer[],
): LessonMastery[] {
  return masteryByGroup(
    questions.map((q) => ({ questionId: q.questionId, groupIds: [q.lessonId], retrievability: q.retrievability })),
    quizAnswers,
  ).map(({ groupId, ...rest }) => ({ lessonId: groupId, ...rest }));
}
