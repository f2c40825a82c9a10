"use server";

import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/domain/auth/access";
import { signInSchema } from "@/lib/domain/auth/inputs";
import { authenticate } from "@/lib/server/auth/credentials";
import { startSession } from "@/lib/server/auth/session-cookie";
import { fieldErrorsOf, type FormResult } from "./form-result";

export type SignInState = FormResult<undefined> & { email?: string };

/** The sign-in form's POST (works before hydration and without JavaScript): check, start the session, go on. */
export async function signIn(_previous: SignInState | null, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), email };
  const user = await authenticate(parsed.data);
  // One message for an unknown email and a wrong password, so the form reveals no accounts.
  if (!user) return { ok: false, fieldErrors: {}, formError: "wrong-credentials", email };
  await startSession(user);
  redirect(safeCallbackPath(String(formData.get("callbackPath") ?? "")));
}
