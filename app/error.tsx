"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">Something went wrong</h1>
      <p className="text-stone-700">The page couldn’t be shown. Your saved work is safe; please try again.</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
