import type { Metadata } from "next";
import Link from "next/link";
import { DocumentForm } from "@/components/library/document-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/class-page";
import { loadDocumentReview } from "@/lib/server/services/library/document-review";

export const metadata: Metadata = { title: "Edit document" };

export default async function EditDocumentPage({ params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const path = `/teach/library/${encodeURIComponent(documentId)}`;
  const user = await requireRole("teacher", `${path}/edit`);
  const doc = await orNotFound(loadDocumentReview(user.id, documentId));
  return (
    <div className="max-w-3xl">
      <Link href={path} className="text-sm text-brand-800 underline">{doc.title}</Link>
      <PageHeading title="Edit document" lead="Questions on unchanged sentences keep their place in learners’ decks; the review page lists what changed." />
      <DocumentForm
        documentId={doc.id}
        initial={{ title: doc.title, kind: doc.kind, publisher: doc.publisher ?? "", date: doc.date ?? "", text: doc.sourceText }}
      />
    </div>
  );
}
