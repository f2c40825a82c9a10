import Link from "next/link";
import type { LessonSentence as Sentence } from "@/lib/domain/content/build-lesson";

/** `text` (which starts at `offset` in the sentence) with the source's emphasis in italics. */
function emphasized(text: string, offset: number, emphasis: Sentence["emphasis"], key: string): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  let cursor = 0;
  for (const e of emphasis ?? []) {
    const start = Math.max(e.start - offset, cursor);
    const end = Math.min(e.end - offset, text.length);
    if (end <= start) continue;
    out.push(text.slice(cursor, start), <em key={`${key}-${start}`}>{text.slice(start, end)}</em>);
    cursor = end;
  }
  out.push(text.slice(cursor));
  return out;
}

/** A sentence with an anchor (questions link here) and its dates marked, each linking to the timeline. */
export function LessonSentence({ sentence }: { sentence: Sentence }) {
  const highlights = [...sentence.highlights].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const highlight of highlights) {
    if (highlight.start < cursor) continue; // overlapping spans: the first one wins
    parts.push(...emphasized(sentence.text.slice(cursor, highlight.start), cursor, sentence.emphasis, `t${cursor}`));
    parts.push(
      <Link
        key={highlight.factId}
        href={`/timeline#fact-${highlight.factId}`}
        className="rounded bg-amber-100 px-0.5 font-medium text-amber-950 underline decoration-amber-400 decoration-2 underline-offset-2 hover:bg-amber-200"
        title="See this event on the timeline"
      >
        {sentence.text.slice(highlight.start, highlight.end)}
      </Link>,
    );
    cursor = highlight.end;
  }
  parts.push(...emphasized(sentence.text.slice(cursor), cursor, sentence.emphasis, `t${cursor}`));
  return (
    <span id={sentence.id} className="scroll-mt-24 target:bg-sky-100 target:ring-2 target:ring-sky-300">
      {parts}{" "}
    </span>
  );
}
