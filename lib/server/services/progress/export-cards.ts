import "server-only";
import type { CardExportFormat } from "@/lib/domain/export/inputs";
import { cardFromQuestion, cardsToAnkiText, cardsToCsv, type ExportableCard } from "@/lib/domain/export";
import { db } from "@/lib/server/db";
import { CARD_STATE_SELECT, cardStateOf } from "@/lib/server/services/cards";
import { toQuestion } from "@/lib/server/services/question-bank";

export interface CardExportFile {
  filename: string;
  contentType: string;
  body: string;
}

const DECK_NAME = "Pacific Bridge";

/** One user's cards (never anyone else's) as export rows, in lesson order. */
export async function loadExportableCards(userId: string): Promise<ExportableCard[]> {
  const rows = await db.card.findMany({
    where: { userId },
    orderBy: [{ question: { document: { position: "asc" } } }, { questionId: "asc" }],
    select: {
      ...CARD_STATE_SELECT,
      question: { select: { kind: true, payloadJson: true, document: { select: { id: true, title: true } } } },
    },
  });
  return rows.map((row) => {
    const question = toQuestion(row.question);
    const document = row.question.document;
    return cardFromQuestion(question, cardStateOf(row), {
      documentTitle: (id) => (id === document.id ? document.title : question.source.documentTitle),
      tags: ["pacific-bridge", document.id, row.question.kind],
    });
  });
}

/** The file to download: CSV (with a BOM so spreadsheet apps read Japanese text as UTF-8) or Anki's text import. */
export async function exportCards(userId: string, format: CardExportFormat, now: Date): Promise<CardExportFile> {
  const cards = await loadExportableCards(userId);
  const date = now.toISOString().slice(0, 10);
  if (format === "csv") {
    return {
      filename: `pacific-bridge-cards-${date}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: `\uFEFF${cardsToCsv(cards)}`,
    };
  }
  return {
    filename: `pacific-bridge-anki-${date}.txt`,
    contentType: "text/plain; charset=utf-8",
    body: cardsToAnkiText(cards, { deckName: DECK_NAME }),
  };
}
