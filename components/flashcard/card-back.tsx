import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { ReportQuestionForm } from "@/components/library/report-question-form";
import type { StudyCardView } from "@/lib/domain/flashcards/views";

/** The answer side: the answer, the source sentence it comes from, and a link to that sentence. */
export function CardBack({ card, ref }: { card: StudyCardView; ref?: Ref<HTMLDivElement> }) {
  const t = useTranslations("study");
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby="card-answer-heading"
      className="card-reveal space-y-4 border-t border-stone-200 pt-5 focus:outline-none"
      data-testid="card-back"
    >
      <h3 id="card-answer-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        {t("answer")}
      </h3>
      {Array.isArray(card.answer) ? (
        <ol className="list-decimal space-y-1 pl-6 text-lg font-semibold text-stone-950">
          {card.answer.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      ) : (
        <p className="text-xl font-semibold text-stone-950">{card.answer}</p>
      )}
      <figure className="space-y-2">
        {card.quotes.map(({ sentenceId, quote }) => (
          <blockquote key={sentenceId} className="border-l-4 border-brand-600 bg-stone-50 px-4 py-2 text-stone-800">
            {quote}
          </blockquote>
        ))}
        <figcaption className="text-sm text-stone-600">
          {t("from")} <cite className="not-italic font-medium text-stone-800">{card.documentTitle}</cite>
        </figcaption>
      </figure>
      <Link href={card.lessonHref} className="inline-block text-sm font-medium text-brand-700 underline underline-offset-2">
        {t("readInLesson")}
      </Link>
      <ReportQuestionForm key={card.cardId} questionId={card.questionId} />
    </div>
  );
}
