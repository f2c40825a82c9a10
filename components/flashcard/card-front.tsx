import { useTranslations } from "next-intl";
import { focusCloze } from "@/lib/domain/flashcards/focus-cloze";
import type { StudyCardView } from "@/lib/domain/flashcards/views";

/**
 * The question side: the prompt (a long cloze cut to the clause that matters; the back quotes the whole
 * sentence), and for chronology the events to put in order.
 */
export function CardFront({ card }: { card: StudyCardView }) {
  const t = useTranslations("study");
  const prompt = focusCloze(card.prompt).text;
  return (
    <div className="space-y-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
        {t(`phases.${card.phase}`)} · {card.documentTitle}
      </p>
      <h2 id="card-prompt" className="font-serif text-xl leading-snug text-stone-950 sm:text-2xl" data-testid="card-prompt">
        {prompt}
      </h2>
      {card.events ? (
        <ul className="list-disc space-y-1 pl-5 text-stone-800" aria-label={t("eventsToOrder")}>
          {card.events.map((event) => (
            <li key={event}>{event}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
