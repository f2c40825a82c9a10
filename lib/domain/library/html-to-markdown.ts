// An uploaded web page becomes Markdown the engine reads like any other document. sanitize-html keeps only
// an allow-list of text elements (script, style and their contents are dropped, no attribute survives), then
// node-html-markdown writes the Markdown. Both run without a DOM, on the server or in a test.
import { NodeHtmlMarkdown } from "node-html-markdown";
import sanitizeHtml from "sanitize-html";

const TEXT_ELEMENTS = [
  "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "em", "i", "strong", "b", "blockquote",
  "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "caption", "figure", "figcaption",
];

const toMarkdown = new NodeHtmlMarkdown({ bulletMarker: "-", emDelimiter: "_", strongDelimiter: "**", keepDataImages: false });

/** Only the text of an HTML page, as Markdown: headings, paragraphs, emphasis, quotes, lists and tables. */
export function htmlToMarkdown(html: string): string {
  const clean = sanitizeHtml(html, {
    allowedTags: TEXT_ELEMENTS,
    allowedAttributes: {},
    // Elements whose text is never part of the reading (their content goes too, not only the tags).
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "iframe", "object", "svg", "head", "title", "nav", "form", "button"],
    disallowedTagsMode: "discard",
  });
  return toMarkdown
    .translate(clean)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
