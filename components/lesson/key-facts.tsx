import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DatedFact } from "@/lib/domain/document/facts/fact-types";

export function KeyFacts({ facts }: { facts: DatedFact[] }) {
  const t = useTranslations("lessons");
  if (facts.length === 0) {
    return <p className="text-sm text-stone-600">{t("noDates")}</p>;
  }
  return (
    <ol className="space-y-3">
      {facts.map((fact) => (
        <li key={fact.id} className="text-sm">
          <a href={`#${fact.sentenceId}`} className="font-semibold text-brand-800 hover:underline">
            {fact.dateLabel}
          </a>
          <span className="text-stone-800"> — {fact.event}</span>{" "}
          <Link href={`/timeline#fact-${fact.id}`} className="whitespace-nowrap text-xs text-stone-600 underline">
            {t("onTimeline")}
          </Link>
        </li>
      ))}
    </ol>
  );
}
