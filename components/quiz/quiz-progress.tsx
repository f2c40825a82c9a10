import { useTranslations } from "next-intl";

/** "Question 3 of 10" with a bar; the text carries the meaning, the bar is decoration. */
export function QuizProgress({ position, total, answered }: { position: number; total: number; answered: number }) {
  const t = useTranslations("quiz");
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  return (
    <div className="mb-6 space-y-2">
      <p className="text-sm font-medium text-stone-700" data-testid="quiz-progress">
        {t("progress", { position, total })}
      </p>
      <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full bg-stone-200">
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
