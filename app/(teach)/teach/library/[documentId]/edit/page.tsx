import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DocumentForm } from "@/components/library/document-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/class-page";
import { loadDocumentReview } from "@/lib/server/services/library/document-review";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.document"))("editTitle") };
}

export default async function EditDocumentPage({ params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  const path = `/teach/library/${encodeURIComponent(documentId)}`;
  const user = await requireRole("teacher", `${path}/edit`);
  const [doc, t] = await Promise.all([orNotFound(loadDocumentReview(user.id, documentId)), getTranslations("teach.document")]);
  return (
    <div className="max-w-3xl">
      <Link href={path} className="text-sm text-brand-800 underline">{doc.title}</Link>
      <PageHeading title={t("editTitle")} lead={t("editLead")} />
      <DocumentForm
        documentId={doc.id}
        initial={{ title: doc.title, kind: doc.kind, publisher: doc.publisher ?? "", date: doc.date ?? "", text: doc.sourceText }}
      />
    </div>
  );
}
