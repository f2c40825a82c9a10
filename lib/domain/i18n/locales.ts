/** The interface languages; lesson and question content stays in its own language. */
export const LOCALES = ["en", "es", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Remembers the language a learner picked; otherwise the browser's Accept-Language decides. */
export const LOCALE_COOKIE = "locale";

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español", ja: "日本語" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best interface language for an Accept-Language header ("es-PE,es;q=0.9,en;q=0.8" → "es"). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}

/** The cookie's choice when it names a language we have, else the browser's. */
export function resolveLocale(cookie: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage);
}

/** The regional form dates and numbers take in each language (English keeps day-month-year). */
export const FORMAT_LOCALES: Record<Locale, string> = { en: "en-GB", es: "es-PE", ja: "ja-JP" };

/** `Intl` formatting locale for an interface language; unknown values fall back to English's. */
export function formatLocaleOf(locale: string): string {
  return isLocale(locale) ? FORMAT_LOCALES[locale] : FORMAT_LOCALES[DEFAULT_LOCALE];
}
