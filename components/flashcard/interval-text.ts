import { intervalAmount, type IntervalAmount } from "@/lib/domain/scheduling";

/** A translator of the "intervals" messages (useTranslations or getTranslations). */
type IntervalWords = (key: IntervalAmount["unit"], values?: { count: number }) => string;

/** An interval in the interface's language: "10 min", "9 días", "9日"; rounded to one unit. */
export function intervalText(t: IntervalWords, ms: number): string {
  const { unit, count } = intervalAmount(ms);
  return unit === "underAMinute" ? t(unit) : t(unit, { count });
}
