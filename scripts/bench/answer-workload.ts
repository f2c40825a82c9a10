// Plans who answers what: learners, their attempts (some already part-way through), and one fresh
// (attempt, question) pair per request, so every request is a real write and none is an idempotent repeat.
import { mulberry32 } from "@/lib/domain/generation/prng";

export interface BenchQuestion {
  id: string;
  kind: string;
  answer: string | string[];
  choices: string[];
}

export interface LearnerSeed {
  id: string;
  name: string;
  email: string;
}

export interface AttemptSeed {
  id: string;
  userId: string;
  questionIds: string[];
}

export interface PreAnswerSeed {
  attemptId: string;
  questionId: string;
  response: string | string[];
  correct: boolean;
}

export interface AnswerItem {
  userId: string;
  attemptId: string;
  questionId: string;
  /** The JSON request body. */
  body: string;
  /** The last unanswered question of its attempt: the server also marks the attempt finished. */
  finishes: boolean;
}

export interface WorkloadPlan {
  learners: LearnerSeed[];
  attempts: AttemptSeed[];
  preAnswers: PreAnswerSeed[];
  /** Interleaved round-robin over learners, so one attempt's answers never race each other. */
  items: AnswerItem[];
}

export interface WorkloadOptions {
  questions: readonly BenchQuestion[];
  learners: number;
  answersPerLearner: number;
  /** Share of responses that are right (the rest pick a wrong choice). */
  correctShare?: number;
  random: () => number;
}

const QUIZ_SIZES = [5, 10, 20] as const;

/** Seeded so a run's workload repeats. */
export const seededRandom = mulberry32;

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sample<T>(list: readonly T[], count: number, random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, Math.min(count, copy.length));
}

/** A real choice: the answer, or a wrong choice (for chronology, the events in reverse). */
export function chooseResponse(question: BenchQuestion, correct: boolean, random: () => number): string | string[] {
  if (Array.isArray(question.answer)) return correct ? [...question.answer] : [...question.answer].reverse();
  const wrong = question.choices.filter((choice) => choice !== question.answer);
  return correct || wrong.length === 0 ? question.answer : pick(wrong, random);
}

export function planWorkload({ questions, learners, answersPerLearner, correctShare = 0.6, random }: WorkloadOptions): WorkloadPlan {
  if (questions.length === 0) throw new Error("No active questions to answer: was the content ingested?");
  const byId = new Map(questions.map((question) => [question.id, question]));
  const plan: WorkloadPlan = { learners: [], attempts: [], preAnswers: [], items: [] };
  const perLearner: AnswerItem[][] = [];
  let submission = 0;

  for (let u = 0; u < learners; u++) {
    const learner = { id: `bench-user-${u}`, name: `Bench learner ${u}`, email: `bench-${u}@bench.invalid` };
    plan.learners.push(learner);
    const queue: AnswerItem[] = [];
    for (let a = 0; queue.length < answersPerLearner; a++) {
      const size = Math.min(pick(QUIZ_SIZES, random), questions.length);
      const attempt = { id: `bench-attempt-${u}-${a}`, userId: learner.id, questionIds: sample(questions, size, random).map((q) => q.id) };
      plan.attempts.push(attempt);
      // The first attempt is part-way done, so finishing answers are spread over the run instead of arriving together.
      const alreadyAnswered = a === 0 ? Math.floor(random() * size) : 0;
      attempt.questionIds.forEach((questionId, index) => {
        const question = byId.get(questionId) as BenchQuestion;
        const correct = random() < correctShare;
        const response = chooseResponse(question, correct, random);
        if (index < alreadyAnswered) {
          plan.preAnswers.push({ attemptId: attempt.id, questionId, response, correct });
          return;
        }
        const body = JSON.stringify({ questionId, response, clientSubmissionId: `bench-${submission++}` });
        queue.push({ userId: learner.id, attemptId: attempt.id, questionId, body, finishes: index === size - 1 });
      });
    }
    perLearner.push(queue);
  }

  for (let round = 0; round < answersPerLearner; round++) {
    for (const queue of perLearner) {
      const item = queue[round];
      if (item) plan.items.push(item);
    }
  }
  return plan;
}

/** Hands out each planned answer once; running dry is a sizing bug, so it throws. */
export class AnswerQueue {
  #next = 0;
  constructor(private readonly items: readonly AnswerItem[]) {}

  take(): AnswerItem {
    const item = this.items[this.#next];
    if (!item) throw new Error(`The benchmark used all ${this.items.length} planned answers; plan more.`);
    this.#next++;
    return item;
  }

  get taken(): number {
    return this.#next;
  }
}

export function pairKey(attemptId: string, questionId: string): string {
  return `${attemptId}\u0000${questionId}`;
}
