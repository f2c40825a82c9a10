import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/server/auth/session";

export default async function HomePage() {
  const user = await getCurrentUser();
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        {user ? (
          <p className="text-sm font-medium text-brand-700" data-testid="welcome">
            Welcome back, {user.name}.
          </p>
        ) : null}
        <h1 className="max-w-3xl font-serif text-4xl font-semibold tracking-tight text-stone-950 sm:text-5xl">
          Learn the story of Japan and Peru, one dated event at a time.
        </h1>
        <p className="max-w-2xl text-lg text-stone-700">
          Read lessons built from an encyclopedia article, a journal article, a news story and two government press
          releases, then test yourself on the dates and events they record.
        </p>
        <div className="flex flex-wrap gap-3">
          {user ? (
            <>
              <Link href="/study" className={buttonClasses("primary")}>
                Study flashcards
              </Link>
              <Link href="/quiz" className={buttonClasses("secondary")}>
                Take a quiz
              </Link>
            </>
          ) : null}
          <Link href="/lessons" className={buttonClasses(user ? "secondary" : "primary")}>
            Browse lessons
          </Link>
          <Link href="/timeline" className={buttonClasses("secondary")}>
            See the timeline
          </Link>
          {user ? null : (
            <Link href="/sign-up" className={buttonClasses("ghost")}>
              Create an account to track progress
            </Link>
          )}
        </div>
      </section>
    </div>
  );
}
