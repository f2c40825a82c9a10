import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AssignedWorkList } from "@/components/assignment/assigned-work-list";
import { PageHeading } from "@/components/ui/page-heading";
import { formatInstant } from "@/lib/domain/assignments/local-date-time";
import { requireUser } from "@/lib/server/auth/session";
import { listStudentAssignments } from "@/lib/server/services/assignments/student-assignments";
import { currentUserZone } from "@/lib/server/user-zone";

export const metadata: Metadata = { title: "Assigned work" };

export default async function AssignmentsPage() {
  const user = await requireUser("/assignments");
  if (user.role === "teacher") redirect("/teach");
  const [assignments, zone] = await Promise.all([listStudentAssignments(user.id), currentUserZone()]);
  const dueText = Object.fromEntries(assignments.map((a) => [a.id, formatInstant(new Date(a.dueAt), zone.timeZone)]));
  return (
    <div className="space-y-6">
      <PageHeading title="Assigned work" lead="What your teachers set, what to do first at the top." />
      <AssignedWorkList assignments={assignments} dueText={dueText} />
      <Link href="/classes" className="inline-block text-sm text-brand-800 underline">Join or leave a class</Link>
    </div>
  );
}
