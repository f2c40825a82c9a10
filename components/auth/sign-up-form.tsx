"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition, type FormEvent } from "react";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/auth/account-rules";
import { signUp } from "@/lib/actions/sign-up";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

const ROLE_OPTIONS = [
  { role: "student", label: "Student" },
  { role: "teacher", label: "Teacher" },
] as const;

export function SignUpForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      setFormError(null);
      const result = await signUp(formData).catch(() => null);
      if (!result) {
        setFormError("We couldn’t reach the server. Check your connection and try again.");
        return;
      }
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        return;
      }
      setFieldErrors({});
      const signedIn = await signIn("credentials", {
        email: result.data.email,
        password: String(formData.get("password")),
        redirect: false,
      });
      if (signedIn?.error) {
        router.push("/sign-in");
        return;
      }
      router.push("/");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField label="Name" name="name" autoComplete="name" required errors={fieldErrors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
        errors={fieldErrors.password}
      />
      <fieldset className="space-y-2" aria-describedby={fieldErrors.role ? "role-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">I am a…</legend>
        <div className="flex gap-3">
          {ROLE_OPTIONS.map(({ role, label }) => (
            <label
              key={role}
              className="flex flex-1 cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="role" value={role} defaultChecked={role === "student"} />
              <span>{label}</span>
            </label>
          ))}
        </div>
        {fieldErrors.role ? (
          <p id="role-error" className="text-sm text-red-700">
            {fieldErrors.role.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-stone-700">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
