import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PRODUCT_NAME, SiteHeader } from "@/components/layout/site-header";
import { TimeZoneCookie } from "@/components/layout/time-zone-cookie";
import { getCurrentUser } from "@/lib/server/auth/session";
import { currentUserZone } from "@/lib/server/user-zone";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: `${PRODUCT_NAME} — Japan–Peru relations`, template: `%s · ${PRODUCT_NAME}` },
  description: "Lessons, flashcards and quizzes on the history of Japan–Peru relations, drawn from source documents.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, zone] = await Promise.all([getCurrentUser(), currentUserZone()]);
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {/* A learner's "today" (daily card limit, study days) follows their own clock. */}
        {user ? <TimeZoneCookie serverZone={zone.timeZone} /> : null}
        <SiteHeader user={user} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-stone-200 py-6 text-center text-xs text-stone-600">
          Every question quotes the sentence it came from, so you can always check the source.
        </footer>
      </body>
    </html>
  );
}
