"use server";

import { redirect } from "next/navigation";
import { signUpSchema } from "@/lib/domain/auth/inputs";
import { AppError } from "@/lib/domain/errors/app-error";
import { createAccount } from "@/lib/server/auth/credentials";
import { startSession } from "@/lib/server/auth/session-cookie";
import { fieldErrorsOf, formFailureOf, type FormResult } from "./form-result";

export type SignUpState = FormResult<undefined> & { values?: { name: string; email: string; role: string } };

/** The sign-up form's POST (works without JavaScript): create the account, sign in, go home. */
export async function signUp(_previous: SignUpState | null, formData: FormData): Promise<SignUpState> {
  const values = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    role: String(formData.get("role") ?? ""),
  };
  const parsed = signUpSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await createAccount(parsed.data);
  if (!result.ok) return { ...formFailureOf(new AppError(result.reason), "email"), values };
  await startSession(result.user);
  redirect("/");
}
