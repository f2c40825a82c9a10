import { useLocale, useTranslations } from "next-intl";
import { formatLocaleOf } from "@/lib/domain/i18n/locales";

const KINDS = ["journal-article", "encyclopedia", "news", "press-release"] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

// A reference work is not tied to a date; saying "Undated" of it only raises a question nobody needs answered.
const DATE_EXPECTED = new Set(["journal-article", "news", "press-release"]);

/** "Press release", in the reader's language. */
export function DocumentKind({ kind }: { kind: string }) {
  const t = useTranslations("lessons.kinds");
  return <>{t(isKnownKind(kind) ? kind : "other")}</>;
}

/** "2014-11-10" → "10 November 2014" (or "2014", "November 2014") in the reader's language. */
export function formatDocumentDate(date: string, locale: string): string {
  const [year = 1970, month, day] = date.split("-").map(Number);
  const options: Intl.DateTimeFormatOptions = month ? { year: "numeric", month: "long", ...(day ? { day: "numeric" } : {}) } : { year: "numeric" };
  return new Intl.DateTimeFormat(formatLocaleOf(locale), { ...options, timeZone: "UTC" }).format(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
}

/** "Publisher · 10 November 2014"; no date → "Undated" where a date is expected, else the publisher alone. */
export function DocumentByline({ publisher, date, kind }: { publisher: string | null; date: string | null; kind: string }) {
  const t = useTranslations("lessons");
  const locale = useLocale();
  const dateLabel = date ? formatDocumentDate(date, locale) : DATE_EXPECTED.has(kind) ? t("undated") : null;
  return <>{[publisher, dateLabel].filter(Boolean).join(" · ")}</>;
}
