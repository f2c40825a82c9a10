import { useTranslations } from "next-intl";
import type { AssignmentRulesView } from "@/lib/domain/assignments/views";

/** The rules in words, dates already formatted in the reader's zone. */
export function AssignmentRulesList({ rules, dates }: { rules: AssignmentRulesView; dates: { opens: string; due: string; lateUntil: string } }) {
  const t = useTranslations("teach.rules");
  const labels = useTranslations("assignmentLabels");
  const rows: [string, string][] = [
    [t("opens"), dates.opens],
    [t("due"), dates.due],
    [t("lateUntil"), dates.lateUntil],
    [t("timeLimit"), rules.timeLimitMinutes === null ? t("none") : t("minutes", { count: rules.timeLimitMinutes })],
    [t("attempts"), rules.attemptsAllowed === null ? t("unlimited") : String(rules.attemptsAllowed)],
    [t("counts"), labels(`grading.${rules.grading}`)],
    [t("answersShown"), labels(`reviewPolicy.${rules.reviewPolicy}`)],
    [t("order"), [rules.shuffleQuestions ? t("questionsShuffled") : t("questionsInOrder"), rules.shuffleChoices ? t("choicesShuffled") : null].filter(Boolean).join(", ")],
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
