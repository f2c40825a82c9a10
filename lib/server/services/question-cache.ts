import "server-only";
import type { Question } from "@/lib/domain/generation/question-types";
import type { DatabaseClient } from "@/lib/server/db";

/**
 * How long a process trusts its copy of the question bank before it asks the database whether the content
 * changed. Content changes by ingest (another process, or another server behind the same database), so each
 * process sees a change within this long, at the cost of one aggregate query per interval instead of one
 * question read per request.
 */
export const QUESTION_BANK_RECHECK_MS = 1_000;

interface Snapshot {
  stamp: string;
  checkedAt: number;
  byId: ReadonlyMap<string, Question>;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Every question (retired ones included) held in memory per process, keyed by id, and frozen so no caller can
 * change another's copy. The stamp (row count and latest update) changes with every create, update, retire
 * or delete, so a changed bank is reloaded whole.
 */
export class QuestionCache {
  #snapshot: Snapshot | null = null;
  #pending: Promise<Snapshot> | null = null;

  constructor(
    private readonly client: () => DatabaseClient,
    private readonly parse: (row: { payloadJson: string }) => Question,
    private readonly recheckMs = QUESTION_BANK_RECHECK_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  async #stamp(): Promise<string> {
    const { _count, _max } = await this.client().question.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
    return `${_count._all}:${_max.updatedAt?.getTime() ?? 0}`;
  }

  async #refresh(previous: Snapshot | null): Promise<Snapshot> {
    const checkedAt = this.clock();
    const stamp = await this.#stamp();
    if (previous && previous.stamp === stamp) return { ...previous, checkedAt };
    const rows = await this.client().question.findMany({ select: { id: true, payloadJson: true } });
    const byId = new Map(rows.map((row) => [row.id, deepFreeze(this.parse(row))]));
    return { stamp, checkedAt, byId };
  }

  async #current(): Promise<ReadonlyMap<string, Question>> {
    const snapshot = this.#snapshot;
    if (snapshot && this.clock() - snapshot.checkedAt < this.recheckMs) return snapshot.byId;
    // One refresh at a time; requests meanwhile wait for it rather than each querying.
    this.#pending ??= this.#refresh(snapshot).finally(() => {
      this.#pending = null;
    });
    this.#snapshot = await this.#pending;
    return this.#snapshot.byId;
  }

  async get(id: string): Promise<Question | null> {
    return (await this.#current()).get(id) ?? null;
  }

  async getMany(ids: readonly string[]): Promise<Question[]> {
    const byId = await this.#current();
    return ids.flatMap((id) => {
      const question = byId.get(id);
      return question ? [question] : [];
    });
  }

  /** Forgets the copy, so the next read reloads (the process that ingested need not wait for the recheck). */
  invalidate(): void {
    this.#snapshot = null;
  }
}
