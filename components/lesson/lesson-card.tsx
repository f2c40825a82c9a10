import Link from "next/link";
import type { LessonSummaryView } from "@/lib/domain/content/views";
import { documentDateLabel, documentKindLabel } from "./document-labels";

export function LessonCard({ lesson }: { lesson: LessonSummaryView }) {
  return (
    <li className="flex flex-col rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{documentKindLabel(lesson.kind)}</p>
      <h2 className="mt-1 font-serif text-xl font-semibold text-stone-950">
        <Link href={`/lessons/${lesson.slug}`} className="hover:underline">
          {lesson.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        {[lesson.publisher, documentDateLabel(lesson.date, lesson.kind)].filter(Boolean).join(" · ")}
      </p>
      <p className="mt-auto pt-4 text-sm text-stone-700">
        {lesson.factCount} dated {lesson.factCount === 1 ? "event" : "events"} · {lesson.questionCount}{" "}
        {lesson.questionCount === 1 ? "question" : "questions"}
      </p>
    </li>
  );
}
