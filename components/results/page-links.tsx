import Link from "next/link";

/** Previous / next links for a paged table; nothing when everything fits on one page. */
export function PageLinks({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="font-medium text-brand-700 underline">
          Previous page
        </Link>
      ) : null}
      <span className="text-stone-700">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className="font-medium text-brand-700 underline">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
