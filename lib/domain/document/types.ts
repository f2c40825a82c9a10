// The parsed shape of a source document. Ids are stable: they derive from text, not position.

export type DocumentKind = "journal-article" | "encyclopedia" | "news" | "press-release" | "other";
export type DatePrecision = "day" | "month" | "year";
export type BlockLanguage = "en" | "fr" | "es" | "unknown";

export interface Sentence {
  /** `${documentId}.${hash of normalized text}`, `-2`… for exact duplicates. */
  id: string;
  /** Plain text: inline Markdown removed. */
  text: string;
  /** Ranges of `text` the source emphasised (_italics_, **bold**). */
  emphasis?: { start: number; end: number }[];
}

export interface Paragraph {
  type: "paragraph";
  id: string;
  /** Leading label such as "Abstract." or "Resume." (not part of any sentence). */
  label?: string;
  /** A block quotation ("> …"), or the line that attributes one ("— Author"): an attribution is never quizzed. */
  style?: "quote" | "attribution";
  language: BlockLanguage;
  sentences: Sentence[];
}

export interface ListItem {
  id: string;
  /** "1.", "(2)", "-"… as written. */
  marker: string;
  text: string;
  sentences: Sentence[];
}

export interface ListBlock {
  type: "list";
  id: string;
  title?: string;
  ordered: boolean;
  language: BlockLanguage;
  items: ListItem[];
}

export type Block = Paragraph | ListBlock;

export interface Section {
  /** Slug of the heading, unique inside its document ("intro" before the first heading). */
  id: string;
  heading: string | null;
  level: number;
  /** Paragraphs and list blocks, in reading order. */
  paragraphs: Block[];
}

export interface Document {
  id: string;
  title: string;
  kind: DocumentKind;
  publisher: string | null;
  /** ISO date ("2014-11-10", "2014-11" or "2014") or null when the document states none. */
  date: string | null;
  datePrecision: DatePrecision | null;
  language: string;
  sourceFile: string;
  sections: Section[];
}

export interface RawFile {
  fileName: string;
  text: string;
}

/** Every sentence of a document with where it sits (used by facts, lessons, tests). */
export interface SentenceRef {
  sentence: Sentence;
  sectionId: string;
  blockId: string;
  language: BlockLanguage;
  /** The sentence attributes a quotation ("— Author"): a reference, not a claim. */
  attribution?: boolean;
  /** Set for list items: the list's title and the item. */
  list?: { blockId: string; title?: string; item: ListItem; ordered: boolean };
}

export function documentSentences(doc: Document): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const section of doc.sections) {
    for (const block of section.paragraphs) {
      if (block.type === "paragraph") {
        for (const sentence of block.sentences) {
          out.push({ sentence, sectionId: section.id, blockId: block.id, language: block.language, ...(block.style === "attribution" ? { attribution: true } : {}) });
        }
      } else {
        for (const item of block.items) {
          for (const sentence of item.sentences) {
            out.push({
              sentence,
              sectionId: section.id,
              blockId: block.id,
              language: block.language,
              list: { blockId: block.id, title: block.title, item, ordered: block.ordered },
            });
          }
        }
      }
    }
  }
  return out;
}
