import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DocumentByline, DocumentKind } from "@/components/lesson/document-labels";
import { KeyFacts } from "@/components/lesson/key-facts";
import { LessonBody } from "@/components/lesson/lesson-body";
import { SourceComparisons } from "@/components/lesson/source-comparisons";
import { StartQuizLink } from "@/components/quiz/start-quiz-link";
import { lessonScope } from "@/lib/domain/quiz";
import { getLesson, listLessons } from "@/lib/server/services/lessons";
import { getCurrentUser } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = await getLesson((await params).slug, (await getCurrentUser())?.id ?? null);
  return { title: lesson?.title ?? (await getTranslations("lessons"))("notFound") };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const viewerId = (await getCurrentUser())?.id ?? null;
  const [lesson, lessons, t] = await Promise.all([getLesson(slug, viewerId), listLessons(viewerId), getTranslations("lessons")]);
  if (!lesson) notFound();
  const titles = Object.fromEntries(lessons.map((entry) => [entry.slug, entry.title]));
  const headed = lesson.sections.filter((section) => section.heading && section.heading !== lesson.title);
  return (
    <article className="grid gap-10 lg:grid-cols-[1fr_18rem]">
      <div className="min-w-0">
        <nav aria-label={t("breadcrumb")} className="mb-4 text-sm text-stone-600">
          <Link href="/lessons" className="underline">
            {t("title")}
          </Link>{" "}
          / <span aria-current="page">{lesson.title}</span>
        </nav>
        <header className="mb-8 space-y-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
            <DocumentKind kind={lesson.source.kind} />
          </p>
          <h1 className="font-serif text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">{lesson.title}</h1>
          <p className="text-sm text-stone-600">
            <DocumentByline publisher={lesson.source.publisher} date={lesson.date} kind={lesson.source.kind} />
          </p>
          <div className="flex flex-wrap gap-2 pt-2">
            <StartQuizLink scope={lessonScope(lesson.slug)} />
            <Link href={`/study?lesson=${lesson.slug}`} className="inline-flex items-center rounded-md px-4 py-2 text-sm font-semibold text-stone-700 hover:bg-stone-100">
              {t("studyFlashcards")}
            </Link>
          </div>
        </header>
        <div className="max-w-prose">
          <LessonBody sections={lesson.sections} title={lesson.title} />
        </div>
      </div>
      {/* Scrolls with the page: a panel with its own scrollbar moved on its own under the wheel. */}
      <aside className="space-y-8">
        {headed.length > 1 ? (
          <nav aria-labelledby="contents-heading">
            <h2 id="contents-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
              {t("contents")}
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {headed.map((section) => (
                <li key={section.id} className={section.level > 2 ? "pl-3" : undefined}>
                  <a href={`#section-${section.id}`} className="text-stone-800 hover:underline">
                    {section.heading}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <section aria-labelledby="key-dates-heading">
          <h2 id="key-dates-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
            {t("keyDates")}
          </h2>
          <div className="mt-2">
            <KeyFacts facts={lesson.keyFacts} />
          </div>
        </section>
        <SourceComparisons conflicts={lesson.conflicts} titles={titles} />
      </aside>
    </article>
  );
}
