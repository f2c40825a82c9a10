import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { StreakMark } from "@/components/progress/streak-mark";
import { StudyWeekStrip } from "@/components/progress/study-week";
import type { LearnerTodayView } from "@/lib/domain/home/views";
import { quizScopeText } from "@/components/quiz/quiz-scope-text";
import { intervalText } from "@/components/flashcard/interval-text";
import { AssignedWork } from "./assigned-work";
import { TodayCard } from "./today-card";

/** The signed-in home: what to do today, most urgent first. */
export async function LearnerToday({ name, view }: { name: string; view: LearnerTodayView }) {
  const [t, scopeWords, intervalWords] = await Promise.all([getTranslations("home"), getTranslations("quizScope"), getTranslations("intervals")]);
  const { cards, unfinishedQuiz, nextLesson } = view;
  const cardsWaiting = cards.due + cards.newLeft;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700" data-testid="welcome">
          {view.firstVisit ? t("welcome", { name }) : t("welcomeBack", { name })}
        </p>
        <h1 className="font-serif text-3xl font-semibold tracking-tight text-stone-950">{t("today")}</h1>
      </header>

      <AssignedWork assigned={view.assigned} />

      <div className="grid gap-4 sm:grid-cols-2">
        <TodayCard
          id="today-cards"
          title={t("flashcards")}
          action={
            cardsWaiting > 0 ? (
              <Link href="/study" className={buttonClasses("primary", "w-full sm:w-auto")}>
                {view.firstVisit ? t("startFirstCards") : t("studyNow")}
              </Link>
            ) : null
          }
        >
          {cardsWaiting > 0 ? (
            <p>{t("cardsWaiting", { due: cards.due, newLeft: cards.newLeft })}</p>
          ) : (
            <p>
              {t("allCaughtUp")}
              {cards.nextDueInMs !== null ? ` ${t("nextDueIn", { when: intervalText(intervalWords, cards.nextDueInMs) })}` : ""}
            </p>
          )}
        </TodayCard>

        <TodayCard
          id="today-quiz"
          title={unfinishedQuiz ? t("quizToFinish") : t("quiz")}
          action={
            <Link href={unfinishedQuiz ? `/quiz/${unfinishedQuiz.id}` : "/quiz"} className={buttonClasses("secondary", "w-full sm:w-auto")}>
              {unfinishedQuiz ? t("resumeQuiz") : t("takeQuiz")}
            </Link>
          }
        >
          {unfinishedQuiz ? (
            <p>{t("quizProgress", { scope: quizScopeText(scopeWords, unfinishedQuiz.scopeName), answered: unfinishedQuiz.answered, total: unfinishedQuiz.total })}</p>
          ) : (
            <p>{t("quizPitch")}</p>
          )}
        </TodayCard>

        {nextLesson ? (
          <TodayCard
            id="today-lesson"
            title={t("nextLesson")}
            action={
              <Link href={`/lessons/${nextLesson.slug}`} className={buttonClasses("secondary", "w-full sm:w-auto")}>
                {t("readLesson")}
              </Link>
            }
          >
            <p>
              <span className="font-medium text-stone-950">{nextLesson.title}</span> · {t("unseenCards", { count: nextLesson.unseen })}
            </p>
          </TodayCard>
        ) : null}

        <TodayCard id="today-week" title={t("thisWeek")}>
          <div className="space-y-3">
            <StreakMark streak={view.streak} />
            <StudyWeekStrip week={view.studyWeek} today={view.today} />
          </div>
        </TodayCard>
      </div>
    </div>
  );
}
