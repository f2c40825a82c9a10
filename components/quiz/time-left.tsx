"use client";

import { useEffect, useState } from "react";

function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/**
 * The time left on a timed attempt. The server decides (answers after the end are refused); this only shows it,
 * counting down with JavaScript and reloading at zero so the submitted attempt appears.
 */
export function TimeLeft({ endsAt, initialMs }: { endsAt: string; initialMs: number }) {
  const [left, setLeft] = useState(initialMs);
  useEffect(() => {
    const end = new Date(endsAt).getTime();
    const timer = setInterval(() => {
      const ms = end - Date.now();
      setLeft(ms);
      if (ms <= -1500) {
        clearInterval(timer);
        window.location.reload();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  const low = left < 60_000;
  return (
    <p className={`mb-4 text-sm font-semibold ${low ? "text-red-700" : "text-stone-800"}`} data-testid="time-left">
      Time left: <span aria-live={low ? "polite" : "off"}>{clock(left)}</span>
    </p>
  );
}
