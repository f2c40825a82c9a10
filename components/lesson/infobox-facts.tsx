import { useTranslations } from "next-intl";
import type { InfoboxRow } from "@/lib/domain/content/infobox";

/** The encyclopedia's infobox as a small facts box. */
export function InfoboxFacts({ title, rows }: { title?: string; rows: InfoboxRow[] }) {
  const t = useTranslations("lessons");
  if (rows.length === 0) return null;
  return (
    <aside aria-label={title ? t("factsAbout", { title }) : t("facts")} className="rounded-lg border border-stone-200 bg-stone-50 p-4 font-sans text-sm sm:float-right sm:ml-6 sm:w-72">
      {title ? <p className="mb-2 font-semibold text-stone-900">{title}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-medium text-stone-600">{row.label}</dt>
            <dd className="text-stone-900">{row.values.join(", ")}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
