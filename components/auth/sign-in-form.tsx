"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition, type FormEvent } from "react";
import { signInSchema } from "@/lib/domain/auth/inputs";
import { fieldErrorsOf } from "@/lib/actions/form-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function SignInForm({ callbackPath, oauthProviders }: { callbackPath: string; oauthProviders: { id: string; name: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setFieldErrors({});
    startTransition(async () => {
      setFormError(null);
      const result = await signIn("credentials", { ...parsed.data, redirect: false }).catch(() => undefined);
      if (!result || result.error) {
        // One message for an unknown email and a wrong password, so the form reveals no accounts.
        setFormError(result ? "That email and password don’t match an account." : "We couldn’t reach the server. Try again.");
        return;
      }
      router.push(callbackPath);
      router.refresh();
    });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {formError ? <Alert>{formError}</Alert> : null}
        <TextField label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={fieldErrors.password}
        />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oauthProviders.length > 0 ? (
        <div className="space-y-2">
          <p className="text-center text-xs uppercase tracking-wide text-stone-500">or</p>
          {oauthProviders.map((provider) => (
            <Button
              key={provider.id}
              variant="secondary"
              className="w-full"
              onClick={() => void signIn(provider.id, { callbackUrl: callbackPath })}
            >
              Continue with {provider.name}
            </Button>
          ))}
        </div>
      ) : null}
      <p className="text-center text-sm text-stone-700">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
