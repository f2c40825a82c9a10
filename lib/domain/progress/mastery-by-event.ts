import type { Timeline } from "@/lib/domain/timeline/build-timeline";
import { masteryByGroup } from "./mastery-by-group";
import type { MasteryQuizAnswer } from "./question-mastery";

export interface EventQuestion {
  questionId: string;
  factIds: readonly string[];
  retrievability: number | null;
}

export interface EventMastery {
  eventId: string;
  mastery: number;
  seen: number;
  total: number;
}

/**
 * Per timeline event: an event told by several sources is as well known as all their questions together,
 * and a question that tests two of its facts counts once. Events without questions do not appear.
 */
export function masteryByEvent(
  timeline: Pick<Timeline, "events">,
  questions: readonly EventQuestion[],
  quizAnswers: readonly MasteryQuizAnswer[],
): EventMastery[] {
  const eventOfFact = new Map(timeline.events.flatMap((event) => event.sources.map((source) => [source.factId, event.id] as const)));
  return masteryByGroup(
    questions.map((q) => ({
      questionId: q.questionId,
      groupIds: [...new Set(q.factIds.flatMap((factId) => eventOfFact.get(factId) ?? []))],
      retrievability: q.retrievability,
    })),
    quizAnswers,
  ).map(({ groupId, ...rest }) => ({ eventId: groupId, ...rest }));
}
