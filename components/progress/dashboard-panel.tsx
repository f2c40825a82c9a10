import type { ReactNode } from "react";

/** One titled block of the dashboard; the heading names the region for screen-reader navigation. */
export function DashboardPanel({ id, title, wide = false, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`min-w-0 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5 ${wide ? "md:col-span-2" : ""}`}
    >
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-semibold text-stone-950">
        {title}
      </h2>
      {children}
    </section>
  );
}
