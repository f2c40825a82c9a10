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

/** "2014-11-10" → "10 November 2014"; null → "Undated". */
export function documentDateLabel(date: string | null): string {
  if (!date) return "Undated";
  const [year, month, day] = date.split("-").map(Number);
  if (!month) return String(year);
  const monthName = MONTHS[month - 1] ?? "";
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}
