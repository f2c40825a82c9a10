export interface SummarizableAnswer {
  questionId: string;
  correct: boolean;
  /** 0..1 */
  score: number;
  answeredAt: Date;
}

export interface AttemptSummary {
  /** Mean score over all questions of the attempt, unanswered counting 0; 0..1. */
  score: number;
  correctCount: number;
  total: number;
  durationMs: number;
  /** Questions answered wrongly or not at all, in question order. */
  missed: string[];
}

export interface AttemptTiming {
  /** When the attempt started; defaults to the first answer. */
  startedAt?: Date;
  /** When it was submitted; defaults to the last answer. */
  finishedAt?: Date;
}

/**
 * Totals for a finished (or abandoned) attempt. Answers to questions outside
 * `questions` are ignored; if a question somehow has several answers, the
 * earliest counts, matching acceptAnswer's first-write-wins rule.
 */
export function summarizeAttempt(
  answers: readonly SummarizableAnswer[],
  questions: readonly { id: string }[],
  timing: AttemptTiming = {},
): AttemptSummary {
  const ids = new Set(questions.map((q) => q.id));
  const first = new Map<string, SummarizableAnswer>();
  for (const answer of [...answers].sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime())) {
    if (ids.has(answer.questionId) && !first.has(answer.questionId)) first.set(answer.questionId, answer);
  }

  const counted = [...first.values()];
  const total = questions.length;
  const scoreSum = counted.reduce((sum, a) => sum + Math.min(1, Math.max(0, a.score)), 0);
  const times = counted.map((a) => a.answeredAt.getTime());
  const start = timing.startedAt?.getTime() ?? (times.length ? Math.min(...times) : null);
  const end = timing.finishedAt?.getTime() ?? (times.length ? Math.max(...times) : null);

  return {
    score: total === 0 ? 0 : scoreSum / total,
    correctCount: counted.filter((a) => a.correct).length,
    total,
    durationMs: start === null || end === null ? 0 : Math.max(0, end - start),
    missed: questions.filter((q) => !first.get(q.id)?.correct).map((q) => q.id),
  };
}
