const KIND_LABELS: Record<string, string> = {
  "journal-article": "Journal article",
  encyclopedia: "Encyclopedia article",
  news: "News story",
  "press-release": "Press release",
  other: "Document",
};

export function documentKindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? "Document";
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// A reference work is not tied to a date; saying "Undated" of it only raises a question nobody needs answered.
const DATE_EXPECTED = new Set(["journal-article", "news", "press-release"]);

/** "2014-11-10" → "10 November 2014"; no date → "Undated" where a date is expected, else nothing. */
export function documentDateLabel(date: string | null, kind: string): string | null {
  if (!date) return DATE_EXPECTED.has(kind) ? "Undated" : null;
  const [year, month, day] = date.split("-").map(Number);
  if (!month) return String(year);
  const monthName = MONTHS[month - 1] ?? "";
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}
