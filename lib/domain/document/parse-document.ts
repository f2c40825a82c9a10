// RawFile (Markdown or plain text, optional front matter) → Document with stable ids.
import { detectLanguage } from "./detect-language";
import { parseFrontMatter } from "./front-matter";
import { parseBlocks, type RawBlock } from "./parse-blocks";
import { slugFromFileName, slugify } from "./slug";
import { emphasisWithin, stripInlineMarkup } from "./inline-markup";
import { splitSentenceSpans } from "./split-sentences";
import { IdAllocator, normalizeForId, shortHash } from "./stable-hash";
import type { Block, DatePrecision, Document, DocumentKind, RawFile, Section, Sentence } from "./types";

const KINDS: readonly DocumentKind[] = ["journal-article", "encyclopedia", "news", "press-release", "other"];
// "Abstract. …" / "Resume. …": a label, not a sentence of its own.
const PARAGRAPH_LABEL = /^(Abstract|Summary|Resume|Résumé|Resumen|Introduction|Conclusion|Note|Zusammenfassung)\.\s+(?=\S)/;

export function documentIdFor(file: RawFile): string {
  const { data } = parseFrontMatter(file.text);
  return data.slug ? slugify(data.slug) : slugFromFileName(file.fileName);
}

/** Title, kind, publisher and date given beside the text (e.g. by a form); each wins over front matter. */
export interface DocumentMetadata {
  title?: string | null;
  kind?: DocumentKind | null;
  publisher?: string | null;
  date?: string | null;
}

export function parseDocument(file: RawFile, options: { id?: string; metadata?: DocumentMetadata } = {}): Document {
  const parsed = parseFrontMatter(file.text);
  const body = parsed.body;
  const meta = options.metadata ?? {};
  const data: Record<string, string | null | undefined> = {
    ...parsed.data,
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.kind ? { kind: meta.kind } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.date ? { date: meta.date } : {}),
  };
  const id = options.id ?? documentIdFor(file);
  const flavor = /\.txt$/i.test(file.fileName) ? "plain" : "markdown";
  const rawSections = parseBlocks(body, flavor);
  const { date, precision } = parseDocumentDate(data.date ?? null);

  const sentenceIds = new IdAllocator();
  const blockIds = new IdAllocator();
  const sectionIds = new IdAllocator();
  const makeSentences = (source: string): Sentence[] => {
    const plain = stripInlineMarkup(source);
    return splitSentenceSpans(plain.text).map(([a, b]) => {
      const t = plain.text.slice(a, b);
      const emphasis = emphasisWithin(plain.emphasis, a, b);
      return { id: sentenceIds.allocate(`${id}.${shortHash(normalizeForId(t))}`), text: t, ...(emphasis.length ? { emphasis } : {}) };
    });
  };

  const sections: Section[] = rawSections.map((raw) => ({
    id: sectionIds.allocate(raw.heading ? slugify(raw.heading) : "intro"),
    heading: raw.heading,
    level: raw.level,
    paragraphs: raw.blocks.map((block) => toBlock(block, blockIds, makeSentences)),
  }));

  const firstHeading = rawSections.find((s) => s.heading)?.heading ?? null;
  const kind = KINDS.includes(data.kind as DocumentKind) ? (data.kind as DocumentKind) : "other";
  return {
    id,
    title: data.title ?? firstHeading ?? titleFromFileName(file.fileName),
    kind,
    publisher: data.publisher ?? null,
    date,
    datePrecision: precision,
    language: data.language ?? "en",
    sourceFile: file.fileName,
    sections,
  };
}

function toBlock(block: RawBlock, ids: IdAllocator, makeSentences: (t: string) => Sentence[]): Block {
  if (block.type === "paragraph") {
    const label = PARAGRAPH_LABEL.exec(block.text);
    const text = label ? block.text.slice(label[0].length) : block.text;
    return {
      type: "paragraph",
      id: ids.allocate(`p-${shortHash(normalizeForId(block.text))}`),
      ...(label ? { label: label[1] } : {}),
      ...(block.style ? { style: block.style } : {}),
      language: detectLanguage(text),
      sentences: makeSentences(text),
    };
  }
  const allText = block.items.map((i) => i.text).join(" ");
  return {
    type: "list",
    id: ids.allocate(`l-${shortHash(normalizeForId(`${block.title ?? ""}|${allText}`))}`),
    ...(block.title ? { title: block.title } : {}),
    ordered: block.ordered,
    language: detectLanguage(allText),
    items: block.items.map((item) => ({
      id: ids.allocate(`i-${shortHash(normalizeForId(item.text))}`),
      marker: item.marker,
      text: stripInlineMarkup(item.text).text,
      sentences: makeSentences(item.text),
    })),
  };
}

function parseDocumentDate(raw: string | null): { date: string | null; precision: DatePrecision | null } {
  if (!raw) return { date: null, precision: null };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  if (!m) return { date: null, precision: null };
  const precision: DatePrecision = m[3] ? "day" : m[2] ? "month" : "year";
  return { date: m[0], precision };
}

function titleFromFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.(md|markdown|txt)$/i, "");
  const words = base.replace(/[-_]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Untitled";
}

/** The document's date as numbers (null when undated). */
export function documentDateParts(doc: Pick<Document, "date">): { year: number; month?: number; day?: number } | null {
  if (!doc.date) return null;
  const [y, m, d] = doc.date.split("-").map(Number);
  if (!y) return null;
  return { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}
