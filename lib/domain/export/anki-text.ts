import type { ExportableCard } from "./exportable-card";

export interface AnkiTextOptions {
  /** Preselected deck in Anki's import dialog (Anki creates nothing if it does not exist). */
  deckName?: string;
  /** Preselected note type; default "Basic" (fields Front, Back). */
  notetype?: string;
  /**
   * Also append the source under the answer, default true: "Basic" has only
   * two fields, so the Source column is dropped unless the user maps it.
   */
  sourceOnBack?: boolean;
}

/**
 * Field text for an HTML-mode Anki import: escape HTML, turn line breaks
 * into <br> and tabs into spaces, so a field can never split a row, and
 * encode quotes and a leading "#" so Anki's CSV reader never sees a quoted
 * field or a comment line.
 */
export function ankiField(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r\n|\r|\n/g, "<br>")
    .replace(/\t/g, " ")
    .replace(/^#/, "&#35;");
}

/** Anki tags are space-separated and the tags column is not HTML-decoded: no spaces or quotes inside a tag. */
export function ankiTag(tag: string): string {
  return tag.trim().replace(/[\s"]+/g, "_");
}

function headerValue(value: string): string {
  return value.replace(/[\r\n\t]+/g, " ").trim();
}

/**
 * Anki's text import format (Anki 2.1.55+ file headers; older versions read
 * the header lines as comments): tab-separated, HTML fields, columns
 * Front, Back, Source, Tags, with the tags column declared.
 */
export function cardsToAnkiText(cards: readonly ExportableCard[], options: AnkiTextOptions = {}): string {
  const header = [
    "#separator:tab",
    "#html:true",
    `#notetype:${headerValue(options.notetype ?? "Basic")}`,
    ...(options.deckName ? [`#deck:${headerValue(options.deckName)}`] : []),
    "#columns:Front\tBack\tSource\tTags",
    "#tags column:4",
  ];
  const sourceOnBack = options.sourceOnBack ?? true;
  const rows = cards.map((card) => {
    const source = card.quote ? `${card.sourceDocument}: “${card.quote}”` : card.sourceDocument;
    const back = sourceOnBack && source ? `${ankiField(card.back)}<br><br><small>${ankiField(source)}</small>` : ankiField(card.back);
    const tags = (card.tags ?? []).map(ankiTag).filter((t) => t !== "");
    return [ankiField(card.front), back, ankiField(source), tags.join(" ")].join("\t");
  });
  return [...header, ...rows].join("\n") + "\n";
}
