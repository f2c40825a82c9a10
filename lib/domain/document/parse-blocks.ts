// Line-oriented block parser for Markdown, wiki markup (==Heading==, ;List title) and plain text.
// Produces raw sections/blocks; ids and sentences are added by parse-document.ts.

export interface RawListItem { marker: string; text: string }
export type RawBlock =
  | { type: "paragraph"; text: string; style?: "quote" | "attribution" }
  | { type: "list"; title?: string; ordered: boolean; items: RawListItem[] };
export interface RawSection { heading: string | null; level: number; blocks: RawBlock[] }

export type TextFlavor = "markdown" | "plain";

const MD_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const WIKI_HEADING = /^(={1,6})\s*([^=].*?)\s*\1\s*$/;
const WIKI_LIST_TITLE = /^;\s*(.+?)\s*$/;
// "— Author, Book (1905)": the line that attributes a quotation.
const ATTRIBUTION = /^(?:\u2014|\u2013|--)\s*(?=\S)/;
const LIST_ITEM = /^(\s*)([-*+•]|\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]\))(?:\s+(.*))?$/;

function isOrderedMarker(marker: string): boolean {
  return /\d|\([a-z]\)/.test(marker);
}

/** A standalone numbered line such as "1. Opening remarks" acts as a heading in press releases. */
function looksLikeHeadingText(text: string): boolean {
  return text.length > 0 && text.length <= 60 && !/[.!?;:,]$/.test(text) && /^[A-Z0-9]/.test(text);
}

export function parseBlocks(body: string, flavor: TextFlavor): RawSection[] {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const sections: RawSection[] = [{ heading: null, level: 0, blocks: [] }];
  let paragraph: string[] = [];
  let quoting = false;
  let list: Extract<RawBlock, { type: "list" }> | null = null;
  let blankSinceItem = false;

  const current = (): RawSection => sections[sections.length - 1] as RawSection;
  const flushParagraph = () => {
    if (paragraph.length > 0) {
      const text = paragraph.join(" ");
      const style = quoting ? "quote" : ATTRIBUTION.test(text) ? "attribution" : undefined;
      current().blocks.push({ type: "paragraph", text: style === "attribution" ? text.replace(ATTRIBUTION, "") : text, ...(style ? { style } : {}) });
    }
    paragraph = [];
    quoting = false;
  };
  const closeList = () => {
    if (list && list.items.length > 0) current().blocks.push(list);
    list = null;
  };
  const startSection = (heading: string, level: number) => {
    flushParagraph();
    closeList();
    sections.push({ heading, level, blocks: [] });
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const trimmed = line.trim();
    if (trimmed === "") {
      flushParagraph();
      if (list) blankSinceItem = true;
      continue;
    }
    // "> quoted text": a block quotation, its markers removed.
    const quoted = flavor === "markdown" ? /^>\s?(.*)$/.exec(trimmed) : null;
    if (quoted) {
      if (!quoting) flushParagraph();
      closeList();
      quoting = true;
      const inner = (quoted[1] ?? "").trim();
      if (inner === "") flushParagraph();
      else paragraph.push(inner);
      continue;
    }
    if (quoting) flushParagraph();
    const md = MD_HEADING.exec(trimmed);
    const wiki = md ? null : WIKI_HEADING.exec(trimmed);
    if (md || wiki) {
      const m = (md ?? wiki) as RegExpExecArray;
      startSection((m[2] ?? "").trim(), (m[1] ?? "").length);
      continue;
    }
    const title = WIKI_LIST_TITLE.exec(trimmed);
    if (title) {
      flushParagraph();
      closeList();
      list = { type: "list", title: title[1], ordered: false, items: [] };
      blankSinceItem = false;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const marker = item[2] ?? "-";
      const text = (item[3] ?? "").trim();
      const ordered = isOrderedMarker(marker);
      // "Infobox" / "Key dates:" directly above a list becomes the list's title.
      let inheritedTitle: string | undefined;
      if (!list && paragraph.length === 1 && !/[.!?]$/.test(paragraph[0] ?? "") && (paragraph[0] ?? "").length <= 80) {
        inheritedTitle = (paragraph[0] ?? "").replace(/:$/, "");
        paragraph = [];
      }
      flushParagraph();
      if (list && (list.ordered !== ordered || (blankSinceItem && list.items.length > 0 && !sameStyle(list, marker)))) closeList();
      if (!list) list = { type: "list", title: inheritedTitle, ordered, items: [] };
      if (text !== "") list.items.push({ marker, text });
      blankSinceItem = false;
      continue;
    }
    const indented = /^\s{2,}/.test(line);
    if (list && list.items.length > 0 && (indented || !blankSinceItem)) {
      // Continuation of the last item (indented, or a lazy continuation line).
      const last = list.items[list.items.length - 1] as RawListItem;
      last.text = `${last.text} ${trimmed}`;
      continue;
    }
    closeList();
    if (flavor === "plain") {
      // Plain text: one line is one paragraph unless it is soft-wrapped mid-sentence.
      const prev = paragraph[paragraph.length - 1];
      if (prev !== undefined && (/[.!?:"”)]$/.test(prev) || !/^[a-z]/.test(trimmed))) flushParagraph();
      paragraph.push(trimmed);
      const next = (lines[index + 1] ?? "").trim();
      if (paragraph.length === 1 && looksLikeHeadingText(trimmed) && !/^[a-z]/.test(next) && !LIST_ITEM.test(lines[index + 1] ?? "")) {
        paragraph = [];
        startSection(trimmed, 2);
      }
      continue;
    }
    paragraph.push(trimmed);
  }
  flushParagraph();
  closeList();
  return splitNumberedHeadings(sections);
}

function sameStyle(list: Extract<RawBlock, { type: "list" }>, marker: string): boolean {
  const first = list.items[0]?.marker ?? "";
  const style = (m: string) => (m.startsWith("(") ? "paren" : /\d/.test(m) ? "num" : "bullet");
  return style(first) === style(marker);
}

/** Splits a section where a one-item numbered list is really a heading ("1. Opening remarks"). */
function splitNumberedHeadings(sections: RawSection[]): RawSection[] {
  const out: RawSection[] = [];
  for (const section of sections) {
    let target: RawSection = { heading: section.heading, level: section.level, blocks: [] };
    out.push(target);
    for (const block of section.blocks) {
      const only = block.type === "list" && block.items.length === 1 && !block.title ? block.items[0] : undefined;
      if (only && block.type === "list" && block.ordered && /^\d/.test(only.marker) && looksLikeHeadingText(only.text)) {
        target = { heading: `${only.marker} ${only.text}`, level: Math.max(section.level + 1, 2), blocks: [] };
        out.push(target);
        continue;
      }
      target.blocks.push(block);
    }
  }
  // Drop the implicit untitled section when nothing precedes the first heading.
  return out.filter((s) => s.heading !== null || s.blocks.length > 0);
}
