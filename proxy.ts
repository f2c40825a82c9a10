import { NextResponse, type NextRequest } from "next/server";
import { publicErrorFor } from "@/lib/domain/errors/app-error";

/**
 * A path that is not valid percent-encoding ("/lessons/%ZZ") makes the router throw while decoding the
 * route's parameter; answer it as the bad request it is instead of a server error.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    // The same body as lib/server/http/json-error, built here because the proxy runs outside the React server.
    const { status, ...error } = publicErrorFor("bad-path");
    return NextResponse.json({ error }, { status });
  }
  return NextResponse.next();
}

// Only the routes with dynamic segments: the others never decode a parameter.
export const config = { matcher: ["/lessons/:path*", "/quiz/:path*", "/api/quiz/:path*"] };
