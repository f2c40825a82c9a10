// How long and how hard each phase runs. `--quick` is a smoke run of the same phases (about a minute).

export interface BenchPlan {
  learners: number;
  answersPerLearner: number;
  closedConnections: number[];
  healthSeconds: { warmup: number; measure: number };
  answerSeconds: { warmup: number; measure: number };
  /** Concurrently studying learners per open-loop step; each answers once every `thinkSeconds`. */
  openLoopLearners: number[];
  openLoopSeconds: number;
  thinkSeconds: number;
  pauseSeconds: number;
  /** The target: p95 at most this with no errors. */
  p95BudgetMs: number;
  profileAnswers: number;
  insertBaselineMs: number;
  /** Answers served in all before the servers' memory is read (the reference gets as many inserts); 0: no extra phase. */
  rssAnswers: number;
}

export const FULL_PLAN: BenchPlan = {
  learners: 3_000,
  answersPerLearner: 30,
  closedConnections: [1, 10, 50],
  healthSeconds: { warmup: 1, measure: 5 },
  answerSeconds: { warmup: 2, measure: 10 },
  openLoopLearners: [250, 500, 1_000, 1_500, 2_000, 3_000, 4_000],
  openLoopSeconds: 15,
  thinkSeconds: 5,
  pauseSeconds: 2,
  p95BudgetMs: 100,
  profileAnswers: 400,
  insertBaselineMs: 2_000,
  rssAnswers: 20_000,
};

export const QUICK_PLAN: BenchPlan = {
  ...FULL_PLAN,
  learners: 1_000,
  answersPerLearner: 20,
  healthSeconds: { warmup: 1, measure: 2 },
  answerSeconds: { warmup: 1, measure: 3 },
  openLoopLearners: [250, 1_000],
  openLoopSeconds: 5,
  pauseSeconds: 1,
  profileAnswers: 100,
  insertBaselineMs: 500,
  rssAnswers: 0,
};
