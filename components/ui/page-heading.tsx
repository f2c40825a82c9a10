import type { ReactNode } from "react";

/** `compact`: on a phone the lead is hidden and the title smaller, so the task itself starts above the fold. */
export function PageHeading({ title, lead, compact = false }: { title: string; lead?: ReactNode; compact?: boolean }) {
  return (
    <header className={compact ? "mb-3 space-y-2 sm:mb-8" : "mb-8 space-y-2"}>
      <h1
        className={`font-serif font-semibold tracking-tight text-stone-950 ${compact ? "text-2xl sm:text-4xl" : "text-3xl sm:text-4xl"}`}
      >
        {title}
      </h1>
      {lead ? <p className={`max-w-2xl text-stone-700 ${compact ? "hidden sm:block" : ""}`}>{lead}</p> : null}
    </header>
  );
}
