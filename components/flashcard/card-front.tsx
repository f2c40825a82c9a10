import type { StudyCardView } from "@/lib/domain/flashcards/views";

const PHASE_LABEL: Record<StudyCardView["phase"], string> = {
  new: "New card",
  learning: "Learning",
  review: "Review",
  relearning: "Relearning",
};

/** The question side: the prompt (or cloze), and for chronology the events to put in order. */
export function CardFront({ card }: { card: StudyCardView }) {
  return (
    <div className="space-y-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
        {PHASE_LABEL[card.phase]} · {card.documentTitle}
      </p>
      <h2 id="card-prompt" className="font-serif text-2xl leading-snug text-stone-950" data-testid="card-prompt">
        {card.prompt}
      </h2>
      {card.events ? (
        <ul className="list-disc space-y-1 pl-5 text-stone-800" aria-label="Events to put in order">
          {card.events.map((event) => (
            <li key={event}>{event}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
