// Learners answering through the JSON answer API, one request at a time each, while the database is put
// under stress; records what each was told, so the end can hold every acknowledgement against the rows.

export interface PlannedAnswer {
  attemptId: string;
  questionId: string;
  /** The JSON request body. */
  body: string;
  /** The learner's session cookie (`name=value`). */
  cookie: string;
}

export interface AnswerTally {
  /** `attemptId questionId` of every answer acknowledged with a 2xx. */
  acknowledged: Set<string>;
  /** Responses by status; "network" when no response came (the server was down). */
  statuses: Record<string, number>;
  /** A few non-2xx bodies, to show what a learner saw. */
  sampleErrors: string[];
  /** When each 2xx was sent and received (ms since the epoch). */
  oks: { sentAt: number; doneAt: number }[];
}

export function answerKey(attemptId: string, questionId: string): string {
  return `${attemptId} ${questionId}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One client per queue, each sending its answers in order with `pauseMs` between them. A failed answer
 * (no response, or 5xx) is sent again after a pause, as a learner's retry would be; the server keeps one row.
 */
export function answerContinuously(baseUrl: string, queues: PlannedAnswer[][], pauseMs: number) {
  const tally: AnswerTally = { acknowledged: new Set(), statuses: {}, sampleErrors: [], oks: [] };
  let running = true;
  const count = (status: string) => (tally.statuses[status] = (tally.statuses[status] ?? 0) + 1);

  async function client(queue: PlannedAnswer[]): Promise<void> {
    for (let next = 0; running && next < queue.length; ) {
      const answer = queue[next] as PlannedAnswer;
      const sentAt = Date.now();
      try {
        const response = await fetch(`${baseUrl}/api/quiz/attempts/${encodeURIComponent(answer.attemptId)}/answers`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: answer.cookie, origin: baseUrl },
          body: answer.body,
        });
        const body = await response.text();
        count(String(response.status));
        if (response.ok) {
          tally.acknowledged.add(answerKey(answer.attemptId, answer.questionId));
          tally.oks.push({ sentAt, doneAt: Date.now() });
          next++;
        } else {
          if (tally.sampleErrors.length < 5) tally.sampleErrors.push(`${response.status} ${body.slice(0, 200)}`);
          if (response.status < 500) next++; // the answer itself was refused: retrying can't help
        }
      } catch {
        count("network");
      }
      await sleep(pauseMs);
    }
  }

  const clients = queues.map(client);
  return {
    tally,
    /** Stops sending, waits for the answers in flight, and returns the tally. */
    async stop(): Promise<AnswerTally> {
      running = false;
      await Promise.all(clients);
      return tally;
    },
  };
}

/** Milliseconds from `since` until the first answer sent after it was acknowledged; null if none was. */
export function firstAcknowledgedAfter(tally: AnswerTally, since: number): number | null {
  const first = tally.oks.filter((ok) => ok.sentAt >= since).sort((a, b) => a.doneAt - b.doneAt)[0];
  return first ? first.doneAt - since : null;
}

/** Polls GET /api/health until it answers 200; milliseconds taken, or null when `timeoutMs` passed first. */
export async function waitForHealthy(baseUrl: string, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(3000) });
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return null;
}
