import Link from "next/link";
import { useTranslations } from "next-intl";
import type { LessonSummaryView } from "@/lib/domain/content/views";
import { DocumentByline, DocumentKind } from "./document-labels";

export function LessonCard({ lesson }: { lesson: LessonSummaryView }) {
  const t = useTranslations("lessons");
  return (
    <li className="flex flex-col rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
        <DocumentKind kind={lesson.kind} />
      </p>
      <h2 className="mt-1 font-serif text-xl font-semibold text-stone-950">
        <Link href={`/lessons/${lesson.slug}`} className="hover:underline">
          {lesson.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        <DocumentByline publisher={lesson.publisher} date={lesson.date} kind={lesson.kind} />
      </p>
      <p className="mt-auto pt-4 text-sm text-stone-700">{t("counts", { facts: lesson.factCount, questions: lesson.questionCount })}</p>
    </li>
  );
}
