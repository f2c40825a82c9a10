import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { readDocumentText } from "./document-text";
import { documentDetailsSchema } from "./inputs";
import { diffQuestionIds } from "./question-diff";

const ENGLISH = "The treaty between Japan and Peru was signed in 1873, and the first emigrants arrived in 1899.";
const bytes = (text: string) => new TextEncoder().encode(text);

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "no error";
}

describe("readDocumentText", () => {
  it("reads pasted Markdown as it is, and an uploaded .txt as plain text", () => {
    expect(readDocumentText(`# Notes\n\n${ENGLISH}\r\n`, null)).toEqual({ text: `# Notes\n\n${ENGLISH}`, format: "md" });
    expect(readDocumentText("ignored", { name: "notes.TXT", bytes: bytes(ENGLISH) })).toEqual({ text: ENGLISH, format: "txt" });
  });

  it("turns HTML into Markdown with no script, style, handler or link target left", () => {
    const html = `<html><body><script>alert(1)</script><h2 onclick="x()">Treaty</h2><p>${ENGLISH.replace("1873", "<em>1873</em>")}</p><p><a href="javascript:alert(2)">Lima</a> grew.</p><style>p{color:red}</style></body></html>`;
    const { text, format } = readDocumentText("", { name: "page.html", bytes: bytes(html) });
    expect(format).toBe("md");
    expect(text).toBe(`## Treaty\n\n${ENGLISH.replace("1873", "_1873_")}\n\nLima grew.`);
  });

  it("drops script elements and tags that ride along in pasted Markdown", () => {
    expect(readDocumentText(`${ENGLISH}<script>alert(1)</script> <b>Bold</b> <img src=x onerror=alert(2)>`, null).text).toBe(`${ENGLISH} Bold`);
  });

  it("names what is wrong: empty, too large, binary, not UTF-8, unsupported, not English", () => {
    expect(codeOf(() => readDocumentText(" \n ", null))).toBe("document-empty");
    expect(codeOf(() => readDocumentText("# \n\n---", null))).toBe("document-empty");
    expect(codeOf(() => readDocumentText("a".repeat(1024 * 1024 + 1), null))).toBe("document-too-large");
    expect(codeOf(() => readDocumentText("", { name: "x.md", bytes: new Uint8Array([65, 0, 66]) }))).toBe("document-binary");
    expect(codeOf(() => readDocumentText("", { name: "x.md", bytes: new Uint8Array([0xff, 0xfe, 0x41]) }))).toBe("document-binary");
    expect(codeOf(() => readDocumentText(`${ENGLISH}\u0001\u0002\u0003\u0004`, null))).toBe("document-binary");
    expect(codeOf(() => readDocumentText("", { name: "x.docx", bytes: bytes(ENGLISH) }))).toBe("document-file-type");
    expect(codeOf(() => readDocumentText("Le traité entre le Japon et le Pérou a été signé en 1873 et les premiers émigrants sont arrivés en 1899.", null))).toBe("document-not-english");
  });

  it("accepts an English document that quotes a paragraph in another language", () => {
    const text = `${ENGLISH}\n\n${ENGLISH}\n\nEl tratado fue firmado en Lima por los representantes de ambos países.`;
    expect(readDocumentText(text, null).text).toBe(text);
  });
});

describe("documentDetailsSchema", () => {
  const base = { title: "Notes", kind: "other", publisher: "", date: "" };
  it("takes a day, a month or a year, and nothing else", () => {
    for (const date of ["2014-11-10", "2014-11", "2014", ""]) expect(documentDetailsSchema.safeParse({ ...base, date }).success).toBe(true);
    for (const date of ["2014-02-30", "2014-13", "10/11/2014", "yesterday"]) expect(documentDetailsSchema.safeParse({ ...base, date }).success).toBe(false);
    expect(documentDetailsSchema.parse(base)).toEqual({ title: "Notes", kind: "other", publisher: null, date: null });
    expect(documentDetailsSchema.safeParse({ ...base, kind: "novel" }).success).toBe(false);
  });
});

describe("diffQuestionIds", () => {
  it("splits ids into added, removed and kept", () => {
    expect(diffQuestionIds(["a", "b", "c"], ["c", "d", "a"])).toEqual({ added: ["d"], removed: ["b"], kept: ["c", "a"] });
  });
});
