import { describe, expect, it } from "vitest";
import { AnswerLedger } from "./answer-ledger";
import { pairKey, type AnswerItem } from "./answer-workload";

const item = (attemptId: string, questionId: string): AnswerItem => ({ userId: "u", attemptId, questionId, body: "{}", finishes: false });

describe("AnswerLedger", () => {
  it("counts an acknowledged answer missing from the database as lost", () => {
    const ledger = new AnswerLedger();
    ledger.record(200, '{"duplicate":false}', item("a", "1"));
    ledger.record(200, '{"duplicate":false}', item("a", "2"));
    ledger.record(409, '{"error":{}}', item("a", "3"));
    const stored = new Set(["seeded", pairKey("a", "1"), pairKey("b", "9")]);
    expect(ledger.check(stored, 1)).toEqual({
      acknowledged: 2,
      newRows: 2,
      lost: 1,
      storedUnacknowledged: 1,
      duplicates: 0,
      non2xxByStatus: { "409": 1 },
    });
  });

  it("counts duplicate acknowledgements", () => {
    const ledger = new AnswerLedger();
    ledger.record(200, '{"correct":true,"duplicate":true}', item("a", "1"));
    expect(ledger.check(new Set([pairKey("a", "1")]), 0).duplicates).toBe(1);
  });
});
