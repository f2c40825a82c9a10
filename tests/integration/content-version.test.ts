import { migrateTempDatabase, removeTempDatabase, tempDatabaseUrl } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type DatabaseClient } from "@/lib/server/db";
import { CONTENT_RECHECK_MS, contentVersion, forgetContentVersion, onContentChange } from "@/lib/server/services/content-version";
import { insertTestQuestions, sampleQuestions } from "../support/insert-test-content";

// `other` stands for another process (or server) changing the content behind this one's back.
let other: DatabaseClient;

beforeAll(async () => {
  await migrateTempDatabase();
  other = createPrismaClient(tempDatabaseUrl);
  await insertTestQuestions(other, sampleQuestions());
});

afterAll(async () => {
  await other.$disconnect();
  removeTempDatabase();
});

describe("contentVersion", () => {
  it("holds the stamp for the recheck interval, then sees content changed elsewhere and tells the listeners", async () => {
    let now = 5_000_000;
    const heard: string[] = [];
    const stop = onContentChange((version) => heard.push(version));
    const before = await contentVersion(now);
    const document = await other.contentDocument.findFirstOrThrow({ where: { ownerId: null } });
    await other.contentDocument.update({ where: { id: document.id }, data: { title: "Retitled", updatedAt: new Date(Date.now() + 60_000) } });

    now += CONTENT_RECHECK_MS - 1;
    expect(await contentVersion(now)).toBe(before); // still trusted
    expect(heard).toEqual([]);
    now += 1;
    const after = await contentVersion(now);
    expect(after).not.toBe(before);
    expect(heard).toEqual([after]);

    await other.question.update({ where: { id: "q-year-1899" }, data: { updatedAt: new Date(Date.now() + 120_000) } });
    forgetContentVersion(); // the process that changed it reads at once
    expect(await contentVersion(now)).not.toBe(after);
    stop();
  });
});
