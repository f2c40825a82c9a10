"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signIn } from "@/lib/actions/sign-in";
import { withCallback } from "@/lib/domain/auth/access";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useServerMessage } from "@/components/ui/use-server-message";
import { CredentialFields } from "./credential-fields";

/** next-auth's browser client, fetched only when a provider button is pressed: it would weigh on every sign-in page's first load. */
async function signInWithProvider(providerId: string, callbackUrl: string): Promise<void> {
  const { signIn: signInWith } = await import("next-auth/react");
  await signInWith(providerId, { callbackUrl });
}

/** Posts to a server action (React makes it a POST), so it signs in before hydration and with JavaScript off. */
export function SignInForm({ callbackPath, oauthProviders }: { callbackPath: string; oauthProviders: { id: string; name: string }[] }) {
  const t = useTranslations("auth");
  const say = useServerMessage();
  const [state, formAction, pending] = useActionState(signIn, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const formError = state && !state.ok && state.formError ? (state.formError === "wrong-credentials" ? t("wrongCredentials") : say(state.formError)) : null;

  return (
    <div className="space-y-6">
      <form action={formAction} noValidate className="space-y-5">
        {formError ? <Alert>{formError}</Alert> : null}
        <input type="hidden" name="callbackPath" value={callbackPath} />
        <CredentialFields purpose="sign-in" email={state?.email} errors={fieldErrors} />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t("signingIn") : t("signIn")}
        </Button>
      </form>
      {oauthProviders.length > 0 ? (
        <div className="space-y-2">
          <p className="text-center text-xs uppercase tracking-wide text-stone-500">{t("or")}</p>
          {oauthProviders.map((provider) => (
            <Button
              key={provider.id}
              variant="secondary"
              className="w-full"
              onClick={() => void signInWithProvider(provider.id, callbackPath)}
            >
              {t("continueWith", { provider: provider.name })}
            </Button>
          ))}
        </div>
      ) : null}
      <p className="text-center text-sm text-stone-700">
        {t("newHere")}{" "}
        <Link href={withCallback("/sign-up", callbackPath)} className="font-medium text-brand-700 underline">
          {t("createAccountLink")}
        </Link>
      </p>
    </div>
  );
}
