"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { rateAndShowNext } from "@/lib/actions/rate-and-show-next";
import { undoAndShowCard } from "@/lib/actions/undo-and-show-card";
import { undoReviewFromForm } from "@/lib/actions/undo-review-from-form";
import type { ReviewRating } from "@/lib/domain/scheduling";
import type { StudyActionResult, StudySessionView } from "@/lib/domain/flashcards/views";
import { AllCaughtUp } from "./all-caught-up";
import { CardBack } from "./card-back";
import { CardFront } from "./card-front";
import { RatingButtons } from "./rating-buttons";
import { StudyCounts } from "./study-counts";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useStudyShortcuts } from "./use-study-shortcuts";
import { useServerMessage } from "@/components/ui/use-server-message";

// Past this, waiting on the page for the next card is unlikely; the learner will come back later.
const AUTO_REFRESH_WITHIN_MS = 60 * 60 * 1000;

/**
 * One study session: every rating and undo goes to the server, which answers with the next card, so a
 * reload (or a second tab) always picks up exactly where the database is.
 */
export function StudySession({
  initial,
  keyboardShortcuts,
  revealed = false,
  initialNotice = null,
}: {
  initial: StudySessionView;
  keyboardShortcuts: boolean;
  /** The answer is already shown (the ?show=1 view a Show answer press loads without JavaScript). */
  revealed?: boolean;
  initialNotice?: string | null;
}) {
  const t = useTranslations("study");
  const say = useServerMessage();
  const router = useRouter();
  const [session, setSession] = useState(initial);
  const [flipped, setFlipped] = useState(revealed);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(initialNotice);
  const [announcement, setAnnouncement] = useState("");
  const busyRef = useRef(false);
  const focusNext = useRef<"front" | "back" | null>(null);
  const showAnswerRef = useRef<HTMLButtonElement>(null);
  const lesson = session.documentId ?? "";
  const backRef = useRef<HTMLDivElement>(null);
  const card = session.card;
  const hydrated = useHydrated();

  // Focus follows the card only after the learner acted, never on first load.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "back") backRef.current?.focus();
    if (target === "front") showAnswerRef.current?.focus();
  }, [session, flipped]);

  // When the next card falls due while the page is open (learning steps are minutes), fetch it.
  useEffect(() => {
    if (card || !session.nextDueAt) return;
    const wait = new Date(session.nextDueAt).getTime() - Date.now() + 1000;
    if (wait > AUTO_REFRESH_WITHIN_MS) return;
    const timer = window.setTimeout(() => router.refresh(), Math.max(wait, 1000));
    return () => window.clearTimeout(timer);
  }, [card, session.nextDueAt, router]);

  function show(result: StudyActionResult, success: string) {
    if (result.session) {
      setSession(result.session);
      setFlipped(false);
      focusNext.current = "front";
    }
    if (result.ok) {
      setNotice(null);
      const next = result.session.card ? t("announceNext", { prompt: result.session.card.prompt }) : t("announceDone");
      setAnnouncement(`${success} ${next}`);
    } else {
      setNotice(say(result.message));
      setAnnouncement(say(result.message));
    }
  }

  async function run(action: () => Promise<StudyActionResult>, success: string) {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      show(await action(), success);
    } catch {
      const message = t("connectionError");
      setNotice(message);
      setAnnouncement(message);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  function flip() {
    if (!card || flipped || busyRef.current) return;
    setFlipped(true);
    focusNext.current = "back";
    const answer = Array.isArray(card.answer) ? card.answer.map((item, i) => `${i + 1}. ${item}`).join(" ") : card.answer;
    setAnnouncement(t("announceAnswer", { answer }));
  }

  function rate(rating: ReviewRating) {
    if (!card || !flipped) return;
    const input = { cardId: card.cardId, expectedVersion: card.version, rating, lesson: session.documentId };
    void run(() => rateAndShowNext(input), t("announceRated", { rating: t(`ratings.${rating}`) }));
  }

  function undo() {
    const reviewLogId = session.undoableReviewId;
    if (!reviewLogId) return;
    void run(() => undoAndShowCard({ reviewLogId, lesson: session.documentId }), t("announceUndone"));
  }

  useStudyShortcuts(keyboardShortcuts, { flip, rate, undo });

  return (
    <div className="space-y-6" data-testid="study-session" data-ready={hydrated ? "true" : undefined}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <StudyCounts counts={session.counts} />
        {session.undoableReviewId ? (
          <form action={undoReviewFromForm}>
            <input type="hidden" name="reviewLogId" value={session.undoableReviewId} />
            <input type="hidden" name="lesson" value={lesson} />
            <Button
              type="submit"
              variant="secondary"
              onClick={(event) => {
                event.preventDefault();
                undo();
              }}
              disabled={busy}
              aria-keyshortcuts={keyboardShortcuts ? "u" : undefined}
            >
              {t("undo")}
              {keyboardShortcuts ? <kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 font-mono text-xs">u</kbd> : null}
            </Button>
          </form>
        ) : null}
      </div>

      {notice ? <Alert tone="info">{notice}</Alert> : null}

      {card ? (
        <section
          aria-labelledby="card-prompt"
          className="space-y-6 rounded-lg border border-stone-200 bg-white p-5 shadow-sm sm:p-8"
          data-testid="flashcard"
          data-card-id={card.cardId}
        >
          <CardFront card={card} />
          {flipped ? (
            <>
              <CardBack card={card} ref={backRef} />
              <RatingButtons card={card} lesson={lesson} showKeys={keyboardShortcuts} disabled={busy} onRate={rate} />
            </>
          ) : (
            // Without JavaScript this GET loads the same card with its answer shown.
            <form action="/study" method="get">
              {lesson ? <input type="hidden" name="lesson" value={lesson} /> : null}
              <input type="hidden" name="card" value={card.cardId} />
              <input type="hidden" name="show" value="1" />
              <button
                ref={showAnswerRef}
                type="submit"
                onClick={(event) => {
                  event.preventDefault();
                  flip();
                }}
                disabled={busy}
                className={buttonClasses("primary", "w-full sm:w-auto")}
                aria-keyshortcuts={keyboardShortcuts ? "Space Enter" : undefined}
              >
                {t("showAnswer")}
                {keyboardShortcuts ? <kbd className="rounded bg-brand-800 px-1.5 font-mono text-xs">Space</kbd> : null}
              </button>
            </form>
          )}
        </section>
      ) : (
        <AllCaughtUp session={session} />
      )}

      <p className="text-sm text-stone-600">
        {keyboardShortcuts ? t("keyboardOn") : t("keyboardOff")}{" "}
        <Link href="/settings" className="font-medium text-brand-700 underline">
          {keyboardShortcuts ? t("turnOff") : t("turnOn")}
        </Link>
      </p>

      <p aria-live="polite" role="status" className="sr-only" data-testid="study-announcement">
        {announcement}
      </p>
    </div>
  );
}
