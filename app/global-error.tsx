"use client";

import Link from "next/link";
import "./globals.css";

// Shown when even the root layout can't render (it reads the signed-in user, so a missing or unreachable
// database ends here). It has its own <html> and must not touch the database or the session.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Pacific Bridge is unavailable</title>
      </head>
      <body className="flex min-h-screen flex-col">
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 space-y-4 px-4 py-16">
          <p className="font-serif text-lg font-semibold text-stone-950">
            <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 rounded-full bg-brand-700" />
            Pacific Bridge
          </p>
          <div role="alert" className="space-y-3">
            <h1 className="font-serif text-3xl font-semibold">Pacific Bridge can’t reach its database right now</h1>
            <p className="text-stone-700">
              Lessons, quizzes and flashcards need the database, and it isn’t answering. Everything saved before this
              page appeared is safe. If you had just sent an answer or a rating, it was <strong>not</strong> saved:
              send it again once the site is back.
            </p>
            <p className="text-stone-700">This usually clears within a minute. If it doesn’t, the site’s operator needs to look at the server.</p>
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
              Try again
            </button>
            <Link href="/" className="rounded-md border border-stone-300 px-4 py-2 text-sm font-semibold text-stone-900">
              Go to the home page
            </Link>
          </div>
        </main>
      </body>
    </html>
  );
}
