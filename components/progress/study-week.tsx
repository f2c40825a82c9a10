import type { StudyWeek } from "@/lib/domain/progress";
import { listWords, longWeekday, shortWeekday } from "./day-labels";

const WIDTH = 320;
const HEIGHT = 66;
const RADIUS = 13;
const CENTRE_Y = 22;

/** The headline and a line of encouragement: missing a day never reads as failure. */
export function studyWeekMessage(week: StudyWeek, today: string): { headline: string; encouragement: string } {
  const { count, goal } = week;
  const headline = count > goal ? `${count} days this week — goal of ${goal} reached` : `${count} of ${goal} days this week`;
  if (week.met) return { headline, encouragement: "Goal reached. Anything more is a bonus." };
  const needed = goal - count;
  const todayIndex = week.dates.indexOf(today);
  const daysLeft = week.dates.filter((date, i) => date > today || (i === todayIndex && !week.days[i])).length;
  if (needed > daysLeft) {
    const weekStarts = week.dates[0] ? longWeekday(week.dates[0]) : "Monday";
    return { headline, encouragement: `Every day you study counts, and a fresh week starts on ${weekStarts}.` };
  }
  if (count === 0) {
    return { headline, encouragement: `Any ${goal} days count — study on ${needed} of the ${daysLeft} days left to reach your goal.` };
  }
  return { headline, encouragement: needed === 1 ? "One more day reaches your goal." : `${needed} more days reach your goal.` };
}

/** Seven day dots, Monday first: filled with a tick where the learner studied. */
export function StudyWeekStrip({ week, today }: { week: StudyWeek; today: string }) {
  const { headline, encouragement } = studyWeekMessage(week, today);
  const studied = week.dates.filter((_, i) => week.days[i]).map(longWeekday);
  const column = WIDTH / 7;
  // Worded apart from the visible headline, so a text search finds one element.
  const description = `${studied.length > 0 ? `Studied on ${listWords(studied)}` : "Not studied yet this week"}; the goal is any ${week.goal} days. Today is ${longWeekday(today)}.`;

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
        <title id="study-week-title">Study days this week</title>
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
                {isToday ? "Today" : shortWeekday(date)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
