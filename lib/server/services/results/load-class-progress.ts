import "server-only";
import { studentProgress } from "@/lib/domain/assignments/student-progress";
import { masteryByLesson } from "@/lib/domain/progress";
import { ACTIVITY_WEEKS, classStandings } from "@/lib/domain/results/class-progress";
import { RESULTS_PAGE_SIZE, type ClassProgressView } from "@/lib/domain/results/views";
import { db } from "@/lib/server/db";
import { loadAssignmentAttempts } from "@/lib/server/services/assignments/assignment-attempts";
import { overrideColumns, rulesColumns, rulesOf } from "@/lib/server/services/assignments/owned-assignment";
import { loadOwnedClass } from "@/lib/server/services/classes/owned-class";
import { CARD_STATE_SELECT } from "@/lib/server/services/cards";
import { recallAt } from "@/lib/server/services/progress/card-retrievability";
import { documentsOfClass } from "@/lib/server/services/library/document-visibility";

const DAY_MS = 24 * 60 * 60 * 1000;
// A class's students are bounded as its roster is; the quiz history per student is read whole (mastery needs it).
const STUDENT_LIMIT = 300;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A class's progress for its teacher: each current student's mastery per lesson (the learner dashboard's measure),
 * reviews and answers per week over the last weeks, missing work, and why anyone is falling behind.
 */
export async function loadClassProgress(teacherId: string, classId: string, now: Date, page = 1): Promise<ClassProgressView> {
  const owned = await loadOwnedClass(teacherId, classId);
  const since = new Date(now.getTime() - ACTIVITY_WEEKS * 7 * DAY_MS);
  const members = await db.classMembership.findMany({
    where: { classId, endedAt: null },
    orderBy: [{ student: { name: "asc" } }, { studentId: "asc" }],
    take: STUDENT_LIMIT,
    select: { studentId: true, student: { select: { name: true } } },
  });
  const ids = members.map((m) => m.studentId);
  const [questions, documents, cards, answers, reviews, assignments] = await Promise.all([
    db.question.findMany({ where: { retiredAt: null, hiddenAt: null, document: documentsOfClass(classId) }, select: { id: true, documentId: true } }),
    db.contentDocument.findMany({ where: documentsOfClass(classId), select: { id: true, title: true }, orderBy: [{ position: "asc" }, { title: "asc" }] }),
    db.card.findMany({ where: { userId: { in: ids } }, select: { userId: true, questionId: true, ...CARD_STATE_SELECT } }),
    db.quizAnswer.findMany({
      where: { attempt: { userId: { in: ids } } },
      select: { questionId: true, score: true, answeredAt: true, attempt: { select: { userId: true } } },
    }),
    db.reviewLog.findMany({ where: { userId: { in: ids }, reviewedAt: { gte: since, lte: now } }, select: { userId: true, reviewedAt: true } }),
    db.assignment.findMany({
      where: { classId, status: "published", kind: "quiz", dueAt: { lt: now } },
      select: { id: true, ...rulesColumns, overrides: { select: { studentId: true, ...overrideColumns } } },
    }),
  ]);
  const attempts = await loadAssignmentAttempts(assignments.map((a) => a.id));

  const recall = new Map<string, Map<string, number | null>>();
  for (const card of cards) {
    const mine = recall.get(card.userId) ?? new Map<string, number | null>();
    recall.set(card.userId, mine);
    mine.set(card.questionId, recallAt(card, now));
  }
  const answersOf = new Map<string, { questionId: string; score: number; answeredAt: Date }[]>();
  for (const a of answers) push(answersOf, a.attempt.userId, a);
  const activityOf = new Map<string, Date[]>();
  for (const r of reviews) push(activityOf, r.userId, r.reviewedAt);
  for (const a of answers) if (a.answeredAt >= since) push(activityOf, a.attempt.userId, a.answeredAt);

  const lessonsWithQuestions = new Set(questions.map((q) => q.documentId));
  const lessonOrder = documents.map((d) => d.id);
  const perStudent = members.map(({ studentId, student }) => {
    const mine = recall.get(studentId);
    const lessons = masteryByLesson(
      questions.map((q) => ({ questionId: q.id, lessonId: q.documentId, retrievability: mine?.get(q.id) ?? null })),
      answersOf.get(studentId) ?? [],
    );
    const byLesson = new Map(lessons.map((l) => [l.lessonId, l]));
    const ordered = lessonOrder.flatMap((id) => {
      const l = byLesson.get(id);
      return l ? [{ lessonId: id, mastery: l.mastery, seen: l.seen, total: l.total }] : [];
    });
    const mastery = ordered.length ? ordered.reduce((s, l) => s + l.mastery, 0) / ordered.length : 0;
    const missing = assignments.filter((a) => {
      const override = a.overrides.find((o) => o.studentId === studentId) ?? null;
      return studentProgress(rulesOf(a), override, attempts.get(a.id)?.get(studentId) ?? [], now).status === "missing";
    }).length;
    return { studentId, name: student.name, mastery, lessons: ordered, missing };
  });
  const standings = classStandings(
    perStudent.map((s) => ({ studentId: s.studentId, mastery: s.mastery, activity: activityOf.get(s.studentId) ?? [], missing: s.missing })),
    now,
  );
  const pageCount = Math.max(1, Math.ceil(perStudent.length / RESULTS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const students = perStudent.map((s, i) => {
    const standing = standings[i]!;
    return { ...s, weeklyActivity: standing.weeklyActivity, lastActive: standing.lastActive?.toISOString() ?? null, reasons: standing.reasons };
  });
  return {
    classId,
    className: owned.name,
    lessons: documents.filter((d) => lessonsWithQuestions.has(d.id)).map((d) => ({ id: d.id, title: d.title })),
    // Behind first, so the teacher sees who needs help without paging.
    students: [...students]
      .sort((a, b) => Number(b.reasons.length > 0) - Number(a.reasons.length > 0) || a.name.localeCompare(b.name))
      .slice((current - 1) * RESULTS_PAGE_SIZE, current * RESULTS_PAGE_SIZE),
    behindTotal: students.filter((s) => s.reasons.length > 0).length,
    weeks: Array.from({ length: ACTIVITY_WEEKS }, (_, i) => weekLabel(ACTIVITY_WEEKS - 1 - i)),
    page: current,
    pageCount,
    studentTotal: perStudent.length,
  };
}

function weekLabel(weeksAgo: number): string {
  if (weeksAgo === 0) return "Last 7 days";
  return `${weeksAgo * 7 + 1}–${(weeksAgo + 1) * 7} days ago`;
}
