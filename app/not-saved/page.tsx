import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not saved" };

/** Where a form posted without JavaScript lands when its action failed (see withNoScriptFailurePage). */
export default async function NotSavedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reason } = await searchParams;
  return (
    <div role="alert" className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">Not saved</h1>
      <p className="text-stone-700">
        {reason === "database"
          ? "The database is busy or unavailable, so what you just sent was not saved. Go back and send it again in a moment."
          : "Something went wrong on our side, so what you just sent was not saved. Go back and try again."}
      </p>
      <Link href="/" className="font-medium text-brand-700 underline">
        Go to the home page
      </Link>
    </div>
  );
}
