import Link from "next/link";
import { useTranslations } from "next-intl";
import type { LessonMasteryView } from "@/lib/domain/progress/views";
import { MASTERY_THRESHOLDS, masteryStyle } from "./mastery-colour";

const FAMILIAR = Math.round(MASTERY_THRESHOLDS.familiar * 100);
const STRONG = Math.round(MASTERY_THRESHOLDS.strong * 100);

/**
 * Horizontal mastery bars, one per lesson. An HTML list rather than one SVG image, so each lesson title
 * stays a real link; the value is written beside each bar, so the bar graphic itself is decorative.
 */
export function LessonMasteryList({ lessons }: { lessons: readonly LessonMasteryView[] }) {
  const t = useTranslations("progress");
  const mastered = useTranslations("mastery");
  if (lessons.length === 0) return <p className="text-sm text-stone-700">{t("mastery_none")}</p>;
  return (
    <div>
      <ul className="space-y-4">
        {lessons.map((lesson) => {
          const style = masteryStyle(lesson.mastery, lesson.seen);
          const percent = Math.round(lesson.mastery * 100);
          return (
            <li key={lesson.lessonId} data-testid="lesson-mastery">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                <Link href={`/lessons/${lesson.lessonId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {lesson.title}
                </Link>
                <span className="text-sm text-stone-800">
                  <span className="font-semibold tabular-nums">{percent}%</span>{" "}
                  <span className={`ml-1 rounded-full border px-2 py-0.5 text-xs font-medium ${style.badgeClass}`}>{mastered(style.level)}</span>
                </span>
              </div>
              <svg aria-hidden="true" viewBox="0 0 100 6" preserveAspectRatio="none" width="100%" className="mt-1 block h-2.5 w-full">
                <rect x={0} y={0} width={100} height={6} rx={1} className="fill-stone-200" />
                {percent > 0 ? <rect x={0} y={0} width={percent} height={6} rx={1} className={style.fillClass} /> : null}
              </svg>
              <p className="mt-1 text-xs text-stone-600">
                {t("mastery_studied", { seen: lesson.seen, total: lesson.total })}
              </p>
            </li>
          );
        })}
      </ul>
      <p className="mt-4 text-xs text-stone-600">
        {t("mastery_note", { familiar: FAMILIAR, strong: STRONG })}
      </p>
    </div>
  );
}
