"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/domain/auth/access";
import { signInSchema } from "@/lib/domain/auth/inputs";
import { authenticate } from "@/lib/server/auth/credentials";
import { rateLimitMessage, rateLimits } from "@/lib/server/auth/rate-limits";
import { startSession } from "@/lib/server/auth/session-cookie";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { landingAfterSignIn } from "@/lib/server/services/classes/join-after-sign-in";
import { fieldErrorsOf, NOT_A_FORM, type FormResult } from "./form-result";
import { withNoScriptFailurePage } from "./no-script-failure";

export type SignInState = FormResult<undefined> & { email?: string };

/** The sign-in form's POST (works before hydration and without JavaScript): check, start the session, go on. */
export async function signIn(_previous: SignInState | null, formData: unknown): Promise<SignInState> {
  return withNoScriptFailurePage(async () => {
    if (!(formData instanceof FormData)) return NOT_A_FORM;
    const email = String(formData.get("email") ?? "");
    const parsed = signInSchema.safeParse({ email, password: formData.get("password") ?? "" });
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), email };
    const address = clientAddressOf(await headers());
    const allowed = await rateLimits.checkSignIn(parsed.data.email, address);
    if (!allowed.allowed) return { ok: false, fieldErrors: {}, formError: rateLimitMessage(allowed.retryAfterSeconds), email };
    const user = await authenticate(parsed.data);
    if (user) await rateLimits.recordSuccessfulSignIn(parsed.data.email);
    else await rateLimits.recordFailedSignIn(parsed.data.email, address);
    // One message for an unknown email and a wrong password, so the form reveals no accounts.
    if (!user) return { ok: false, fieldErrors: {}, formError: "wrong-credentials", email };
    await startSession(user);
    redirect(await landingAfterSignIn(user, safeCallbackPath(String(formData.get("callbackPath") ?? ""))));
  });
}
