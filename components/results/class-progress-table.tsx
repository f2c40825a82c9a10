import { useLocale, useTranslations } from "next-intl";
import { masteryStyle } from "@/components/progress/mastery-colour";
import type { ClassProgressView } from "@/lib/domain/results/views";
import { dateTimeFormat, percent } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Students × lessons mastery (the learner dashboard's measure), weekly study and why anyone is falling behind. */
export function ClassProgressTable({ view, timeZone }: { view: ClassProgressView; timeZone: string }) {
  const t = useTranslations("teach.progress");
  const tMastery = useTranslations("mastery");
  const date = dateTimeFormat(timeZone, useLocale());
  if (view.students.length === 0) return <p className="text-sm text-stone-700">{t("empty")}</p>;
  // The loader's week labels are English; the column says the same span in the reader's language.
  const weekLabel = (index: number) => {
    const weeksAgo = view.weeks.length - 1 - index;
    return weeksAgo === 0 ? t("studyLastWeek") : t("studyWeeksAgo", { from: weeksAgo * 7 + 1, to: (weeksAgo + 1) * 7 });
  };
  return (
    <ScrollRegion label={t("scroll")}>
      <table className="w-full border-collapse text-left text-sm" data-testid="class-progress">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-stone-300 align-bottom text-stone-800">
            <th scope="col" className="py-2 pr-3 font-semibold">{t("student")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("behindQuestion")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("overall")}</th>
            {view.lessons.map((l) => <th key={l.id} scope="col" className="max-w-32 py-2 pr-3 font-semibold">{l.title}</th>)}
            {view.weeks.map((w, i) => <th key={w} scope="col" className="py-2 pr-3 font-semibold">{weekLabel(i)}</th>)}
            <th scope="col" className="py-2 font-semibold">{t("lastActive")}</th>
          </tr>
        </thead>
        <tbody>
          {view.students.map((s) => (
            <tr key={s.studentId} className="border-b border-stone-100 align-top" data-testid="class-progress-student">
              <th scope="row" className="py-2 pr-3 font-medium">{s.name}</th>
              <td className="py-2 pr-3">{s.reasons.length ? <span className="font-medium text-red-800">{t("yes", { reasons: s.reasons.map((r) => t(r)).join(", ") })}</span> : t("no")}</td>
              <td className="py-2 pr-3 tabular-nums">{percent(s.mastery)}</td>
              {s.lessons.map((l) => {
                const style = masteryStyle(l.mastery, l.seen);
                return (
                  <td key={l.lessonId} className="py-2 pr-3">
                    <span className={`whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium tabular-nums ${style.badgeClass}`}>
                      {percent(l.mastery)} {tMastery(style.level)}
                    </span>
                  </td>
                );
              })}
              {s.weeklyActivity.map((n, i) => <td key={view.weeks[i]} className="py-2 pr-3 tabular-nums">{n}</td>)}
              <td className="whitespace-nowrap py-2">{s.lastActive ? date.format(new Date(s.lastActive)) : t("never")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
