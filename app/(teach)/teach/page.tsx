import type { Metadata } from "next";
import Link from "next/link";
import { ClassList } from "@/components/class/class-list";
import { CreateClassForm } from "@/components/class/create-class-form";
import { PageNotice } from "@/components/class/page-notice";
import { PageHeading } from "@/components/ui/page-heading";
import { errorMessage, noticeMessage } from "@/lib/domain/classes/notices";
import { requireRole } from "@/lib/server/auth/session";
import { queryValue } from "@/lib/server/class-page";
import { listTeacherClasses } from "@/lib/server/services/classes/list-classes";

export const metadata: Metadata = { title: "Your classes" };

/** The teacher's home: their classes and a form for a new one; archived classes one link away. */
export default async function TeachHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const user = await requireRole("teacher", "/teach");
  const archived = queryValue(query, "archived") === "1";
  const classes = await listTeacherClasses(user.id, archived);
  return (
    <div className="space-y-8">
      <PageHeading title={archived ? "Archived classes" : "Your classes"} lead="Create a class, share its code, and set quizzes with due dates." />
      <PageNotice notice={noticeMessage(queryValue(query, "notice"))} error={errorMessage(queryValue(query, "error"))} />
      {archived ? null : (
        <section aria-labelledby="new-class" className="rounded-lg border border-stone-200 bg-stone-50 p-4">
          <h2 id="new-class" className="mb-3 font-serif text-xl font-semibold">New class</h2>
          <CreateClassForm />
        </section>
      )}
      <section aria-labelledby="class-list" className="space-y-3">
        <h2 id="class-list" className="font-serif text-xl font-semibold">{archived ? "Archived" : "Active classes"}</h2>
        <ClassList classes={classes} empty={archived ? "No archived classes." : "No classes yet: create your first one above."} />
        <Link href={archived ? "/teach" : "/teach?archived=1"} className="inline-block text-sm text-brand-800 underline">
          {archived ? "Back to active classes" : "Show archived classes"}
        </Link>
      </section>
    </div>
  );
}
