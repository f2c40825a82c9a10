// Day keys ("2024-05-09") are calendar days already in the learner's zone, so they are formatted as UTC.

function dateOf(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

const weekdayShort = new Intl.DateTimeFormat("en-GB", { weekday: "short", timeZone: "UTC" });
const weekdayLong = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const fullDay = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/** "Thu" */
export function shortWeekday(key: string): string {
  return weekdayShort.format(dateOf(key));
}

/** "Thursday" */
export function longWeekday(key: string): string {
  return weekdayLong.format(dateOf(key));
}

/** "9 May" */
export function shortDate(key: string): string {
  return dayMonth.format(dateOf(key));
}

/** "Thursday 9 May" */
export function longDate(key: string): string {
  return fullDay.format(dateOf(key));
}

/** "Monday, Wednesday and Thursday" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
