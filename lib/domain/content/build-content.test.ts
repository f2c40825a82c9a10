import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildTimeline } from "../timeline/build-timeline";
import { DATED_PRESS_RELEASE, PLAIN_TEXT_NOTE, UNDATED_WIKI } from "./__fixtures__/new-documents";
import { buildContent } from "./build-content";
import { loadContent, readContentFiles } from "@/lib/server/content/load-content";

const CONTENT_DIR = fileURLToPath(new URL("../../../content", import.meta.url));

describe("documents the engine has never seen", () => {
  const content = buildContent([PLAIN_TEXT_NOTE, DATED_PRESS_RELEASE, UNDATED_WIKI]);

  it("parses, dates and quizzes them", () => {
    expect(content.documents.map((d) => [d.id, d.title, d.date])).toEqual([
      ["brazil-notes", "Japanese Migration to Brazil", null],
      ["mexico-relations", "Japan–Mexico relations", null],
      ["tokyo-meeting", "Japan-Chile Foreign Ministers' Meeting", "2021-03-05"],
    ]);
    const prompts = content.questions.map((q) => q.prompt);
    expect(prompts).toContain("In what year did the Kasato Maru arrive in Santos with 781 Japanese immigrants?");
    expect(prompts).toContain("Which Mexican president visited Japan in 2008?");
    expect(prompts).toContain("In what year did Japan and Mexico sign a Treaty of Amity, Commerce and Navigation?");
    // "next October" in a release of 5 March 2021 is 2021: a prompt naming the release's date would give it away.
    expect(prompts.some((p) => p.startsWith("According to the press release of 5 March 2021, in what year"))).toBe(false);
    expect(content.facts.some((f) => f.dateText === "next October" && f.date.year === 2021)).toBe(true);
    for (const q of content.questions) expect(q.choices ? new Set(q.choices).size : 0).toBe(q.choices?.length ?? 0);
  });

  it("never turns a relative date of an undated document into a year", () => {
    const undated = content.facts.filter((f) => f.documentId !== "tokyo-meeting");
    expect(undated.filter((f) => /next/i.test(f.dateText))).toEqual([]);
    expect(content.facts.filter((f) => f.documentId === "tokyo-meeting" && f.resolvedFrom === "relative").map((f) => [f.dateText, f.dateLabel])).toEqual([
      ["next October", "October 2021"],
      ["next year", "2022"],
    ]);
  });

  it("loads .md and .txt files from a directory (and ignores other files)", () => {
    const dir = mkdtempSync(join(tmpdir(), "content-"));
    try {
      writeFileSync(join(dir, PLAIN_TEXT_NOTE.fileName), PLAIN_TEXT_NOTE.text);
      writeFileSync(join(dir, UNDATED_WIKI.fileName), UNDATED_WIKI.text);
      writeFileSync(join(dir, "README.md"), "# Not content");
      writeFileSync(join(dir, "notes.json"), "{}");
      expect(loadContent(dir).documents.map((d) => d.id)).toEqual(["brazil-notes", "mexico-relations"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("stable ids over the real content", () => {
  const files = readContentFiles(CONTENT_DIR);
  const before = buildContent(files);

  it("keeps every question id when a sentence without questions is edited", () => {
    const edited = files.map((f) => ({ ...f, text: f.text.replace("Most of the migrants came to the country to work on the various plantations.", "Most of the migrants worked on sugar and cotton plantations.") }));
    expect(edited).not.toEqual(files);
    const after = buildContent(edited);
    expect(after.questions.map((q) => q.id)).toEqual(before.questions.map((q) => q.id));
  });

  it("keeps other sentences' question ids when one dated sentence changes", () => {
    const old = "In 1992, President Fujimori paid a visit to Japan.";
    const changed = "In 1992, President Fujimori made an official trip to Tokyo.";
    const after = buildContent(files.map((f) => ({ ...f, text: f.text.replace(old, changed) })));
    const oldSentence = before.questions.find((q) => q.source.quote === old)?.source.sentenceId;
    const untouched = (qs: typeof before.questions) => qs.filter((q) => q.source.sentenceId !== oldSentence && q.source.quote !== changed && q.kind !== "chronology" && q.kind !== "event-for-date");
    const afterIds = new Set(after.questions.map((q) => q.id));
    const missing = untouched(before.questions).filter((q) => !afterIds.has(q.id));
    expect(missing.map((q) => q.prompt)).toEqual([]);
  });
});

describe("lessons and timeline", () => {
  const content = buildContent(readContentFiles(CONTENT_DIR));

  it("marks each sentence's facts and lists key facts by date, with conflicts", () => {
    const lesson = content.lessons.find((l) => l.slug === "abe-humala-summit-2014");
    expect(lesson).toMatchObject({ title: "Japan-Peru Summit Meeting (Prime Minister Abe and President Humala)", date: "2014-11-10", source: { kind: "press-release", publisher: "Ministry of Foreign Affairs of Japan" } });
    expect(lesson?.keyFacts.map((f) => f.dateLabel)).toEqual(["1959", "2012", "10 November 2014", "2015", "March 2015"]);
    const sentences = lesson?.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === "paragraph" ? b.sentences : b.type === "list" ? b.items.flatMap((i) => i.sentences) : []))) ?? [];
    const epa = sentences.find((s) => s.text.includes("EPA came into force"));
    expect(epa?.factIds).toHaveLength(1);
    expect(epa && epa.text.slice(epa.highlights[0]?.start, epa.highlights[0]?.end)).toBe("2012");
    expect(lesson?.conflicts.map((c) => c.topic)).toEqual(["Economic Partnership Agreement"]);
    expect(lesson?.corroborations.length).toBeGreaterThan(0);
  });

  it("orders the timeline, merges sources of the same event and groups by era", () => {
    const { eras, events } = content.timeline;
    expect(eras.map((e) => e.label)).toEqual([
      "Early contacts and migration (before 1941)",
      "War and rebuilding (1941–1989)",
      "The Fujimori years (1990–2000)",
      "The 21st century (2001–)",
    ]);
    const keys = events.map((e) => e.date.year * 10000 + (e.date.month ?? 0) * 100 + (e.date.day ?? 0));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    const kishi = events.find((e) => e.date.year === 1959);
    expect(kishi?.sources.map((s) => s.documentId).sort()).toEqual(["abe-humala-summit-2014", "japan-peru-relations-encyclopedia", "japan-peru-relations-encyclopedia"]);
    expect(events.some((e) => e.documentId === "strategic-partnership-news" && e.dateLabel === "the late 19th century")).toBe(true);
    expect(events.some((e) => /1990-2000 period/.test(e.event))).toBe(false);
    for (const e of events) expect(e.sentenceId.startsWith(`${e.documentId}.`)).toBe(true);
  });

  it("falls back to century eras on request", () => {
    const t = buildTimeline(content.facts, { eras: "century" });
    expect(t.eras.map((e) => e.label)).toEqual(["The 19th century", "The 20th century", "The 21st century"]);
  });
});
