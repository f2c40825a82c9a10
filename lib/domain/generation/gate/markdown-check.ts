// Markdown shown as text: _italics_, **bold**, `code`, "> " quote markers, [links](url), "— Author" lines.
import type { GateCheck } from "./gate-checks";
import { BLANK_RUN, shownTexts } from "./question-texts";

const MARKUP = [
  /(?<![\w_])_(?!_)[^_\n]+?(?<!_)_(?![\w_])/,
  /\*/,
  /`/,
  /(?:^|\n|:\s)>\s/,
  /\[[^\]]+\]\([^)]+\)/,
  /^\s*(?:.*?:\s*)?(?:[\u2014\u2013]|--)\s+\p{Lu}/u,
];

export const markdownText: GateCheck = (q) => {
  for (const text of shownTexts(q)) {
    const plain = text.replace(BLANK_RUN, " ");
    const hit = MARKUP.map((re) => re.exec(plain)).find((m) => m);
    if (hit) return `shows markup "${hit[0].trim().slice(0, 30)}"`;
  }
  return null;
};
