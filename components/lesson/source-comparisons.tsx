import Link from "next/link";
import { useTranslations } from "next-intl";
import { lessonHref } from "@/lib/domain/content/lesson-link";
import type { SourceComparison } from "@/lib/domain/document/facts/date-conflicts";

/** Where another document gives a different date for what looks like the same event. */
export function SourceComparisons({ conflicts, titles }: { conflicts: SourceComparison[]; titles: Record<string, string> }) {
  const t = useTranslations("lessons");
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="sources-differ" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="sources-differ" className="text-lg font-semibold text-amber-950">
        {t("sourcesDiffer")}
      </h2>
      <ul className="mt-3 space-y-4 text-sm">
        {conflicts.map((comparison) => (
          <li key={comparison.id}>
            <p className="font-medium text-stone-900">{comparison.topic}</p>
            <p className="text-stone-700">{comparison.note}</p>
            <ul className="mt-2 space-y-2">
              {comparison.entries.map((entry) => (
                <li key={`${entry.documentId}-${entry.sentenceId}`} className="border-l-4 border-amber-300 pl-3">
                  <blockquote className="italic text-stone-800">“{entry.quote}”</blockquote>
                  <Link href={lessonHref(entry)} className="text-xs text-stone-600 underline">
                    {titles[entry.documentId] ?? entry.documentId} — {entry.dateLabel}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
