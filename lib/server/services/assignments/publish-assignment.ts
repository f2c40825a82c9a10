import "server-only";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { db } from "@/lib/server/db";
import { loadOwnedAssignment } from "./owned-assignment";

/** Publishing fixes the drawn questions: every student gets this set (in their own order when shuffled). */
export async function publishAssignment(teacherId: string, assignmentId: string, now: Date = new Date()): Promise<void> {
  const assignment = await loadOwnedAssignment(teacherId, assignmentId);
  if (assignment.classroom.archivedAt) throw new ClassError("class-archived");
  const { count } = await db.assignment.updateMany({
    where: { id: assignmentId, status: "draft" },
    data: { status: "published", publishedAt: now },
  });
  if (count === 0) throw new ClassError("assignment-not-draft");
}

/** Deletes an assignment nobody has started (a started one keeps its students' work). */
export async function deleteAssignment(teacherId: string, assignmentId: string): Promise<{ classId: string }> {
  const assignment = await loadOwnedAssignment(teacherId, assignmentId);
  if (assignment.started) throw new ClassError("assignment-started", "Students have started this assignment, so it can’t be deleted.");
  await db.$transaction(async (tx) => {
    if ((await tx.quizAttempt.count({ where: { assignmentId } })) > 0) throw new ClassError("assignment-started");
    await tx.assignment.delete({ where: { id: assignmentId }, select: { id: true } });
  });
  return { classId: assignment.classId };
}
