import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageHeading } from "@/components/ui/page-heading";
import { safeCallbackPath } from "@/lib/domain/auth/access";
import { getCurrentUser } from "@/lib/server/auth/session";
import { enabledOAuthProviders } from "@/lib/server/auth/oauth-providers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title={t("signInTitle")} lead={t("signInLead")} />
      <SignInForm callbackPath={callbackPath} oauthProviders={enabledOAuthProviders()} />
    </div>
  );
}
