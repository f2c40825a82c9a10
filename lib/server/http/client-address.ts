import "server-only";

/**
 * The caller's address as the nearest proxy saw it: the last X-Forwarded-For entry (a proxy appends the
 * address it received from; `next start` fills the header from the socket when no proxy set one).
 * Behind no proxy a client can choose it, which is why sign-in is also limited per account.
 */
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
