"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Tells the server the browser's time zone (cookie "tz") so "today" and "this week" are the learner's own.
 * Re-renders once when it changes; never loops, since it only refreshes after writing a new value.
 */
export function TimeZoneCookie({ serverZone }: { serverZone: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === serverZone) return;
    const current = document.cookie
      .split("; ")
      .find((part) => part.startsWith("tz="))
      ?.slice(3);
    if (current && decodeURIComponent(current) === zone) return;
    document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [router, serverZone]);
  return null;
}
