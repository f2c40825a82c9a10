import { excludeQuestion } from "@/lib/actions/exclude-question";
import { DISCRIMINATION_FLOOR, FACILITY_FLOOR, type ItemFlag } from "@/lib/domain/results/item-statistics";
import type { QuestionStatisticsView } from "@/lib/domain/results/views";
import { percent, signed } from "./format";

const FLAG_TEXT: Record<ItemFlag, string> = {
  "too-hard": `Facility under ${FACILITY_FLOOR}: most students got it wrong`,
  "low-discrimination": `Discrimination under ${DISCRIMINATION_FLOOR}: strong and weak students did about as well`,
};

/** Per-question figures with the prompt and source quote; flagged questions offer to drop them from future work. */
export function QuestionStatisticsList({ assignmentId, questions }: { assignmentId: string; questions: readonly QuestionStatisticsView[] }) {
  const flagged = questions.filter((q) => q.flags.length > 0);
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-700">
        Facility is the share of students who answered correctly in the attempt that counts. Discrimination is the facility among the
        top 27% of students by score minus that among the bottom 27% (shown from four students).{" "}
        {flagged.length === 0 ? "No question is flagged." : `Flagged: ${flagged.map((q) => `Q${q.number}`).join(", ")}.`}
      </p>
      <ol className="space-y-3">
        {questions.map((q) => (
          <li key={q.questionId} id={`question-${q.number}`} data-testid="question-statistics"
            className={`rounded-lg border p-4 ${q.flags.length ? "border-amber-400 bg-amber-50/40" : "border-stone-200"}`}>
            <h3 className="font-semibold text-stone-900">
              Q{q.number}. {q.prompt}
            </h3>
            <p className="mt-1 text-sm text-stone-700">Answer: {q.answer}</p>
            <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-sm italic text-stone-700">
              “{q.quote}” <span className="not-italic text-stone-600">— {q.documentTitle}</span>
            </blockquote>
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
              <div><dt className="text-stone-600">Facility</dt><dd className="font-semibold tabular-nums">{percent(q.facility)}</dd></div>
              <div><dt className="text-stone-600">Discrimination</dt><dd className="font-semibold tabular-nums">{signed(q.discrimination)}</dd></div>
              <div><dt className="text-stone-600">Students</dt><dd className="font-semibold tabular-nums">{q.students}</dd></div>
              <div>
                <dt className="text-stone-600">Most-chosen wrong answer</dt>
                <dd className="font-semibold">{q.commonWrong ? `${q.commonWrong.response} (${q.commonWrong.count})` : "—"}</dd>
              </div>
            </dl>
            {q.flags.length ? (
              <div className="mt-3 space-y-2">
                <ul className="list-disc pl-5 text-sm text-amber-900">
                  {q.flags.map((flag) => <li key={flag}>Flagged: {FLAG_TEXT[flag]}.</li>)}
                </ul>
                {q.excluded ? (
                  <p className="text-sm font-medium text-stone-800">Dropped from this class’s future assignments.</p>
                ) : (
                  <form action={excludeQuestion}>
                    <input type="hidden" name="assignmentId" value={assignmentId} />
                    <input type="hidden" name="questionId" value={q.questionId} />
                    <button type="submit" className="rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-700">
                      Drop Q{q.number} from future assignments
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
