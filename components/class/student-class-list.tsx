import { useTranslations } from "next-intl";
import { leaveClass } from "@/lib/actions/leave-class";
import type { StudentClassView } from "@/lib/domain/classes/views";
import { buttonClasses } from "@/components/ui/button";

/** The classes a student is in, each with a leave button. */
export function StudentClassList({ classes }: { classes: StudentClassView[] }) {
  const t = useTranslations("myClasses");
  if (classes.length === 0) return <p className="text-stone-700">{t("none")}</p>;
  return (
    <ul className="space-y-3" aria-label={t("title")}>
      {classes.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4">
          <div>
            <p className="font-semibold">{c.name}</p>
            <p className="text-sm text-stone-600">
              {c.section ? `${c.section} · ` : ""}
              {t("teacher", { name: c.teacherName })}
            </p>
          </div>
          <form action={leaveClass}>
            <input type="hidden" name="classId" value={c.id} />
            <button type="submit" className={buttonClasses("ghost")} aria-label={t("leaveLabel", { name: c.name })}>
              {t("leave")}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
