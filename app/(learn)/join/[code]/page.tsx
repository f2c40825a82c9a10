import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JoinClassForm } from "@/components/class/join-class-form";
import { Alert } from "@/components/ui/alert";
import { PageHeading } from "@/components/ui/page-heading";
import { normalizeJoinCode } from "@/lib/domain/classes/join-code";
import { requireUser } from "@/lib/server/auth/session";
import { findClassByCode } from "@/lib/server/services/classes/class-by-code";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("join"))("title") };
}

/**
 * A join link. A signed-out visitor is sent to sign in (or sign up) and comes back here; joining itself is a
 * button (a POST), so a link preview or prefetch never joins anyone.
 */
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const user = await requireUser(`/join/${encodeURIComponent(raw)}`);
  const code = normalizeJoinCode(decodeURIComponent(raw));
  const [found, t, tErrors] = await Promise.all([code ? findClassByCode(code) : null, getTranslations("join"), getTranslations("errors")]);
  if (!code || !found) {
    return (
      <div className="mx-auto max-w-lg">
        <PageHeading title={t("title")} />
        <Alert>{tErrors("join-code-unknown")}</Alert>
        <p className="mt-4"><Link href="/classes" className="underline">{t("typeInstead")}</Link></p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <PageHeading title={t("joinNamed", { name: found.name })} lead={t("teacher", { name: found.teacherName })} />
      {user.role === "teacher" ? (
        <Alert>{tErrors("teachers-cannot-join")}</Alert>
      ) : found.open ? (
        <JoinClassForm code={code} label={t("joinNamed", { name: found.name })} />
      ) : (
        <Alert>{tErrors("join-disabled")}</Alert>
      )}
    </div>
  );
}
