import { getTranslations } from "next-intl/server";
import { removeStudent } from "@/lib/actions/remove-student";
import { PageLinks } from "@/components/results/page-links";
import type { RosterPageView } from "@/lib/domain/classes/views";
import { buttonClasses } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** One page of the class's students with a remove button each, and links to the other pages. */
export async function RosterTable({ classId, roster, pageHref }: { classId: string; roster: RosterPageView; pageHref: (page: number) => string }) {
  const t = await getTranslations("teach.roster");
  if (roster.total === 0) return <p className="text-stone-700">{t("empty")}</p>;
  return (
    <div className="space-y-3">
      <ScrollRegion label={t("label")}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("label")}</caption>
          <thead className="border-b border-stone-300 text-stone-700">
            <tr>
              <th scope="col" className="py-2 pr-4">{t("name")}</th>
              <th scope="col" className="py-2 pr-4">{t("email")}</th>
              <th scope="col" className="py-2"><span className="sr-only">{t("actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {roster.entries.map((s) => (
              <tr key={s.studentId} className="border-b border-stone-100">
                <th scope="row" className="py-2 pr-4 font-medium">{s.name}</th>
                <td className="py-2 pr-4 break-all">{s.email}</td>
                <td className="py-2 text-right">
                  <form action={removeStudent}>
                    <input type="hidden" name="classId" value={classId} />
                    <input type="hidden" name="studentId" value={s.studentId} />
                    <button type="submit" className={buttonClasses("ghost", "px-2 py-1")} aria-label={t("removeNamed", { name: s.name })}>
                      {t("remove")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <PageLinks page={roster.page} pageCount={roster.pageCount} hrefFor={pageHref} label={t("pages")} />
    </div>
  );
}
