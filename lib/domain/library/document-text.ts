// What a teacher sent (pasted text or an uploaded file) becomes the text the engine reads, or one clear
// reason it cannot: empty, too large, not text, not a supported type, not English.
import { AppError } from "../errors/app-error";
import { isMostlyEnglish } from "./english-text";
import { htmlToMarkdown } from "./html-to-markdown";

export const MAX_DOCUMENT_BYTES = 1024 * 1024;

export type DocumentFormat = "md" | "txt";

export interface DocumentUpload {
  name: string;
  bytes: Uint8Array;
}

export interface DocumentText {
  text: string;
  format: DocumentFormat;
}

const FILE_FORMATS: Record<string, "md" | "txt" | "html"> = { md: "md", markdown: "md", txt: "txt", html: "html", htm: "html" };

function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
}

/** Control characters other than tab, line feed, carriage return and form feed mark a binary file. */
function looksBinary(text: string): boolean {
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return text.includes("\u0000") || controls > Math.max(2, text.length / 1000);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new AppError("document-binary");
  }
}

// Markup that is never reading matter, whatever the file claims to be: the element and everything inside it.
const ACTIVE_ELEMENT = /<(script|style|iframe|object|embed|noscript|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi;

/** Markdown or plain text may still carry HTML tags: the active ones go with their content, the rest as tags. */
function stripTags(text: string): string {
  return text.replace(ACTIVE_ELEMENT, "").replace(TAG, "");
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/**
 * The text of a document: the uploaded file when one was chosen, else the pasted text. HTML (a .html file,
 * or pasted text that is a whole page) is sanitized to Markdown. Throws an AppError naming what is wrong.
 */
export function readDocumentText(pasted: string, upload: DocumentUpload | null): DocumentText {
  let raw: string;
  let format: "md" | "txt" | "html";
  if (upload && upload.bytes.length > 0) {
    const known = FILE_FORMATS[extensionOf(upload.name)];
    if (!known) throw new AppError("document-file-type");
    if (upload.bytes.length > MAX_DOCUMENT_BYTES) throw new AppError("document-too-large");
    if (upload.bytes.includes(0)) throw new AppError("document-binary");
    raw = decodeUtf8(upload.bytes);
    format = known;
  } else {
    if (new TextEncoder().encode(pasted).length > MAX_DOCUMENT_BYTES) throw new AppError("document-too-large");
    raw = pasted;
    format = looksLikeHtml(pasted) ? "html" : "md";
  }
  if (looksBinary(raw)) throw new AppError("document-binary");
  const text = (format === "html" ? htmlToMarkdown(raw) : stripTags(raw)).replace(/\r\n?/g, "\n").trim();
  if (text.replace(/[^\p{L}\p{N}]/gu, "").length === 0) throw new AppError("document-empty");
  if (!isMostlyEnglish(text)) throw new AppError("document-not-english");
  return { text, format: format === "txt" ? "txt" : "md" };
}
