// Runs in proxy.ts before any page; no `import "server-only"`, so the proxy bundle can load it.

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Whether a browser sent this request from one of our own pages. Browsers send Sec-Fetch-Site and Origin on
 * every cross-site POST, so either one naming another site refuses it; a caller that sends neither is not a
 * browser and carries no victim's cookie by accident.
 */
export function isSameOrigin(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const ownHosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")];
  if (process.env.NEXTAUTH_URL) ownHosts.push(hostOf(process.env.NEXTAUTH_URL));
  const originHost = hostOf(origin);
  return originHost !== null && ownHosts.includes(originHost);
}
