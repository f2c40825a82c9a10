// Counts and amounts a sentence states ("790", "more than 400", "approximately 60,000", "US$3.5 billion"),
// excluding years, ordinals ("63rd"), codes ("COP 20"), clock times and durations of a meeting.

export type NumberBound = "exact" | "lower" | "upper" | "approx";

export interface NumberMention {
  start: number;
  end: number;
  /** The exact text to blank: digits only ("790"), or the whole amount for money ("US$3.5 billion"). */
  text: string;
  value: number;
  decimals: number;
  commas: boolean;
  bound: NumberBound;
  currency?: string;
  scale?: string;
}

const NUMBER = /(?:\b(more than|over|approximately|about|around|nearly|almost|some|at least|fewer than|less than|up to|roughly|under)\s+)?((?:US\$|\$|€|£|¥)\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand|trillion))?/gi;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`);
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hours?\b|minutes?\b|seconds?\b|o'clock|:\d)/i;

function boundOf(q: string | undefined): NumberBound {
  if (!q) return "exact";
  const l = q.toLowerCase();
  if (l === "more than" || l === "over" || l === "at least") return "lower";
  if (l === "fewer than" || l === "less than" || l === "up to" || l === "under" || l === "nearly" || l === "almost") return "upper";
  return "approx";
}

export function findNumbers(sentence: string, exclude: readonly { start: number; end: number }[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const digits = m[3] ?? "";
    const digitsStart = (m.index ?? 0) + m[0].indexOf(digits, (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
    const digitsEnd = digitsStart + digits.length;
    const before = sentence.slice(0, digitsStart);
    const after = sentence.slice(digitsEnd);
    if (/[A-Za-z\d.]$/.test(before.replace(/(US\$|\$|€|£|¥)\s?$/, "")) && !m[2]) continue; // "Party1", "G20", "3.5" parts
    if (/^(?:st|nd|rd|th)\b/i.test(after) || /^-[A-Za-z]/.test(after) || TIME_AFTER.test(after) || /:\s*$/.test(before)) continue;
    if (/\b[A-Z]{2,}\s+$/.test(before) || /\bNo\.\s*$/.test(before)) continue; // "COP 20", "No. 5"
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) continue; // "August 15", "15 August": a day, not a count
    if (exclude.some((e) => digitsStart < e.end && e.start < digitsEnd)) continue;
    const value = Number(digits.replace(/,/g, ""));
    if (!Number.isFinite(value) || value < 2) continue;
    const isYearLike = !digits.includes(",") && !m[2] && value >= 1000 && value <= 2100;
    if (isYearLike) continue;
    const money = !!m[2];
    const start = money ? (m.index ?? 0) + (m[1] ? m[0].indexOf(m[2] as string) : 0) : digitsStart;
    const end = money ? (m.index ?? 0) + m[0].length : digitsEnd;
    out.push({
      start,
      end,
      text: sentence.slice(start, end),
      value,
      decimals: digits.includes(".") ? (digits.split(".")[1] ?? "").length : 0,
      commas: digits.includes(","),
      bound: boundOf(m[1]),
      ...(money ? { currency: (m[2] ?? "").trim() } : {}),
      ...(m[4] ? { scale: m[4] } : {}),
    });
  }
  // The same number twice in one sentence would give the blank away.
  return out.filter((n) => out.filter((o) => o.value === n.value).length === 1);
}
