"use client";

import { useEffect, useRef } from "react";
import type { ReviewRating } from "@/lib/domain/scheduling";

export interface StudyShortcutHandlers {
  flip: () => void;
  rate: (rating: ReviewRating) => void;
  undo: () => void;
}

export const RATING_KEYS: Record<ReviewRating, string> = { again: "1", hard: "2", good: "3", easy: "4" };
const RATING_BY_KEY = new Map(Object.entries(RATING_KEYS).map(([rating, key]) => [key, rating as ReviewRating]));

/** Typing somewhere must never rate a card. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable='true']") !== null;
}

/** Space and Enter on a focused button or link belong to that control. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("button, a[href], summary, [role='button']") !== null;
}

/**
 * Space/Enter flip, 1–4 rate, u undoes. Single-character shortcuts can be switched off in settings
 * (WCAG 2.1.4); they ignore key presses with modifiers, auto-repeat and anything typed into a field.
 */
export function useStudyShortcuts(enabled: boolean, handlers: StudyShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat || event.isComposing) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (isTypingTarget(event.target)) return;
      if (event.key === " " || event.key === "Enter") {
        if (isActivatable(event.target)) return;
        event.preventDefault();
        latest.current.flip();
        return;
      }
      const rating = RATING_BY_KEY.get(event.key);
      if (rating) {
        event.preventDefault();
        latest.current.rate(rating);
      } else if (event.key.toLowerCase() === "u") {
        event.preventDefault();
        latest.current.undo();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
