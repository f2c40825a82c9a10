// The teacher's checklist, run over the REAL content: every question must be provable from its quote.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildContent, type Content } from "../content/build-content";
import { readContentFiles } from "@/lib/server/content/load-content";
import type { DatedFact } from "../document/facts/fact-types";
import type { RawFile } from "../document/types";
import { BLANK } from "./date-cloze";
import type { Question } from "./question-types";

const CONTENT_DIR = fileURLToPath(new URL("../../../content", import.meta.url));
let files: RawFile[];
let content: Content;
let factById: Map<string, DatedFact>;
let textByDoc: Map<string, string>;

const squash = (t: string) => t.replace(/\s+/g, " ");
const factsOf = (q: Question) => q.factIds.map((id) => factById.get(id)).filter((f): f is DatedFact => !!f);
const mainFact = (q: Question) => {
  const f = factsOf(q)[0];
  if (!f) throw new Error(`${q.id} (${q.kind}) has no fact`);
  return f;
};
/** Every year a document's facts state for one of these names (independent of the generator's own index). */
function yearsForKeys(keys: readonly string[], documentId?: string): Set<number> {
  const out = new Set<number>();
  for (const f of content.facts) {
    if (documentId && f.documentId !== documentId) continue;
    if (!f.keys.some((k) => keys.includes(k))) continue;
    for (let y = f.date.year; y <= (f.date.endYear ?? f.date.year); y++) out.add(y);
    for (const y of f.list?.years ?? []) out.add(y);
  }
  return out;
}

beforeAll(() => {
  files = readContentFiles(CONTENT_DIR);
  content = buildContent(files);
  factById = new Map(content.facts.map((f) => [f.id, f]));
  textByDoc = new Map(content.documents.map((d) => [d.id, squash(files.find((f) => f.fileName === d.sourceFile)?.text ?? "")]));
});

describe("quality gate over the real content", () => {
  it("loads the five documents and generates every kind", () => {
    expect(content.documents.map((d) => d.id)).toEqual([
      "abe-humala-summit-2014", "japan-peru-relations-encyclopedia", "kono-popolizio-meeting-2018", "strategic-partnership-news", "uneasy-relationship",
    ]);
    const kinds = new Set(content.questions.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(["chronology", "date-cloze", "event-for-date", "number-cloze", "true-false", "who-what", "year-choice"]);
  });

  it("quotes every sentence verbatim from its document", () => {
    for (const q of content.questions) {
      const quotes = [{ documentId: q.source.documentId, quote: q.source.quote }, ...(q.source.quotes ?? []).map((x) => ({ documentId: x.documentId ?? q.source.documentId, quote: x.quote }))];
      for (const { documentId, quote } of quotes) {
        const text = textByDoc.get(documentId) ?? "";
        expect(text.includes(squash(quote)), `${q.id}: quote not in ${documentId}: ${quote}`).toBe(true);
      }
      expect(q.source.documentTitle).toBe(content.documents.find((d) => d.id === q.source.documentId)?.title);
    }
  });

  it("has distinct choices that contain the answer", () => {
    for (const q of content.questions) {
      const choices = q.choices ?? [];
      expect(new Set(choices).size, `${q.id} duplicate choices`).toBe(choices.length);
      if (q.kind === "chronology") {
        expect([...choices].sort(), q.id).toEqual([...(q.answer as string[])].sort());
        expect(choices, `${q.id} shown already in order`).not.toEqual(q.answer);
      } else if (q.kind === "true-false") {
        expect(choices).toEqual(["True", "False"]);
      } else {
        expect(choices.length, q.id).toBe(4);
        expect(choices, q.id).toContain(q.answer);
      }
    }
  });

  it("states every answer in its quote", () => {
    for (const q of content.questions) {
      const quote = q.source.quote;
      const doc = content.documents.find((d) => d.id === q.source.documentId);
      switch (q.kind) {
        case "year-choice":
        case "event-for-date":
        case "true-false": {
          const f = mainFact(q);
          expect(quote, q.id).toBe(f.quote);
          expect(quote.includes(f.dateText), `${q.id}: date text not in quote`).toBe(true);
          if (f.resolvedFrom) expect(doc?.date, `${q.id}: resolved date needs a dated document`).toBeTruthy();
          else expect(quote.includes(String(f.date.year)), `${q.id}: year ${f.date.year} not in quote`).toBe(true);
          if (q.kind === "year-choice") expect(q.answer).toBe(String(f.date.year));
          if (q.kind === "event-for-date") expect(q.answer).toBe(f.event);
          break;
        }
        case "date-cloze":
        case "number-cloze": {
          const answer = q.answer as string;
          expect(quote.includes(answer), `${q.id}: answer not in quote`).toBe(true);
          expect(q.prompt.endsWith(quote.replace(answer, BLANK)), `${q.id}: prompt is not the blanked quote`).toBe(true);
          break;
        }
        case "who-what": {
          const f = mainFact(q);
          expect(quote.includes(q.answer as string), q.id).toBe(true);
          expect(quote.includes(String(f.date.year)), q.id).toBe(true);
          expect(q.prompt.includes(String(f.date.year)), q.id).toBe(true);
          break;
        }
        case "chronology": {
          const facts = factsOf(q);
          expect(facts.length).toBeGreaterThanOrEqual(3);
          expect(facts.length).toBeLessThanOrEqual(5);
          expect(q.answer).toEqual(facts.map((f) => f.event));
          facts.forEach((f, i) => {
            expect(q.source.quotes?.[i]?.quote, q.id).toBe(f.quote);
            expect(f.quote.includes(f.dateText), `${q.id}: event ${i} date not in its sentence`).toBe(true);
            const next = facts[i + 1];
            if (next) expect(next.date.year, `${q.id}: years must be distinct and increasing`).toBeGreaterThan(f.date.endYear ?? f.date.year);
            // An event the texts date more than once ("García visited Japan" in 2008, 2009 and 2010) has no single place in the order.
            expect([...yearsForKeys(f.keys)].filter((y) => y !== f.date.year && f.list?.years.includes(y)), `${q.id}: "${f.event}" happened in several years`).toEqual([]);
          });
          break;
        }
      }
    }
  });

  it("never offers a second true answer", () => {
    for (const q of content.questions) {
      if (q.kind === "year-choice" || q.kind === "true-false") {
        const f = mainFact(q);
        // Questions are built from their own document only, so that no document changes another's questions.
        const trueYears = yearsForKeys(f.keys, f.documentId);
        trueYears.add(f.date.year);
        for (const y of f.list?.years ?? []) trueYears.add(y);
        const wrong = q.kind === "year-choice"
          ? (q.choices ?? []).filter((c) => c !== q.answer).map(Number)
          : q.answer === "False" ? [Number(/\b(\d{4})\b(?!.*\b\d{4}\b)/.exec(q.prompt)?.[1])] : [];
        for (const y of wrong) expect(trueYears.has(y), `${q.id}: ${y} is also true for “${f.event}”`).toBe(false);
        if (q.kind === "true-false" && q.answer === "True") expect(q.prompt.includes(String(f.date.year)), q.id).toBe(true);
      }
      if (q.kind === "event-for-date") {
        const f = mainFact(q);
        for (const choice of (q.choices ?? []).filter((c) => c !== q.answer)) {
          const others = content.facts.filter((o) => o.event === choice && o.documentId === f.documentId);
          expect(others.length, `${q.id}: distractor is not an event of the corpus`).toBeGreaterThan(0);
          for (const o of others) {
            const overlaps = o.date.year <= (f.date.endYear ?? f.date.year) && (o.date.endYear ?? o.date.year) >= f.date.year;
            expect(overlaps, `${q.id}: “${choice}” also happened in ${f.date.year}`).toBe(false);
            expect(o.keys.some((k) => yearsForKeys([k], f.documentId).has(f.date.year)), `${q.id}: subject of “${choice}” active in ${f.date.year}`).toBe(false);
          }
        }
      }
      if (q.kind === "who-what") {
        const f = mainFact(q);
        for (const choice of (q.choices ?? []).filter((c) => c !== q.answer)) {
          const entries = content.facts.filter((o) => o.list?.listId === f.list?.listId && o.list?.entry === choice);
          expect(entries.length, q.id).toBeGreaterThan(0);
          expect(entries.some((o) => o.list?.years.includes(f.date.year)), `${q.id}: ${choice} also listed for ${f.date.year}`).toBe(false);
        }
      }
      if (q.kind === "number-cloze") {
        for (const c of (q.choices ?? []).filter((c) => c !== q.answer)) {
          const standalone = new RegExp(`(^|[^\\d.,])${c.replace(/[.$]/g, "\\$&")}(?![\\d,])`);
          expect(standalone.test(q.source.quote), `${q.id}: distractor ${c} appears in the quote`).toBe(false);
        }
      }
    }
  });

  it("never asks for a year resolved from a relative date in an undated document", () => {
    for (const q of content.questions) {
      for (const f of factsOf(q)) {
        const factDoc = content.documents.find((d) => d.id === f.documentId);
        if (f.resolvedFrom === "relative" || f.resolvedFrom === "document-year") expect(factDoc?.date, q.id).toBeTruthy();
      }
    }
    const undated = new Set(content.documents.filter((d) => !d.date).map((d) => d.id));
    expect(content.facts.filter((f) => undated.has(f.documentId) && (f.resolvedFrom === "relative" || f.resolvedFrom === "document-year"))).toEqual([]);
    // The undated news article says only "on Friday": no year may be invented for it.
    expect(content.facts.filter((f) => f.documentId === "strategic-partnership-news").map((f) => f.dateText)).toEqual(["1970s and 1980s", "late 19th century"]);
  });

  it("generates nothing from the French résumé", () => {
    const french = content.documents.flatMap((d) => d.sections.flatMap((s) => s.paragraphs)).filter((b) => b.type === "paragraph" && b.language === "fr");
    expect(french).toHaveLength(1);
    const frenchIds = new Set(french.flatMap((b) => (b.type === "paragraph" ? b.sentences.map((s) => s.id) : [])));
    expect(content.questions.filter((q) => frenchIds.has(q.source.sentenceId))).toEqual([]);
    expect(content.facts.filter((f) => frenchIds.has(f.sentenceId))).toEqual([]);
  });

  it("has unique prompts and ids, stable between runs", () => {
    const prompts = content.questions.map((q) => q.prompt.toLowerCase());
    expect(new Set(prompts).size).toBe(prompts.length);
    expect(new Set(content.questions.map((q) => q.id)).size).toBe(content.questions.length);
    const again = buildContent([...files].reverse());
    expect(again.questions).toEqual(content.questions);
  });

  it("reads as English: no empty blanks, no doubled spaces, prompts end properly", () => {
    for (const q of content.questions) {
      expect(q.prompt, q.id).not.toMatch(/\s{2,}|\s[,.?]|\b(did|was) (he|she|it|they)\b/);
      if (q.kind === "year-choice" || q.kind === "who-what" || q.kind === "event-for-date") expect(q.prompt.endsWith("?"), q.id).toBe(true);
      if (q.kind === "date-cloze" || q.kind === "number-cloze") expect(q.prompt.split(BLANK)).toHaveLength(2);
      for (const c of q.choices ?? []) expect(c.trim(), q.id).toBe(c);
    }
  });
});
