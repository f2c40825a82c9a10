import { GRADING_LABELS, REVIEW_POLICY_LABELS } from "@/lib/domain/assignments/labels";
import type { AssignmentRulesView } from "@/lib/domain/assignments/views";

/** The rules in words, dates already formatted in the reader's zone. */
export function AssignmentRulesList({ rules, dates }: { rules: AssignmentRulesView; dates: { opens: string; due: string; lateUntil: string } }) {
  const rows: [string, string][] = [
    ["Opens", dates.opens],
    ["Due", dates.due],
    ["Late work until", dates.lateUntil],
    ["Time limit", rules.timeLimitMinutes === null ? "None" : `${rules.timeLimitMinutes} minutes`],
    ["Attempts", rules.attemptsAllowed === null ? "Unlimited" : String(rules.attemptsAllowed)],
    ["Counts", GRADING_LABELS[rules.grading]],
    ["Correct answers shown", REVIEW_POLICY_LABELS[rules.reviewPolicy]],
    ["Order", [rules.shuffleQuestions ? "questions shuffled" : "questions in order", rules.shuffleChoices ? "choices shuffled" : null].filter(Boolean).join(", ")],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-stone-700">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
