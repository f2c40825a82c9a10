"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/domain/auth/access";
import { signUpSchema } from "@/lib/domain/auth/inputs";
import { AppError } from "@/lib/domain/errors/app-error";
import { createAccount } from "@/lib/server/auth/credentials";
import { rateLimitMessage, rateLimits } from "@/lib/server/auth/rate-limits";
import { startSession } from "@/lib/server/auth/session-cookie";
import { teacherCodeAccepted } from "@/lib/server/auth/teacher-signup";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { landingAfterSignIn } from "@/lib/server/services/classes/join-after-sign-in";
import { fieldErrorsOf, formFailureOf, NOT_A_FORM, type FormResult } from "./form-result";
import { withNoScriptFailurePage } from "./no-script-failure";

export type SignUpState = FormResult<undefined> & { values?: { name: string; email: string; role: string } };

/** The sign-up form's POST (works without JavaScript): create the account, sign in, go home or where the visitor was going (from a join link: into that class). */
export async function signUp(_previous: SignUpState | null, formData: unknown): Promise<SignUpState> {
  return withNoScriptFailurePage(async () => {
    if (!(formData instanceof FormData)) return NOT_A_FORM;
    const values = {
      name: String(formData.get("name") ?? ""),
      email: String(formData.get("email") ?? ""),
      role: String(formData.get("role") ?? ""),
    };
    const parsed = signUpSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    // Counted before the invite code is checked, so guessing codes meets the same limit as signing up.
    const allowance = await rateLimits.takeSignUp(clientAddressOf(await headers()));
    if (!allowance.allowed) return { ok: false, fieldErrors: {}, formError: rateLimitMessage(allowance.retryAfterSeconds), values };
    if (parsed.data.role === "teacher" && !teacherCodeAccepted(String(formData.get("teacherCode") ?? ""))) {
      return { ok: false, fieldErrors: { teacherCode: ["Enter the teacher invite code your school gave you."] }, values };
    }
    const result = await createAccount(parsed.data);
    if (!result.ok) return { ...formFailureOf(new AppError(result.reason), "email"), values };
    await startSession(result.user);
    redirect(await landingAfterSignIn(result.user, safeCallbackPath(String(formData.get("callbackPath") ?? ""))));
  });
}
