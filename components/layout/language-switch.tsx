import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/actions/set-locale";
import { LOCALES, LOCALE_NAMES } from "@/lib/domain/i18n/locales";

/** One button per language, each named in its own language; a form post, so it works without JavaScript. */
export async function LanguageSwitch() {
  const [t, current] = await Promise.all([getTranslations("layout"), getLocale()]);
  return (
    <form action={setLocale} aria-labelledby="language-switch-label" className="flex flex-wrap items-center justify-center gap-2">
      <span id="language-switch-label">{t("language")}:</span>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={`rounded px-2 py-1 underline-offset-2 ${locale === current ? "font-semibold text-stone-900" : "text-brand-700 underline hover:text-brand-800"}`}
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
