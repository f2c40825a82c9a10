import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";
import { rateLimitMessage, rateLimits } from "@/lib/server/auth/rate-limits";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { jsonError } from "@/lib/server/http/json-error";
import { crossOriginRefusal, isSameOrigin } from "@/lib/server/http/request-guard";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** The email a credentials sign-in names, read from a copy of its form body. */
async function signInEmailOf(request: Request): Promise<string> {
  try {
    const email = (await request.clone().formData()).get("email");
    return typeof email === "string" ? email : "";
  } catch {
    return "";
  }
}

/** 429 in our error shape, plus the `url` next-auth's signIn() reads its error code from. */
function tooManySignIns(request: Request, retryAfterSeconds: number): Response {
  return Response.json(
    {
      error: { code: "rate-limited", message: rateLimitMessage(retryAfterSeconds) },
      url: new URL("/sign-in?error=rate-limited", request.url).toString(),
    },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

/** next-auth's client posts URL-encoded forms; it fails with a 500 on a body it cannot parse as one. */
function isUrlEncodedForm(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() === "application/x-www-form-urlencoded";
}

export async function POST(request: Request, context: Context) {
  if (!isSameOrigin(request)) return crossOriginRefusal();
  if (!isUrlEncodedForm(request)) return jsonError("expected-form");
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const decision = await rateLimits.checkSignIn(await signInEmailOf(request), clientAddressOf(request.headers));
    if (!decision.allowed) return tooManySignIns(request, decision.retryAfterSeconds);
  }
  return handler(request, context);
}

export { handler as GET };
