import Link from "next/link";
import { percent } from "@/lib/domain/assignments/labels";
import type { StudentAttemptView } from "@/lib/domain/assignments/views";

/** A student's attempts with score, late flag, which one counts, and a review link when answers may be shown. */
export function StudentAttemptList({ attempts, reviewable, finishedText }: { attempts: StudentAttemptView[]; reviewable: boolean; finishedText: Record<string, string> }) {
  if (attempts.length === 0) return null;
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Your attempts">
      {attempts.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3 text-sm">
          <span className="font-medium">Attempt {a.number}</span>
          <span>{a.finishedAt ? `Submitted ${finishedText[a.id]}` : "In progress"}</span>
          {a.finishedAt ? <span>Score {percent(a.score)}</span> : null}
          {a.late ? <span className="font-semibold text-amber-900">Late</span> : null}
          {a.counts ? <span className="text-emerald-800">Counts</span> : null}
          {a.finishedAt && reviewable ? (
            <Link href={`/quiz/${a.id}`} className="text-brand-800 underline">Review answers</Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
