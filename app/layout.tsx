import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { PRODUCT_NAME, SiteHeader } from "@/components/layout/site-header";
import { TimeZoneCookie } from "@/components/layout/time-zone-cookie";
import { getCurrentUser } from "@/lib/server/auth/session";
import { currentUserZone } from "@/lib/server/user-zone";
import "./globals.css";
// Japanese glyphs (unicode-range subsets: a browser fetches only the ones a page uses), so 日本語 never shows as boxes.
import "@fontsource/noto-sans-jp/400.css";
import "@fontsource/noto-sans-jp/700.css";

export const metadata: Metadata = {
  title: { default: `${PRODUCT_NAME} — Japan–Peru relations`, template: `%s · ${PRODUCT_NAME}` },
  description: "Lessons, flashcards and quizzes on the history of Japan–Peru relations, drawn from source documents.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, zone, locale, t] = await Promise.all([getCurrentUser(), currentUserZone(), getLocale(), getTranslations("layout")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* A learner's "today" (daily card limit, study days) follows their own clock. */}
        {user ? <TimeZoneCookie serverZone={zone.timeZone} /> : null}
        <SiteHeader user={user} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="space-y-3 border-t border-stone-200 px-4 py-6 text-center text-xs text-stone-600">
          <p>{t("footer")}</p>
          <LanguageSwitch />
        </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
