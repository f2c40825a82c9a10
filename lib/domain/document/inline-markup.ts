// Inline Markdown read as markup, not text: _italics_, *italics*, **bold**, `code`, [link](url).
// The plain text is what sentences, quotes and questions use; emphasis ranges are kept for the lesson.

export interface Emphasis {
  start: number;
  end: number;
}

export interface PlainText {
  text: string;
  emphasis: Emphasis[];
}

const INLINE = /\[([^\]\n]+)\]\([^)\s]+\)|\*\*([^*\n]+?)\*\*|__([^_\n]+?)__|(?<![\p{L}\p{N}_])_(?!_)([^_\n]+?)_(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}*])\*(?![*\s])([^*\n]+?)\*(?![\p{L}\p{N}*])|`([^`\n]+)`/gu;

export function stripInlineMarkup(source: string): PlainText {
  const emphasis: Emphasis[] = [];
  let text = "";
  let last = 0;
  for (const m of source.matchAll(INLINE)) {
    text += source.slice(last, m.index);
    const [, link, bold, boldU, italicU, italicStar, code] = m;
    const inner = link ?? bold ?? boldU ?? italicU ?? italicStar ?? code ?? "";
    if (!link && !code) emphasis.push({ start: text.length, end: text.length + inner.length });
    text += inner;
    last = (m.index ?? 0) + m[0].length;
  }
  text += source.slice(last);
  return { text, emphasis };
}

/** Emphasis ranges that fall inside [from, to), shifted to start at `from`. */
export function emphasisWithin(emphasis: readonly Emphasis[], from: number, to: number): Emphasis[] {
  return emphasis
    .filter((e) => e.start < to && e.end > from)
    .map((e) => ({ start: Math.max(e.start, from) - from, end: Math.min(e.end, to) - from }));
}
