"use server";

import { signUpSchema } from "@/lib/domain/auth/account-rules";
import { createAccount } from "@/lib/server/auth/credentials";
import { fieldErrorsOf, type FormResult } from "./form-result";

export async function signUp(formData: FormData): Promise<FormResult<{ email: string }>> {
  const parsed = signUpSchema.safeParse({
    name: formData.get("name") ?? "",
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    role: formData.get("role") ?? "",
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await createAccount(parsed.data);
  if (!result.ok) {
    return { ok: false, fieldErrors: { email: ["An account with this email already exists. Sign in instead?"] } };
  }
  return { ok: true, data: { email: result.user.email } };
}
