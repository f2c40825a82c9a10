import Link from "next/link";
import { useTranslations } from "next-intl";
import type { QuestionSource } from "@/lib/domain/generation/question-types";
import { lessonHref } from "@/lib/domain/content/lesson-link";

/** The sentence(s) a question came from, each with a link to it in its lesson. */
export function SourceQuote({ source }: { source: QuestionSource }) {
  const t = useTranslations("quiz");
  const all =
    source.quotes && source.quotes.length > 0
      ? source.quotes
      : [{ sentenceId: source.sentenceId, quote: source.quote, documentId: source.documentId }];
  // Two events of one chronology can come from the same sentence: show it once.
  const quotes = all.filter(
    (quote, index) => all.findIndex((other) => other.sentenceId === quote.sentenceId && other.documentId === quote.documentId) === index,
  );
  return (
    <div className="space-y-2">
      {quotes.map((quote) => {
        // Chronology sets may quote several documents; each quote links to its own lesson.
        const documentId = quote.documentId ?? source.documentId;
        return (
          <figure key={`${documentId}#${quote.sentenceId}`} className="space-y-1">
            <blockquote className="border-l-4 border-brand-600 bg-white px-4 py-2 font-serif text-stone-800">
              “{quote.quote}”
            </blockquote>
            <figcaption className="text-sm text-stone-600">
              {documentId === source.documentId ? `${source.documentTitle} · ` : null}
              <Link href={lessonHref({ documentId, sentenceId: quote.sentenceId })} className="font-medium text-brand-700 underline">
                {t("readInLesson")}
              </Link>
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
