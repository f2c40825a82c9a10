import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageLinks } from "@/components/results/page-links";
import { QuestionStatisticsList } from "@/components/results/question-statistics-list";
import { ResultsHeatmap } from "@/components/results/results-heatmap";
import { SpacedProgressTable } from "@/components/results/spaced-progress-table";
import { StudentResultsTable } from "@/components/results/student-results-table";
import { Alert } from "@/components/ui/alert";
import { PageHeading } from "@/components/ui/page-heading";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { pageParamSchema } from "@/lib/domain/results/inputs";
import { assignmentResultsHref, classProgressHref, resultsCsvHref } from "@/lib/domain/results/links";
import { requireRole } from "@/lib/server/auth/session";
import { loadAssignmentResults } from "@/lib/server/services/results/load-assignment-results";
import { currentUserZone } from "@/lib/server/user-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teach.results"))("metaTitle") };
}

type Params = { classId: string; assignmentId: string };
type Search = { page?: string | string[]; dropped?: string | string[] };

export default async function AssignmentResultsPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  const [{ classId, assignmentId }, search] = await Promise.all([params, searchParams]);
  const href = assignmentResultsHref(classId, assignmentId);
  const teacher = await requireRole("teacher", href);
  const view = await loadAssignmentResults(teacher.id, assignmentId, new Date(), pageParamSchema.parse(search.page)).catch((error: unknown) => {
    if (error instanceof ClassError) notFound();
    throw error;
  });
  if (view.classId !== classId) notFound();
  const [{ timeZone }, t] = await Promise.all([currentUserZone(), getTranslations("teach.results")]);
  const dropped = view.questions.find((q) => q.questionId === search.dropped);

  return (
    <div className="space-y-10">
      <PageHeading
        title={t("title", { title: view.title })}
        lead={<>{view.className} · {t("students", { count: view.studentTotal })} · {t("questions", { count: view.questionCount })} · <Link href={classProgressHref(classId)} className="font-medium text-brand-700 underline">{t("classProgress")}</Link></>}
      />
      {dropped ? <Alert tone="success">{t("dropped", { number: dropped.number })}</Alert> : null}
      <section aria-labelledby="students-heading" className="space-y-3">
        <h2 id="students-heading" className="text-xl font-semibold">{t("studentsHeading")}</h2>
        <StudentResultsTable students={view.students} timeZone={timeZone} grading={view.grading} />
        <PageLinks page={view.page} pageCount={view.pageCount} hrefFor={(p) => `${href}?page=${p}`} label={t("studentPages")} />
        {/* The link text follows the interface language; the files' column headers stay English (see results-csv.ts). */}
        <p className="flex flex-wrap gap-4 text-sm">
          <a href={resultsCsvHref(assignmentId, "students")} className="font-medium text-brand-700 underline" download>{t("csvStudents")}</a>
          <a href={resultsCsvHref(assignmentId, "answers")} className="font-medium text-brand-700 underline" download>{t("csvAnswers")}</a>
        </p>
      </section>
      {view.spaced ? (
        <section aria-labelledby="spaced-heading" className="space-y-3">
          <h2 id="spaced-heading" className="text-xl font-semibold">{t("spacedHeading", { target: view.spaced.targetLabel, percent: `${Math.round(view.spaced.target * 100)}%` })}</h2>
          <SpacedProgressTable students={view.spaced.students} target={view.spaced.target} targetLabel={view.spaced.targetLabel} />
        </section>
      ) : null}
      {view.questionCount > 0 ? (
        <>
          <section aria-labelledby="heatmap-heading" className="space-y-3">
            <h2 id="heatmap-heading" className="text-xl font-semibold">{t("heatmapHeading")}</h2>
            <ResultsHeatmap heatmap={view.heatmap} />
          </section>
          <section aria-labelledby="question-statistics" className="space-y-3">
            <h2 id="question-statistics" className="text-xl font-semibold">{t("questionsHeading")}</h2>
            <QuestionStatisticsList assignmentId={assignmentId} questions={view.questions} />
          </section>
        </>
      ) : null}
    </div>
  );
}
