import path from "node:path";
import { describeDrops } from "@/lib/domain/generation/gate/describe-drops";
import { loadContent } from "@/lib/server/content/load-content";
import { createPrismaClient } from "@/lib/server/db";
import { ingestContent } from "@/lib/server/services/ingest-content";

export const CONTENT_DIR = path.resolve("content");

/** Reads content/, builds everything, and ingests it, printing one progress line per document. */
export async function ingestContentFolder(databaseUrl: string, log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const content = loadContent(CONTENT_DIR);
  const db = createPrismaClient(databaseUrl);
  try {
    const report = await ingestContent(content, new Date(), db);
    for (const doc of report.documents) {
      const changes = doc.created + doc.updated + doc.retired === 0 ? "unchanged" : `${doc.created} new, ${doc.updated} updated, ${doc.retired} retired`;
      const checks = content.checks.find((c) => c.documentId === doc.documentId);
      const gate = checks ? `; ${describeDrops(checks.candidates, checks.drops)}` : "";
      log(`  ✔ ${doc.documentId}: ${doc.facts} dated facts, ${doc.questions} questions (${changes})${gate}`);
    }
    for (const id of report.retiredDocuments) log(`  ✘ ${id}: no longer in content/, retired`);
    log(`Content ingested in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await db.$disconnect();
  }
}
