import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DocumentForm } from "@/components/library/document-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.library"))("add") };
}

export default async function NewDocumentPage() {
  await requireRole("teacher", "/teach/library/new");
  const t = await getTranslations("teach");
  return (
    <div className="max-w-3xl">
      <Link href="/teach/library" className="text-sm text-brand-800 underline">{t("library.title")}</Link>
      <PageHeading title={t("library.add")} lead={t("document.newLead")} />
      <DocumentForm />
    </div>
  );
}
