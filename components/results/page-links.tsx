import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links for a paged table; nothing when everything fits on one page. */
export async function PageLinks({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("teach.pages");
  return (
    <nav aria-label={label} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="font-medium text-brand-700 underline">
          {t("previous")}
        </Link>
      ) : null}
      <span className="text-stone-700">
        {t("pageOf", { page, count: pageCount })}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className="font-medium text-brand-700 underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
