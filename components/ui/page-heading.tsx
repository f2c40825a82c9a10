import type { ReactNode } from "react";

export function PageHeading({ title, lead }: { title: string; lead?: ReactNode }) {
  return (
    <header className="mb-8 space-y-2">
      <h1 className="font-serif text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">{title}</h1>
      {lead ? <p className="max-w-2xl text-stone-700">{lead}</p> : null}
    </header>
  );
}
