import { migrateTempDatabase, removeTempDatabase, tempDatabaseUrl } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type DatabaseClient } from "@/lib/server/db";
import { toQuestion } from "@/lib/server/services/question-bank";
import { QUESTION_BANK_RECHECK_MS, QuestionCache } from "@/lib/server/services/question-cache";
import { insertTestQuestions, sampleQuestions } from "../support/insert-test-content";

// Two clients on one SQLite file stand for two server processes, each with its own copy of the bank.
let first: DatabaseClient;
let second: DatabaseClient;
let now = 1_000_000;
const clock = () => now;

beforeAll(async () => {
  await migrateTempDatabase();
  first = createPrismaClient(tempDatabaseUrl);
  second = createPrismaClient(tempDatabaseUrl);
  await insertTestQuestions(first, sampleQuestions());
});

afterAll(async () => {
  await first.$disconnect();
  await second.$disconnect();
  removeTempDatabase();
});

describe("question bank in memory", () => {
  it("sees a question changed through another process at its next recheck", async () => {
    const inFirst = new QuestionCache(() => first, toQuestion, QUESTION_BANK_RECHECK_MS, clock);
    const inSecond = new QuestionCache(() => second, toQuestion, QUESTION_BANK_RECHECK_MS, clock);
    expect((await inFirst.get("q-year-1899"))?.answer).toBe("1899");
    expect((await inSecond.get("q-year-1899"))?.answer).toBe("1899");

    const changed = { ...sampleQuestions().find((q) => q.id === "q-year-1899")!, answer: "1900" };
    await first.question.update({ where: { id: changed.id }, data: { payloadJson: JSON.stringify(changed) } });
    inFirst.invalidate(); // the process that changed the content

    expect((await inFirst.get("q-year-1899"))?.answer).toBe("1900");
    expect((await inSecond.get("q-year-1899"))?.answer).toBe("1899"); // until its recheck is due
    now += QUESTION_BANK_RECHECK_MS;
    expect((await inSecond.get("q-year-1899"))?.answer).toBe("1900");
  });

  it("sees a new question, returns questions in the order asked and hands out frozen copies", async () => {
    const cache = new QuestionCache(() => second, toQuestion, QUESTION_BANK_RECHECK_MS, clock);
    expect(await cache.get("q-new")).toBeNull();
    const extra = { ...sampleQuestions()[0]!, id: "q-new" };
    await first.question.create({
      data: { id: extra.id, documentId: extra.source.documentId, kind: extra.kind, payloadJson: JSON.stringify(extra), contentHash: "new" },
    });
    now += QUESTION_BANK_RECHECK_MS;
    const [a, b] = await cache.getMany(["q-new", "missing", "q-tf-1873"]);
    expect([a?.id, b?.id]).toEqual(["q-new", "q-tf-1873"]);
    expect(Object.isFrozen(a) && Object.isFrozen(a?.source)).toBe(true);
  });
});
