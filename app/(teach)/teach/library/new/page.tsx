import type { Metadata } from "next";
import Link from "next/link";
import { DocumentForm } from "@/components/library/document-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Add a document" };

export default async function NewDocumentPage() {
  await requireRole("teacher", "/teach/library/new");
  return (
    <div className="max-w-3xl">
      <Link href="/teach/library" className="text-sm text-brand-800 underline">Your library</Link>
      <PageHeading title="Add a document" lead="Paste the text or upload a file. You’ll see the lesson and every question before any student does." />
      <DocumentForm />
    </div>
  );
}
