// Day keys ("2024-05-09") are calendar days already in the learner's zone, so they are formatted as UTC.
import { formatLocaleOf } from "@/lib/domain/i18n/locales";

function dateOf(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

export interface DayLabels {
  /** "Thu" */
  shortWeekday: (key: string) => string;
  /** "Thursday" */
  longWeekday: (key: string) => string;
  /** "9 May" */
  shortDate: (key: string) => string;
  /** "Thursday 9 May" */
  longDate: (key: string) => string;
  /** "Monday, Wednesday and Thursday" */
  listWords: (words: readonly string[]) => string;
}

const cache = new Map<string, DayLabels>();

/** Day names and dates in an interface language (English keeps day-month order). */
export function dayLabels(locale: string): DayLabels {
  const tag = formatLocaleOf(locale);
  let labels = cache.get(tag);
  if (!labels) {
    const format = (options: Intl.DateTimeFormatOptions) => {
      const formatter = new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" });
      return (key: string) => formatter.format(dateOf(key));
    };
    const list = new Intl.ListFormat(tag, { style: "long", type: "conjunction" });
    labels = {
      shortWeekday: format({ weekday: "short" }),
      longWeekday: format({ weekday: "long" }),
      shortDate: format({ day: "numeric", month: "short" }),
      longDate: format({ weekday: "long", day: "numeric", month: "long" }),
      listWords: (words) => list.format(words),
    };
    cache.set(tag, labels);
  }
  return labels;
}
