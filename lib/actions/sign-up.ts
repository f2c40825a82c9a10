"use server";

import { signUpSchema } from "@/lib/domain/auth/inputs";
import { AppError } from "@/lib/domain/errors/app-error";
import { createAccount } from "@/lib/server/auth/credentials";
import { fieldErrorsOf, formFailureOf, type FormResult } from "@/lib/actions/form-result";

/** The sign-up form: creates the account; the page then signs in with the same credentials. */
export async function signUp(formData: FormData): Promise<FormResult<{ email: string }>> {
  const parsed = signUpSchema.safeParse({
    name: formData.get("name") ?? "",
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    role: formData.get("role") ?? "",
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await createAccount(parsed.data);
  if (!result.ok) return formFailureOf(new AppError(result.reason), "email");
  return { ok: true, data: { email: result.user.email } };
}
