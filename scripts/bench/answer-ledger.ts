// What the client was told: every 2xx is a promise that the answer is stored. Checked against the rows at the end.
import { pairKey, type AnswerItem } from "./answer-workload";
import { tally } from "./latency-stats";

export interface LedgerCheck {
  /** Distinct answers acknowledged with 2xx. */
  acknowledged: number;
  /** Rows the load added (rows now − rows after seeding). */
  newRows: number;
  /** Acknowledged but not in the database: must be 0. */
  lost: number;
  /** Stored, but the client never saw the 2xx (in flight when a phase ended, or timed out). */
  storedUnacknowledged: number;
  /** 2xx with `duplicate: true`: a pair sent twice (a bench bug) or a retry the server deduplicated. */
  duplicates: number;
  /** Every non-2xx answer response, by status. */
  non2xxByStatus: Record<string, number>;
}

export class AnswerLedger {
  readonly acknowledged = new Set<string>();
  readonly non2xx: Record<string, number> = {};
  readonly sampleErrors: string[] = [];
  duplicates = 0;

  record(status: number, body: string, item: AnswerItem): void {
    if (status >= 200 && status < 300) {
      this.acknowledged.add(pairKey(item.attemptId, item.questionId));
      if (body.includes('"duplicate":true')) this.duplicates++;
      return;
    }
    tally(this.non2xx, status);
    if (this.sampleErrors.length < 5) this.sampleErrors.push(`${status} ${body.slice(0, 200)}`);
  }

  check(stored: ReadonlySet<string>, rowsBefore: number): LedgerCheck {
    let lost = 0;
    for (const key of this.acknowledged) if (!stored.has(key)) lost++;
    const newRows = stored.size - rowsBefore;
    return {
      acknowledged: this.acknowledged.size,
      newRows,
      lost,
      storedUnacknowledged: newRows - (this.acknowledged.size - lost),
      duplicates: this.duplicates,
      non2xxByStatus: { ...this.non2xx },
    };
  }
}
