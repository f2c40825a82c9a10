import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { JoinPendingNotice } from "@/components/class/join-pending-notice";
import { PageHeading } from "@/components/ui/page-heading";
import { safeCallbackPath } from "@/lib/domain/auth/access";
import { getCurrentUser } from "@/lib/server/auth/session";
import { findJoinLinkClass } from "@/lib/server/services/classes/class-by-code";
import { enabledOAuthProviders } from "@/lib/server/auth/oauth-providers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const [t, joining] = await Promise.all([getTranslations("auth"), findJoinLinkClass(callbackPath)]);
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title={t("signInTitle")} lead={t("signInLead")} />
      <JoinPendingNotice joining={joining} />
      <SignInForm callbackPath={callbackPath} oauthProviders={enabledOAuthProviders()} />
    </div>
  );
}
