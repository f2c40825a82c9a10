import type { MyQuestionReviewView } from "@/lib/domain/results/views";

/** A student's answers in the attempt that counts; right or wrong and the correct answer only when the rule allows. */
export function MyQuestionReview({ questions }: { questions: readonly MyQuestionReviewView[] }) {
  if (questions.length === 0) return null;
  return (
    <ol className="space-y-3">
      {questions.map((q) => (
        <li key={q.number} className="rounded-lg border border-stone-200 p-4" data-testid="my-answer">
          <p className="font-medium text-stone-900">Q{q.number}. {q.prompt}</p>
          <p className="mt-1 text-sm text-stone-800">
            Your answer: {q.response ?? <em>not answered</em>}
            {q.correct === null ? null : q.correct ? <strong className="ml-2 text-emerald-800">Correct</strong> : <strong className="ml-2 text-red-800">Wrong</strong>}
          </p>
          {q.answer !== null && q.correct === false ? <p className="mt-1 text-sm text-stone-800">Correct answer: {q.answer}</p> : null}
          {q.quote ? <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-sm italic text-stone-700">“{q.quote}”</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
