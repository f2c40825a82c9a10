import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { formatLocaleOf } from "@/lib/domain/i18n/locales";
import type { DashboardView } from "@/lib/domain/progress/views";
import { BarChart } from "./bar-chart";
import { DashboardPanel } from "./dashboard-panel";
import { dayLabels } from "./day-labels";
import { ExportCardsLinks } from "./export-cards-links";
import { LessonMasteryList } from "./lesson-mastery-list";
import { PercentLineChart } from "./line-chart";
import { RecentQuizzesTable } from "./recent-quizzes-table";
import { StudyWeekStrip } from "./study-week";

function usePercent(): (value: number) => string {
  const format = new Intl.NumberFormat(formatLocaleOf(useLocale()), { style: "percent", maximumFractionDigits: 0 });
  return (value) => format.format(value);
}

function DueCards({ dashboard }: { dashboard: DashboardView }) {
  const t = useTranslations("progress");
  const { shortWeekday, longDate } = dayLabels(useLocale());
  const { dueForecast, dueToday } = dashboard;
  const laterThisWeek = dueForecast.slice(1).reduce((sum, day) => sum + day.count, 0);
  const bars = dueForecast.map((day, i) => ({
    key: day.date,
    axisLabel: i === 0 ? t("today") : shortWeekday(day.date),
    label: i === 0 ? t("todayOverdue", { date: longDate(day.date) }) : longDate(day.date),
    value: day.count,
  }));
  const description = t("dueChartDescription", { days: bars.map((bar, i) => `${i === 0 ? t("dueChartToday") : longDate(bar.key)}, ${bar.value}`).join("; ") });
  return (
    <DashboardPanel id="due-cards" title={t("panels.dueCards")}>
      <p className="text-2xl font-semibold text-stone-950" data-testid="due-today">
        {t("dueToday", { count: dueToday })}
      </p>
      <p className="mb-3 text-sm text-stone-700">
        {laterThisWeek === 0 ? t("nothingElseDue") : t("moreDue", { count: laterThisWeek })}
      </p>
      {dueToday > 0 ? (
        <Link href="/study" className={buttonClasses("primary", "mb-3")}>
          {t("reviewDue")}
        </Link>
      ) : null}
      <BarChart
        id="due-forecast"
        title={t("dueChart")}
        description={description}
        bars={bars}
        categoryHeader={t("day")}
        valueHeader={t("cardsDue")}
        showValues
      />
    </DashboardPanel>
  );
}

function ReviewsPerDay({ dashboard }: { dashboard: DashboardView }) {
  const t = useTranslations("progress");
  const { shortDate, longDate } = dayLabels(useLocale());
  const days = dashboard.reviewsPerDay;
  const total = dashboard.reviewsLast30Days;
  const active = days.filter((d) => d.count > 0);
  const busiest = active.reduce<(typeof days)[number] | null>((best, d) => (best && best.count >= d.count ? best : d), null);
  const first = days[0]?.date ?? dashboard.today;
  const summary = t("reviewsSummary", { count: total });
  // Worded apart from the visible summary, so a text search finds one element.
  const description = t("reviewsChartDescription", {
    from: longDate(first),
    total,
    days: active.length,
    busiest: busiest ? t("reviewsChartBusiest", { date: longDate(busiest.date), count: busiest.count }) : "",
  });
  return (
    <DashboardPanel id="reviews-per-day" title={t("panels.reviewsPerDay")}>
      <p className="mb-3 text-2xl font-semibold text-stone-950" data-testid="reviews-summary">
        {summary}
      </p>
      <BarChart
        id="reviews-chart"
        title={t("reviewsChart")}
        description={description}
        bars={days.map((day) => ({ key: day.date, axisLabel: shortDate(day.date), label: longDate(day.date), value: day.count }))}
        categoryHeader={t("day")}
        valueHeader={t("reviews")}
        labelEvery={7}
      />
    </DashboardPanel>
  );
}

function Accuracy({ dashboard }: { dashboard: DashboardView }) {
  const t = useTranslations("progress");
  const percent = usePercent();
  const { shortDate } = dayLabels(useLocale());
  const weeks = dashboard.accuracy;
  const points = weeks.map((week, i) => {
    const thisWeek = i === weeks.length - 1;
    return {
      key: week.weekStart,
      axisLabel: thisWeek ? t("thisWeek") : shortDate(week.weekStart),
      label: thisWeek ? t("thisWeekFrom", { date: shortDate(week.weekStart) }) : t("weekOf", { date: shortDate(week.weekStart) }),
      value: week.accuracy,
      detail: week.total === 0 ? t("noAnswers") : t("rightOf", { correct: week.correct, total: week.total }),
    };
  });
  const current = weeks[weeks.length - 1];
  const lastWithData = [...weeks].reverse().find((w) => w.accuracy !== null);
  const summary =
    current && current.accuracy !== null
      ? t("accuracyThisWeek", { percent: percent(current.accuracy), correct: current.correct, total: current.total })
      : lastWithData && lastWithData.accuracy !== null
        ? t("accuracyLastWeek", { date: shortDate(lastWithData.weekStart), percent: percent(lastWithData.accuracy) })
        : t("accuracyNone");
  const description = t("accuracyChartDescription", { weeks: points.map((p) => `${p.label}, ${p.value === null ? t("noData") : percent(p.value)}`).join("; ") });
  return (
    <DashboardPanel id="accuracy" title={t("panels.accuracy")}>
      <p className="mb-3 text-sm font-medium text-stone-800" data-testid="accuracy-summary">
        {summary}
      </p>
      <PercentLineChart
        id="accuracy-chart"
        title={t("accuracyChart")}
        description={description}
        points={points}
        categoryHeader={t("week")}
        valueHeader={t("right")}
        detailHeader={t("answers")}
      />
      <p className="mt-2 text-xs text-stone-600">{t("accuracyNote")}</p>
    </DashboardPanel>
  );
}

/** The learner's dashboard: every panel has a heading, a visible summary and a text alternative for its chart. */
export function ProgressDashboard({ dashboard, timeZone }: { dashboard: DashboardView; timeZone: string }) {
  const t = useTranslations("progress.panels");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <DueCards dashboard={dashboard} />
      <DashboardPanel id="study-days" title={t("studyDays")}>
        <StudyWeekStrip week={dashboard.studyWeek} today={dashboard.today} />
      </DashboardPanel>
      <ReviewsPerDay dashboard={dashboard} />
      <Accuracy dashboard={dashboard} />
      <DashboardPanel id="mastery" title={t("mastery")} wide>
        <LessonMasteryList lessons={dashboard.masteryByLesson} />
      </DashboardPanel>
      <DashboardPanel id="recent-quizzes" title={t("recentQuizzes")} wide>
        <RecentQuizzesTable quizzes={dashboard.recentQuizzes} timeZone={timeZone} />
      </DashboardPanel>
      {dashboard.cardCount > 0 ? (
        <DashboardPanel id="export" title={t("export")} wide>
          <ExportCardsLinks cardCount={dashboard.cardCount} />
        </DashboardPanel>
      ) : null}
    </div>
  );
}
