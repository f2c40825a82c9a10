import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JoinClassForm } from "@/components/class/join-class-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { withCallback } from "@/lib/domain/auth/access";
import { normalizeJoinCode } from "@/lib/domain/classes/join-code";
import { getCurrentUser } from "@/lib/server/auth/session";
import { findClassByCode } from "@/lib/server/services/classes/class-by-code";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("join"))("title") };
}

/**
 * A join link. A signed-in student joins with a button (a POST), so a link preview or prefetch never joins anyone.
 * A signed-out visitor is offered both "create an account" and "sign in"; each carries the link back as its
 * callback, and that form's POST joins the class (see landingAfterSignIn).
 */
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const path = `/join/${encodeURIComponent(raw)}`;
  const code = normalizeJoinCode(decodeURIComponent(raw));
  const [user, found, t, tErrors, tAuth] = await Promise.all([
    getCurrentUser(),
    code ? findClassByCode(code) : null,
    getTranslations("join"),
    getTranslations("errors"),
    getTranslations("auth"),
  ]);
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
      {!found.open ? (
        <Alert>{tErrors("join-disabled")}</Alert>
      ) : !user ? (
        <>
          <p className="text-stone-800">{t("signedOutLead")}</p>
          <div className="flex flex-wrap gap-3" data-testid="join-signed-out">
            <Link href={withCallback("/sign-up", path)} className={buttonClasses("primary")}>{tAuth("createAccountLink")}</Link>
            <Link href={withCallback("/sign-in", path)} className={buttonClasses("secondary")}>{tAuth("signIn")}</Link>
          </div>
        </>
      ) : user.role === "teacher" ? (
        <Alert>{tErrors("teachers-cannot-join")}</Alert>
      ) : (
        <JoinClassForm code={code} label={t("joinNamed", { name: found.name })} />
      )}
    </div>
  );
}
