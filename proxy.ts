import { NextResponse, type NextRequest } from "next/server";

/**
 * A path that is not valid percent-encoding ("/lessons/%ZZ") makes the router throw while decoding the
 * route's parameter; answer it as the bad request it is instead of a server error.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.json({ error: { code: "bad_path", message: "The address is not valid." } }, { status: 400 });
  }
  return NextResponse.next();
}

// Only the routes with dynamic segments: the others never decode a parameter.
export const config = { matcher: ["/lessons/:path*", "/quiz/:path*", "/api/quiz/:path*"] };
