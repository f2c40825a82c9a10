import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { displayJoinCode } from "@/lib/domain/classes/join-code";
import type { ClassSummaryView } from "@/lib/domain/classes/views";

/** The teacher's classes as cards: name, section, students, assignments and the join code. */
export async function ClassList({ classes, empty }: { classes: ClassSummaryView[]; empty: string }) {
  if (classes.length === 0) return <p className="text-stone-700">{empty}</p>;
  const t = await getTranslations("teach.classList");
  return (
    <ul className="grid gap-4 sm:grid-cols-2" aria-label={t("label")}>
      {classes.map((c) => (
        <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <h3 className="font-serif text-lg font-semibold">
            <Link href={`/teach/classes/${c.id}`} className="text-brand-800 underline-offset-2 hover:underline">
              {c.name}
            </Link>
          </h3>
          {c.section ? <p className="text-sm text-stone-600">{c.section}</p> : null}
          <p className="mt-2 text-sm text-stone-700">
            {t("students", { count: c.studentCount })} · {t("assignments", { count: c.assignmentCount })}
          </p>
          <p className="text-sm text-stone-700">
            {t("code")} <span className="font-mono font-semibold">{displayJoinCode(c.joinCode)}</span>
            {c.joinEnabled ? "" : ` ${t("joiningOff")}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
