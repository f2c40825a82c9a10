// Human-readable labels for dates, and re-formatting in the style the text used.
import { MONTHS, WEEKDAYS, weekdayOf, type DateStyle, type FactDate } from "./date-types";

export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}

function monthName(month: number | undefined): string {
  return MONTHS[(month ?? 1) - 1] ?? "January";
}

/** Neutral label: "17 December 1996", "June 1872", "1899", "the 1990s", "the late 19th century", "1990–2000". */
export function formatDateLabel(date: FactDate): string {
  switch (date.precision) {
    case "day":
      return `${date.day} ${monthName(date.month)} ${date.year}`;
    case "month":
      return `${monthName(date.month)} ${date.year}`;
    case "year":
      return String(date.year);
    case "decade": {
      const last = date.endYear !== undefined ? Math.floor(date.endYear / 10) * 10 : date.year;
      const part = date.part ? `${date.part === "mid" ? "mid-" : `${date.part} `}` : "";
      return last !== date.year ? `the ${date.year}s and ${last}s` : `the ${part}${date.year}s`;
    }
    case "century": {
      const part = date.part ? `${date.part === "mid" ? "mid-" : `${date.part} `}` : "";
      return `the ${part}${ordinal(centuryNumber(date))} century`;
    }
    case "range":
      return `${date.year}–${date.endYear ?? date.year}`;
  }
}

/** Centuries are stored as 1800–1899 for "19th" (narrowed by part), so the number is hundreds + 1. */
export function centuryNumber(date: FactDate): number {
  return Math.floor(date.year / 100) + 1;
}

/** Year span of "the [early|mid|late] Nth century". */
export function centurySpan(n: number, part?: "early" | "mid" | "late"): [number, number] {
  const start = (n - 1) * 100;
  if (part === "early") return [start, start + 33];
  if (part === "mid") return [start + 34, start + 66];
  if (part === "late") return [start + 67, start + 99];
  return [start, start + 99];
}

/** Phrase for prompts: "in 1899", "on 17 December 1996", "in June 1872", "in the 1990s". */
export function formatDatePhrase(date: FactDate): string {
  return `${date.precision === "day" ? "on" : "in"} ${formatDateLabel(date)}`;
}

/**
 * Writes `date` the way the original mention was written, so cloze choices look alike:
 * "17 December 1996" (dmy), "November 10, 2014" (mdy), "Monday, November 17" (md with weekday)…
 */
export function formatInStyle(date: FactDate, style: DateStyle, withWeekday = false): string {
  const wd = withWeekday && date.month && date.day ? `${WEEKDAYS[weekdayOf(date.year, date.month, date.day)]}, ` : "";
  switch (style) {
    case "dmy":
      return `${wd}${date.day} ${monthName(date.month)} ${date.year}`;
    case "mdy":
      return `${wd}${monthName(date.month)} ${date.day}, ${date.year}`;
    case "md":
      return `${wd}${monthName(date.month)} ${date.day}`;
    case "dm":
      return `${wd}${date.day} ${monthName(date.month)}`;
    case "my":
      return `${monthName(date.month)} ${date.year}`;
    case "y":
      return String(date.year);
    case "decade":
    case "decades":
    case "century":
      return formatDateLabel(date).replace(/^the /, "");
    case "range":
      return `${date.year}-${date.endYear ?? date.year}`;
    case "relative":
      return formatDateLabel(date);
  }
}
