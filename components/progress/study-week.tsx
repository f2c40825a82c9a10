import { useLocale, useTranslations } from "next-intl";
import type { StudyWeek } from "@/lib/domain/progress";
import { dayLabels } from "./day-labels";

const WIDTH = 320;
const HEIGHT = 66;
const RADIUS = 13;
const CENTRE_Y = 22;

type WeekMessage =
  | { key: "week_met" }
  | { key: "week_fresh"; weekStartsOn: string }
  | { key: "week_anyDays"; needed: number; left: number }
  | { key: "week_more"; needed: number };

/** Which line of encouragement fits the week: missing a day never reads as failure. */
function studyWeekMessage(week: StudyWeek, today: string): WeekMessage {
  const { count, goal } = week;
  if (week.met) return { key: "week_met" };
  const needed = goal - count;
  const todayIndex = week.dates.indexOf(today);
  const daysLeft = week.dates.filter((date, i) => date > today || (i === todayIndex && !week.days[i])).length;
  if (needed > daysLeft) return { key: "week_fresh", weekStartsOn: week.dates[0] ?? today };
  if (count === 0) return { key: "week_anyDays", needed, left: daysLeft };
  return { key: "week_more", needed };
}

/** Seven day dots, Monday first: filled with a tick where the learner studied. */
export function StudyWeekStrip({ week, today }: { week: StudyWeek; today: string }) {
  const t = useTranslations("progress");
  const days = dayLabels(useLocale());
  const { count, goal } = week;
  const headline = count > goal ? t("week_headlineOver", { count, goal }) : t("week_headline", { count, goal });
  const message = studyWeekMessage(week, today);
  const encouragement =
    message.key === "week_met"
      ? t("week_met")
      : message.key === "week_fresh"
        ? t("week_fresh", { weekday: days.longWeekday(message.weekStartsOn) })
        : message.key === "week_anyDays"
          ? t("week_anyDays", { goal, needed: message.needed, left: message.left })
          : t("week_more", { needed: message.needed });
  const studied = week.dates.filter((_, i) => week.days[i]).map(days.longWeekday);
  const column = WIDTH / 7;
  // Worded apart from the visible headline, so a text search finds one element.
  const description = t("week_description", {
    studied: studied.length > 0 ? t("week_studiedOn", { days: days.listWords(studied) }) : t("week_notYet"),
    goal: week.goal,
    today: days.longWeekday(today),
  });

  return (
    <div>
      <p className="text-2xl font-semibold text-stone-950" data-testid="study-days-summary">
        {headline}
      </p>
      <p className="mb-3 text-sm text-stone-700">{encouragement}</p>
      <svg
        role="img"
        aria-labelledby="study-week-title study-week-desc"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        className="h-auto w-full max-w-md"
        fontSize={11}
      >
        <title id="study-week-title">{t("week_title")}</title>
        <desc id="study-week-desc">{description}</desc>
        {week.dates.map((date, i) => {
          const cx = column * (i + 0.5);
          const isToday = date === today;
          const future = date > today;
          return (
            <g key={date}>
              {week.days[i] ? (
                <>
                  <circle cx={cx} cy={CENTRE_Y} r={RADIUS} className="fill-brand-700" />
                  <path
                    d={`M ${cx - 5.5} ${CENTRE_Y} l 4 4 l 7.5 -8`}
                    fill="none"
                    className="stroke-white"
                    strokeWidth={2.5}
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </>
              ) : (
                <circle
                  cx={cx}
                  cy={CENTRE_Y}
                  r={RADIUS - 1}
                  className="fill-white stroke-stone-500"
                  strokeWidth={1.5}
                  strokeDasharray={future ? "3 3" : undefined}
                />
              )}
              <text
                x={cx}
                y={CENTRE_Y + RADIUS + 16}
                textAnchor="middle"
                className={isToday ? "fill-brand-800 font-bold" : "fill-stone-600"}
              >
                {isToday ? t("today") : days.shortWeekday(date)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
