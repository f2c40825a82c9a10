import type { ExportableCard } from "./exportable-card";

export const CSV_HEADER = ["front", "back", "source document", "quote", "due", "state"] as const;

/** RFC 4180: quote a field containing a comma, double quote, CR or LF; double any quotes inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Cards as RFC 4180 CSV: header row, CRLF line breaks (also after the last
 * record), due as ISO 8601 UTC or empty, state "new" for unstudied cards.
 * Prepend "\uFEFF" when serving it if Excel must detect UTF-8 (Japanese text).
 */
export function cardsToCsv(cards: readonly ExportableCard[]): string {
  const rows = cards.map((card) => [
    card.front,
    card.back,
    card.sourceDocument,
    card.quote,
    card.due ? card.due.toISOString() : "",
    card.state ?? "new",
  ]);
  return [[...CSV_HEADER], ...rows].map((row) => row.map(csvField).join(",") + "\r\n").join("");
}
