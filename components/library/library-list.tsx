import Link from "next/link";
import { documentKindLabel } from "@/components/lesson/document-labels";
import type { LibraryDocumentView } from "@/lib/domain/library/views";

/** The teacher's documents with their questions, reports and where they are published. */
export function LibraryList({ documents }: { documents: LibraryDocumentView[] }) {
  if (documents.length === 0) return <p className="text-stone-700">No documents yet: add your first reading above.</p>;
  return (
    <ul className="space-y-3">
      {documents.map((d) => (
        <li key={d.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <Link href={`/teach/library/${encodeURIComponent(d.id)}`} className="font-serif text-lg font-semibold text-brand-800 underline">
            {d.title}
          </Link>
          <p className="text-sm text-stone-700">
            {documentKindLabel(d.kind)}
            {d.date ? ` · ${d.date}` : ""} · {d.questionCount} questions{d.hiddenCount ? ` (${d.hiddenCount} hidden)` : ""}
            {d.openReportCount ? ` · ${d.openReportCount} open reports` : ""}
          </p>
          <p className="text-sm text-stone-600">{d.publishedTo.length ? `Published to ${d.publishedTo.join(", ")}` : "Not published: only you see it"}</p>
        </li>
      ))}
    </ul>
  );
}
