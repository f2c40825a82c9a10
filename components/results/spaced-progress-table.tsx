import { useTranslations } from "next-intl";
import type { SpacedStanding } from "@/lib/domain/results/spaced-progress";
import type { SpacedStudentView } from "@/lib/domain/results/views";
import { percent } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const STANDING_LABEL: Record<SpacedStanding, string> = {
  met: "On target",
  below: "Below target",
  "not-started": "Not started",
};

/** Each student's predicted recall of a spaced assignment's target, read from their cards now. */
export function SpacedProgressTable({ students, target, targetLabel }: { students: readonly SpacedStudentView[]; target: number; targetLabel: string }) {
  const t = useTranslations("teach.spaced");
  return (
    <ScrollRegion label={t("label")}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption", { target: targetLabel, percent: percent(target) })}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-800">
            <th scope="col" className="py-2 pr-3 font-semibold">{t("student")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("recall")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("standing")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("atTarget")}</th>
            <th scope="col" className="py-2 font-semibold">{t("toReview")}</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.studentId} className="border-b border-stone-100" data-testid="spaced-student">
              <th scope="row" className="py-2 pr-3 font-medium">{s.name}</th>
              <td className="py-2 pr-3 tabular-nums">{percent(s.recall)}</td>
              <td className="py-2 pr-3">{t(s.standing)}</td>
              <td className="py-2 pr-3 tabular-nums">{t("of", { strong: s.strong, total: s.total })}</td>
              <td className="py-2 tabular-nums">{s.toReview}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
