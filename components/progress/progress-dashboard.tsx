import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { DashboardView } from "@/lib/domain/progress/views";
import { BarChart } from "./bar-chart";
import { DashboardPanel } from "./dashboard-panel";
import { longDate, plural, shortDate, shortWeekday } from "./day-labels";
import { ExportCardsLinks } from "./export-cards-links";
import { LessonMasteryList } from "./lesson-mastery-list";
import { PercentLineChart } from "./line-chart";
import { RecentQuizzesTable } from "./recent-quizzes-table";
import { StudyWeekStrip } from "./study-week";

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function DueCards({ dashboard }: { dashboard: DashboardView }) {
  const { dueForecast, dueToday } = dashboard;
  const laterThisWeek = dueForecast.slice(1).reduce((sum, day) => sum + day.count, 0);
  const bars = dueForecast.map((day, i) => ({
    key: day.date,
    axisLabel: i === 0 ? "Today" : shortWeekday(day.date),
    label: i === 0 ? `Today, ${longDate(day.date)} (overdue included)` : longDate(day.date),
    value: day.count,
  }));
  const description = `Bar chart of flashcards due on each of the next 7 days: ${bars
    .map((bar, i) => `${i === 0 ? "today" : longDate(bar.key)}, ${bar.value}`)
    .join("; ")}.`;
  return (
    <DashboardPanel id="due-cards" title="Due cards">
      <p className="text-2xl font-semibold text-stone-950" data-testid="due-today">
        Due today: {dueToday}
      </p>
      <p className="mb-3 text-sm text-stone-700">
        {laterThisWeek === 0 ? "Nothing else falls due in the next 6 days." : `${plural(laterThisWeek, "more card")} fall due in the next 6 days.`}
      </p>
      {dueToday > 0 ? (
        <Link href="/study" className={buttonClasses("primary", "mb-3")}>
          Review due cards
        </Link>
      ) : null}
      <BarChart
        id="due-forecast"
        title="Cards due in the next 7 days"
        description={description}
        bars={bars}
        categoryHeader="Day"
        valueHeader="Cards due"
        showValues
      />
    </DashboardPanel>
  );
}

function ReviewsPerDay({ dashboard }: { dashboard: DashboardView }) {
  const days = dashboard.reviewsPerDay;
  const total = dashboard.reviewsLast30Days;
  const active = days.filter((d) => d.count > 0);
  const busiest = active.reduce<(typeof days)[number] | null>((best, d) => (best && best.count >= d.count ? best : d), null);
  const first = days[0]?.date ?? dashboard.today;
  const summary = `${plural(total, "review")} in the last 30 days`;
  // Worded apart from the visible summary, so a text search finds one element.
  const description = `Bar chart of flashcard reviews per day from ${longDate(first)} to today: ${total} in total, on ${plural(active.length, "day")}${
    busiest ? `; the busiest day was ${longDate(busiest.date)} with ${busiest.count}` : ""
  }.`;
  return (
    <DashboardPanel id="reviews-per-day" title="Reviews per day">
      <p className="mb-3 text-2xl font-semibold text-stone-950" data-testid="reviews-summary">
        {summary}
      </p>
      <BarChart
        id="reviews-chart"
        title="Reviews per day, last 30 days"
        description={description}
        bars={days.map((day) => ({ key: day.date, axisLabel: shortDate(day.date), label: longDate(day.date), value: day.count }))}
        categoryHeader="Day"
        valueHeader="Reviews"
        labelEvery={7}
      />
    </DashboardPanel>
  );
}

function Accuracy({ dashboard }: { dashboard: DashboardView }) {
  const weeks = dashboard.accuracy;
  const points = weeks.map((week, i) => {
    const thisWeek = i === weeks.length - 1;
    return {
      key: week.weekStart,
      axisLabel: thisWeek ? "This week" : shortDate(week.weekStart),
      label: thisWeek ? `This week (from ${shortDate(week.weekStart)})` : `Week of ${shortDate(week.weekStart)}`,
      value: week.accuracy,
      detail: week.total === 0 ? "No answers" : `${week.correct} of ${week.total} right`,
    };
  });
  const current = weeks[weeks.length - 1];
  const lastWithData = [...weeks].reverse().find((w) => w.accuracy !== null);
  const summary =
    current && current.accuracy !== null
      ? `This week: ${percent(current.accuracy)} right (${current.correct} of ${current.total})`
      : lastWithData && lastWithData.accuracy !== null
        ? `No answers yet this week; week of ${shortDate(lastWithData.weekStart)}: ${percent(lastWithData.accuracy)} right`
        : "No answers in the last 5 weeks";
  const description = `Line chart of the share of right answers per week, quiz answers and flashcard reviews together (Again counts as a miss): ${points
    .map((p) => `${p.label}, ${p.value === null ? "no data" : percent(p.value)}`)
    .join("; ")}.`;
  return (
    <DashboardPanel id="accuracy" title="Accuracy">
      <p className="mb-3 text-sm font-medium text-stone-800" data-testid="accuracy-summary">
        {summary}
      </p>
      <PercentLineChart
        id="accuracy-chart"
        title="Accuracy per week, last 5 weeks"
        description={description}
        points={points}
        categoryHeader="Week"
        valueHeader="Right"
        detailHeader="Answers"
      />
      <p className="mt-2 text-xs text-stone-600">Quiz answers and flashcard reviews together; “Again” counts as a miss.</p>
    </DashboardPanel>
  );
}

/** The learner's dashboard: every panel has a heading, a visible summary and a text alternative for its chart. */
export function ProgressDashboard({ dashboard, timeZone }: { dashboard: DashboardView; timeZone: string }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <DueCards dashboard={dashboard} />
      <DashboardPanel id="study-days" title="Study days this week">
        <StudyWeekStrip week={dashboard.studyWeek} today={dashboard.today} />
      </DashboardPanel>
      <ReviewsPerDay dashboard={dashboard} />
      <Accuracy dashboard={dashboard} />
      <DashboardPanel id="mastery" title="Mastery by lesson" wide>
        <LessonMasteryList lessons={dashboard.masteryByLesson} />
      </DashboardPanel>
      <DashboardPanel id="recent-quizzes" title="Recent quizzes" wide>
        <RecentQuizzesTable quizzes={dashboard.recentQuizzes} timeZone={timeZone} />
      </DashboardPanel>
      {dashboard.cardCount > 0 ? (
        <DashboardPanel id="export" title="Export my cards" wide>
          <ExportCardsLinks cardCount={dashboard.cardCount} />
        </DashboardPanel>
      ) : null}
    </div>
  );
}
