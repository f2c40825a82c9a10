import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageNotice } from "@/components/class/page-notice";
import { DocumentByline, DocumentKind } from "@/components/lesson/document-labels";
import { LessonBody } from "@/components/lesson/lesson-body";
import { EditSummary } from "@/components/library/edit-summary";
import { PublishForm } from "@/components/library/publish-form";
import { QuestionReviewList } from "@/components/library/question-review-list";
import { buttonClasses } from "@/components/ui/button";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/server/auth/session";
import { orNotFound, queryValue } from "@/lib/server/class-page";
import { loadDocumentReview } from "@/lib/server/services/library/document-review";
import { getLesson } from "@/lib/server/services/lessons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.document"))("reviewTitle") };
}

type Props = { params: Promise<{ documentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Review before publishing: the lesson as students will read it, every question with its source, and where it is published. */
export default async function DocumentReviewPage({ params, searchParams }: Props) {
  const [{ documentId }, query] = await Promise.all([params, searchParams]);
  const path = `/teach/library/${encodeURIComponent(documentId)}`;
  const user = await requireRole("teacher", path);
  const doc = await orNotFound(loadDocumentReview(user.id, documentId));
  const [lesson, t, tLibrary] = await Promise.all([getLesson(documentId, user.id), getTranslations("teach.document"), getTranslations("teach.library")]);
  if (!lesson) notFound();
  const shown = doc.questions.filter((q) => !q.hidden).length;
  return (
    <div className="space-y-10">
      <div>
        <Link href="/teach/library" className="text-sm text-brand-800 underline">{tLibrary("title")}</Link>
        <PageHeading
          title={doc.title}
          lead={<><DocumentKind kind={doc.kind} />{doc.publisher || doc.date ? " · " : null}<DocumentByline publisher={doc.publisher} date={doc.date} kind={doc.kind} /></>}
        />
        <PageNotice notice={queryValue(query, "notice")} error={queryValue(query, "error")} />
        <div className="flex flex-wrap gap-2">
          <Link href={`${path}/edit`} className={buttonClasses("secondary")}>{t("edit")}</Link>
          <Link href={`/lessons/${encodeURIComponent(doc.id)}`} className={buttonClasses("ghost")}>{t("openLesson")}</Link>
        </div>
      </div>
      {doc.lastEdit ? (
        <section aria-labelledby="changes-heading" id="changes" className="space-y-3">
          <h2 id="changes-heading" className="font-serif text-xl font-semibold">{t("changes")}</h2>
          <EditSummary edit={doc.lastEdit} />
        </section>
      ) : null}
      <section aria-labelledby="publish-heading" id="publish" className="space-y-3">
        <h2 id="publish-heading" className="font-serif text-xl font-semibold">{t("publish")}</h2>
        <PublishForm documentId={doc.id} classes={doc.classes} />
      </section>
      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="font-serif text-xl font-semibold">
          {doc.questions.length > shown ? t("questionsHidden", { shown, hidden: doc.questions.length - shown }) : t("questions", { shown })}
        </h2>
        <QuestionReviewList documentId={doc.id} questions={doc.questions} />
      </section>
      <section aria-labelledby="lesson-heading" className="space-y-3">
        <h2 id="lesson-heading" className="font-serif text-xl font-semibold">{t("lesson")}</h2>
        <div className="max-w-prose rounded-lg border border-stone-200 bg-white p-5">
          <LessonBody sections={lesson.sections} title={lesson.title} />
        </div>
      </section>
    </div>
  );
}
