import Link from "next/link";
import type { RecentQuizView } from "@/lib/domain/progress/views";

export function RecentQuizzesTable({ quizzes, timeZone }: { quizzes: readonly RecentQuizView[]; timeZone: string }) {
  if (quizzes.length === 0) {
    return (
      <p className="text-sm text-stone-700">
        No finished quizzes yet.{" "}
        <Link href="/quiz" className="font-medium text-brand-700 underline">
          Take a quiz
        </Link>{" "}
        to see your scores here.
      </p>
    );
  }
  const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Your last {quizzes.length} finished quizzes, newest first</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-800">
            <th scope="col" className="py-2 pr-3 font-semibold">Date</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Quiz</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Score</th>
            <th scope="col" className="py-2 font-semibold"><span className="sr-only">Review</span></th>
          </tr>
        </thead>
        <tbody>
          {quizzes.map((quiz) => (
            <tr key={quiz.attemptId} className="border-b border-stone-100 align-top">
              <td className="whitespace-nowrap py-2 pr-3 text-stone-700">{date.format(quiz.finishedAt)}</td>
              <td className="py-2 pr-3 text-stone-900">{quiz.scopeLabel}</td>
              <td className="py-2 pr-3 tabular-nums text-stone-900">
                <span className="font-semibold">{Math.round(quiz.score * 100)}%</span>
                <span className="block text-xs text-stone-600">
                  {quiz.correctCount} of {quiz.total} right
                </span>
              </td>
              <td className="py-2">
                <Link
                  href={`/quiz/${quiz.attemptId}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  aria-label={`Review ${quiz.scopeLabel} from ${date.format(quiz.finishedAt)}`}
                >
                  Review
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
