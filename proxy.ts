import { NextResponse, type NextRequest } from "next/server";
import { publicErrorFor, type AppErrorCode } from "@/lib/domain/errors/app-error";
import { refreshSessionCookie } from "@/lib/proxy/refresh-session-cookie";
import { isSameOrigin } from "@/lib/proxy/same-origin";
import { isWellFormedActionText } from "@/lib/proxy/action-reply";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/proxy/content-security-policy";
import { SharedPageCache, sharedPageKey } from "@/lib/proxy/page-cache";
import { contentVersion } from "@/lib/server/services/content-version";

/** The same body as lib/server/http/json-error, built here because the proxy runs outside the React server. */
function errorResponse(code: AppErrorCode, message?: string): NextResponse {
  const { status, ...error } = publicErrorFor(code, message);
  return NextResponse.json({ error }, { status });
}

// Next's own limit for server-action bodies (next.config.js serverActions.bodySizeLimit); over it, 413 here.
const MAX_ACTION_BODY_BYTES = 3 * 1024 * 1024;

/** Server-action posts Next would fail with a 500: from another origin, larger than the limit, or malformed. */
async function refuseActionPost(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  if (!isSameOrigin(request)) {
    return errorResponse("cross-origin");
  }
  if (Number(request.headers.get("content-length")) > MAX_ACTION_BODY_BYTES) {
    return errorResponse("body-too-large", "The form is too large to send.");
  }
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType === "text/plain" && !isWellFormedActionText(await request.clone().text())) {
    return errorResponse("invalid-input", "That action request couldn’t be read.");
  }
  return null;
}

const development = process.env.NODE_ENV !== "production";
const authSecret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? "development-only-secret-not-for-production";
// next-auth names its cookie "__Secure-…" exactly when its own URL is https.
const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

// `next start` records the address it listens on; the cache renders its pages through it (off without it).
const sharedPages = new SharedPageCache(() => process.env.__NEXT_PRIVATE_ORIGIN, () => contentVersion());

function servedOverHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** A signed-out content page from the process's cache: nothing else in the proxy applies to it. */
async function cachedPage(request: NextRequest): Promise<Response | null> {
  const sharedKey = sharedPageKey({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    headers: request.headers,
    cookie: (name) => request.cookies.get(name)?.value,
  });
  if (!sharedKey) return null;
  const nonce = newNonce();
  const cached = await sharedPages.serve(sharedKey, nonce);
  if (!cached) return null;
  const https = servedOverHttps(request);
  const headers: Record<string, string> = {
    "Content-Type": cached.contentType,
    "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
    "Content-Security-Policy": contentSecurityPolicy(nonce, { https, development }),
    "X-Page-Cache": "hit",
  };
  if (https) headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY;
  return new Response(cached.body, { headers });
}

/**
 * Every page and route: answers an undecodable path as a bad request, stamps a per-response CSP nonce that
 * Next puts on its own scripts, sends HSTS over https, and slides an active session forward. A signed-out
 * content page comes from the process's cache of shared pages when it holds one (lib/proxy/page-cache), before
 * any of that: such a request carries no session and no action, and its path is plain.
 */
export async function proxy(request: NextRequest) {
  if (!development) {
    const cached = await cachedPage(request);
    if (cached) return cached;
  }
  try {
    // A path that is not valid percent-encoding ("/lessons/%ZZ") would make the router throw on the parameter.
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return errorResponse("bad-path");
  }
  const refused = await refuseActionPost(request);
  if (refused) return refused;
  const https = servedOverHttps(request);
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { https, development });
  // Next reads the nonce from the request's policy header and stamps it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  // next-auth's own routes set and clear the cookie themselves (sign-in, sign-out).
  if (!request.nextUrl.pathname.startsWith("/api/auth/")) {
    await refreshSessionCookie(request, response, { secret: authSecret, secure: secureCookies });
  }
  return response;
}

// Everything but Next's static files, which carry no session and run no inline script.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
