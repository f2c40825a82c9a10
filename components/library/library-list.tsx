import Link from "next/link";
import { useTranslations } from "next-intl";
import { DocumentKind, formatDocumentDate } from "@/components/lesson/document-labels";
import { useLocale } from "next-intl";
import type { LibraryDocumentView } from "@/lib/domain/library/views";

/** The teacher's documents with their questions, reports and where they are published. */
export function LibraryList({ documents }: { documents: LibraryDocumentView[] }) {
  const t = useTranslations("teach.library");
  const locale = useLocale();
  if (documents.length === 0) return <p className="text-stone-700">{t("noDocuments")}</p>;
  return (
    <ul className="space-y-3">
      {documents.map((d) => (
        <li key={d.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <Link href={`/teach/library/${encodeURIComponent(d.id)}`} className="font-serif text-lg font-semibold text-brand-800 underline">
            {d.title}
          </Link>
          <p className="text-sm text-stone-700">
            <DocumentKind kind={d.kind} />
            {d.date ? ` · ${formatDocumentDate(d.date, locale)}` : ""} · {t("questionCount", { count: d.questionCount })}
            {d.hiddenCount ? ` ${t("hiddenCount", { count: d.hiddenCount })}` : ""}
            {d.openReportCount ? ` · ${t("openReports", { count: d.openReportCount })}` : ""}
          </p>
          <p className="text-sm text-stone-600">{d.publishedTo.length ? t("publishedTo", { classes: d.publishedTo.join(", ") }) : t("notPublished")}</p>
        </li>
      ))}
    </ul>
  );
}
