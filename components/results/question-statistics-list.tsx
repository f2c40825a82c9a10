import { useTranslations } from "next-intl";
import { excludeQuestion } from "@/lib/actions/exclude-question";
import { DISCRIMINATION_FLOOR, FACILITY_FLOOR, type ItemFlag } from "@/lib/domain/results/item-statistics";
import type { QuestionStatisticsView } from "@/lib/domain/results/views";
import { percent, signed } from "./format";

const FLAG_FLOOR: Record<ItemFlag, number> = { "too-hard": FACILITY_FLOOR, "low-discrimination": DISCRIMINATION_FLOOR };

/** Per-question figures with the prompt and source quote; flagged questions offer to drop them from future work. */
export function QuestionStatisticsList({ assignmentId, questions }: { assignmentId: string; questions: readonly QuestionStatisticsView[] }) {
  const t = useTranslations("teach.statistics");
  const flagged = questions.filter((q) => q.flags.length > 0);
  const number = (q: { number: number }) => t("questionNumber", { number: q.number });
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-700">
        {t("intro")} {flagged.length === 0 ? t("noneFlagged") : t("flaggedList", { list: flagged.map(number).join(", ") })}
      </p>
      <ol className="space-y-3">
        {questions.map((q) => (
          <li key={q.questionId} id={`question-${q.number}`} data-testid="question-statistics"
            className={`rounded-lg border p-4 ${q.flags.length ? "border-amber-400 bg-amber-50/40" : "border-stone-200"}`}>
            <h3 className="font-semibold text-stone-900">
              {number(q)}. {q.prompt}
            </h3>
            <p className="mt-1 text-sm text-stone-700">{t("answer", { answer: q.answer })}</p>
            <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-sm italic text-stone-700">
              “{q.quote}” <span className="not-italic text-stone-600">— {q.documentTitle}</span>
            </blockquote>
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
              <div><dt className="text-stone-600">{t("facility")}</dt><dd className="font-semibold tabular-nums">{percent(q.facility)}</dd></div>
              <div><dt className="text-stone-600">{t("discrimination")}</dt><dd className="font-semibold tabular-nums">{signed(q.discrimination)}</dd></div>
              <div><dt className="text-stone-600">{t("students")}</dt><dd className="font-semibold tabular-nums">{q.students}</dd></div>
              <div>
                <dt className="text-stone-600">{t("commonWrong")}</dt>
                <dd className="font-semibold">{q.commonWrong ? `${q.commonWrong.response} (${q.commonWrong.count})` : "—"}</dd>
              </div>
            </dl>
            {q.flags.length ? (
              <div className="mt-3 space-y-2">
                <ul className="list-disc pl-5 text-sm text-amber-900">
                  {q.flags.map((flag) => <li key={flag}>{t("flag", { reason: t(flag, { floor: FLAG_FLOOR[flag] }) })}</li>)}
                </ul>
                {q.excluded ? (
                  <p className="text-sm font-medium text-stone-800">{t("dropped")}</p>
                ) : (
                  <form action={excludeQuestion}>
                    <input type="hidden" name="assignmentId" value={assignmentId} />
                    <input type="hidden" name="questionId" value={q.questionId} />
                    <button type="submit" className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-700">
                      {t("drop", { number: q.number })}
                    </button>
                  </form>
                )}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
