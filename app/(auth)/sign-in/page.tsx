import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageHeading } from "@/components/ui/page-heading";
import { safeCallbackPath } from "@/lib/domain/auth/access";
import { getCurrentUser } from "@/lib/server/auth/session";
import { enabledOAuthProviders } from "@/lib/server/auth/oauth-providers";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title="Sign in" lead="Pick up your flashcards and quizzes where you left them." />
      <SignInForm callbackPath={callbackPath} oauthProviders={enabledOAuthProviders()} />
    </div>
  );
}
