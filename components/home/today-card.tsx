import type { ReactNode } from "react";

/** One block of the learner's today: a heading, a line or two, and the action it leads to. */
export function TodayCard({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid={id}>
      <h2 id={id} className="text-base font-semibold text-stone-950">
        {title}
      </h2>
      <div className="flex-1 text-sm text-stone-700">{children}</div>
      {action ? <div>{action}</div> : null}
    </section>
  );
}
