"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * false in the server HTML and during hydration, true once React handles events: what needs JavaScript (drag
 * and drop, keyboard shortcuts) is offered only then, and pages mark themselves `data-ready` for tests.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
