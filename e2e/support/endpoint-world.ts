// Two mirror-image sides of a school for the authorization matrix and the fuzz suite: on each side a teacher
// with a class (and a spare class, drafts and a spare student for the calls that change the roster), a student
// in that class with a quiz attempt and a card. Each person's "own" ids are their side's; "foreign" ids are the
// other side's. Rows are inserted with plain SQL (Playwright's loader cannot import the ESM Prisma client), and
// sessions are minted as next-auth does, with the e2e server's secret, so no bcrypt round is spent per person.
import { createClient, type Client } from "@libsql/client";
import { encode } from "next-auth/jwt";
import { E2E_AUTH_SECRET, e2eDatabaseUrl } from "../../scripts/e2e/e2e-database";

export const ACTORS = ["anonymous", "student", "otherStudent", "teacher", "otherTeacher"] as const;
export type Actor = (typeof ACTORS)[number];
export type Side = "a" | "b";

export interface SideIds {
  studentId: string;
  teacherId: string;
  classId: string;
  joinCode: string;
  /** A class nobody has joined yet, and its code, for joining. */
  openClassId: string;
  openJoinCode: string;
  /** A class the student is in, for leaving. */
  spareClassId: string;
  /** A second student in `classId`, for removing. */
  spareStudentId: string;
  assignmentId: string;
  draftToPublishId: string;
  draftToDeleteId: string;
  questionId: string;
  /** The right answer to `questionId`. */
  answer: string;
  attemptId: string;
  cardId: string;
  slug: string;
  /** The teacher's own library document, published to `classId`, with one question and one open report on it. */
  documentId: string;
  libraryQuestionId: string;
  reportId: string;
}

export interface EndpointWorld {
  /** Prefix of every id and email the world made; accounts the tests create should use it too. */
  run: string;
  sides: Record<Side, SideIds>;
  cookies: Record<Exclude<Actor, "anonymous">, string>;
  /** Deletes every row the world made (cascades take the rest). */
  remove(): Promise<void>;
}

/** Whose ids an actor calls with: their own side's, or the other side's. Anonymous "owns" side a. */
export function sideOf(actor: Actor, ids: "own" | "foreign"): Side {
  const home: Side = actor === "otherStudent" || actor === "otherTeacher" ? "b" : "a";
  return ids === "own" ? home : home === "a" ? "b" : "a";
}

const SESSION_COOKIE = "next-auth.session-token";

async function mintCookie(user: { id: string; name: string; email: string; role: "student" | "teacher" }): Promise<string> {
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: 0 },
    secret: E2E_AUTH_SECRET,
    maxAge: 60 * 60,
  });
  return `${SESSION_COOKIE}=${token}`;
}

function joinCode(seed: number): string {
  const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  let code = "";
  let n = seed;
  for (let i = 0; i < 6; i++) {
    code += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length) + 7 * (i + 1);
  }
  return code;
}

/** A seed question and its lesson, copied into each side's library document. */
interface LibrarySource {
  lessonJson: string;
  question: { kind: string; payload: Record<string, unknown> & { source: Record<string, unknown> } };
}

async function insertSide(db: Client, run: string, side: Side, questions: string[], answer: string, slug: string, library: LibrarySource, now: Date): Promise<SideIds> {
  const id = (name: string) => `${run}-${side}-${name}`;
  const iso = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
  const ids: SideIds = {
    studentId: id("student"),
    teacherId: id("teacher"),
    classId: id("class"),
    joinCode: joinCode(Number.parseInt(run.slice(-6), 36) + (side === "a" ? 0 : 1)),
    openClassId: id("open-class"),
    openJoinCode: joinCode(Number.parseInt(run.slice(-6), 36) + (side === "a" ? 4 : 5)),
    spareClassId: id("spare-class"),
    spareStudentId: id("spare-student"),
    assignmentId: id("assignment"),
    draftToPublishId: id("draft-publish"),
    draftToDeleteId: id("draft-delete"),
    questionId: questions[0] as string,
    answer,
    attemptId: id("attempt"),
    cardId: id("card"),
    slug,
    documentId: id("document"),
    libraryQuestionId: id("library-question"),
    reportId: id("report"),
  };
  const statements: { sql: string; args: (string | number | null)[] }[] = [];
  const user = (userId: string, role: string) =>
    statements.push({
      sql: `INSERT INTO "User" (id, name, email, role, sessionVersion, createdAt, updatedAt) VALUES (?, ?, ?, ?, 0, ?, ?)`,
      args: [userId, `Matrix ${userId.split("-").slice(-1)[0]} ${side}`, `${userId}@matrix.test`, role, iso(0), iso(0)],
    });
  user(ids.studentId, "student");
  user(ids.spareStudentId, "student");
  user(ids.teacherId, "teacher");
  const classroom = (classId: string, code: string) =>
    statements.push({
      sql: `INSERT INTO "Classroom" (id, teacherId, name, section, joinCode, joinEnabled, createdAt, updatedAt) VALUES (?, ?, ?, NULL, ?, 1, ?, ?)`,
      args: [classId, ids.teacherId, `Matrix class ${side}`, code, iso(0), iso(0)],
    });
  classroom(ids.classId, ids.joinCode);
  classroom(ids.openClassId, ids.openJoinCode);
  classroom(ids.spareClassId, joinCode(Number.parseInt(run.slice(-6), 36) + (side === "a" ? 2 : 3)));
  const member = (classId: string, studentId: string) =>
    statements.push({
      sql: `INSERT INTO "ClassMembership" (id, classId, studentId, joinedAt) VALUES (?, ?, ?, ?)`,
      args: [`${classId}-${studentId}`, classId, studentId, iso(-24)],
    });
  member(ids.classId, ids.studentId);
  member(ids.classId, ids.spareStudentId);
  member(ids.spareClassId, ids.studentId);
  const assignment = (assignmentId: string, status: "draft" | "published") => {
    statements.push({
      sql: `INSERT INTO "Assignment" (id, classId, title, kind, status, specJson, opensAt, dueAt, lateUntil, grading, reviewPolicy, publishedAt, createdAt, updatedAt)
            VALUES (?, ?, ?, 'quiz', ?, ?, NULL, ?, ?, 'highest', 'after-submit', ?, ?, ?)`,
      args: [assignmentId, ids.classId, `Matrix ${status} ${side}`, status, JSON.stringify({ mode: "pick", questionIds: questions }), iso(24 * 7), iso(24 * 8), status === "published" ? iso(-1) : null, iso(0), iso(0)],
    });
    questions.forEach((questionId, position) =>
      statements.push({ sql: `INSERT INTO "AssignmentQuestion" (assignmentId, position, questionId) VALUES (?, ?, ?)`, args: [assignmentId, position, questionId] }),
    );
  };
  assignment(ids.assignmentId, "published");
  assignment(ids.draftToPublishId, "draft");
  assignment(ids.draftToDeleteId, "draft");
  statements.push({ sql: `INSERT INTO "QuizAttempt" (id, userId, scope, startedAt) VALUES (?, ?, 'mixed', ?)`, args: [ids.attemptId, ids.studentId, iso(0)] });
  questions.forEach((questionId, position) =>
    statements.push({ sql: `INSERT INTO "QuizAttemptQuestion" (attemptId, position, questionId) VALUES (?, ?, ?)`, args: [ids.attemptId, position, questionId] }),
  );
  statements.push({
    sql: `INSERT INTO "Card" (id, userId, questionId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, version, createdAt)
          VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 'new', 0, ?)`,
    args: [ids.cardId, ids.studentId, ids.questionId, iso(-1), iso(-1)],
  });
  statements.push({
    sql: `INSERT INTO "ContentDocument" (id, title, kind, position, lessonJson, contentHash, updatedAt, ownerId, sourceText, sourceFormat)
          VALUES (?, ?, 'other', 1000, ?, 'matrix', ?, ?, 'The treaty between Japan and Peru was signed in 1873.', 'md')`,
    args: [ids.documentId, `Matrix document ${side}`, library.lessonJson, iso(0), ids.teacherId],
  });
  const payload = { ...library.question.payload, id: ids.libraryQuestionId, source: { ...library.question.payload.source, documentId: ids.documentId } };
  statements.push({
    sql: `INSERT INTO "Question" (id, documentId, kind, payloadJson, contentHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'matrix', ?, ?)`,
    args: [ids.libraryQuestionId, ids.documentId, library.question.kind, JSON.stringify(payload), iso(0), iso(0)],
  });
  statements.push({ sql: `INSERT INTO "DocumentPublication" (documentId, classId, publishedAt) VALUES (?, ?, ?)`, args: [ids.documentId, ids.classId, iso(-1)] });
  statements.push({
    sql: `INSERT INTO "QuestionReport" (id, questionId, reporterId, reason, comment, createdAt) VALUES (?, ?, ?, 'wrong', NULL, ?)`,
    args: [ids.reportId, ids.libraryQuestionId, ids.studentId, iso(0)],
  });
  await db.batch(statements, "write");
  return ids;
}

/** Seeds both sides under a fresh run id and mints a session per actor. */
export async function createEndpointWorld(): Promise<EndpointWorld> {
  const db = createClient({ url: e2eDatabaseUrl() });
  const run = `mx${Date.now().toString(36)}`;
  try {
    // Questions answered with one string (not an ordering), so a call can send the right answer.
    const active = await db.execute(`SELECT id, documentId, kind, payloadJson FROM "Question" WHERE retiredAt IS NULL ORDER BY id LIMIT 40`);
    const single = active.rows.filter((row) => typeof (JSON.parse(String(row.payloadJson)) as { answer: unknown }).answer === "string").slice(0, 3);
    const questions = single.map((row) => String(row.id));
    const answer = (JSON.parse(String(single[0]?.payloadJson)) as { answer: string }).answer;
    const slug = String(single[0]?.documentId);
    const lesson = await db.execute({ sql: `SELECT lessonJson FROM "ContentDocument" WHERE id = ?`, args: [slug] });
    const library: LibrarySource = {
      lessonJson: String(lesson.rows[0]?.lessonJson),
      question: { kind: String(single[0]?.kind), payload: JSON.parse(String(single[0]?.payloadJson)) as LibrarySource["question"]["payload"] },
    };
    const now = new Date();
    const sides = {
      a: await insertSide(db, run, "a", questions, answer, slug, library, now),
      b: await insertSide(db, run, "b", questions, answer, slug, library, now),
    };
    const userRow = (userId: string, role: "student" | "teacher") => ({ id: userId, name: userId, email: `${userId}@matrix.test`, role });
    const cookies = {
      student: await mintCookie(userRow(sides.a.studentId, "student")),
      otherStudent: await mintCookie(userRow(sides.b.studentId, "student")),
      teacher: await mintCookie(userRow(sides.a.teacherId, "teacher")),
      otherTeacher: await mintCookie(userRow(sides.b.teacherId, "teacher")),
    };
    return {
      run,
      sides,
      cookies,
      async remove() {
        const cleanup = createClient({ url: e2eDatabaseUrl() });
        try {
          await cleanup.execute("PRAGMA foreign_keys = ON");
          await cleanup.execute({ sql: `DELETE FROM "User" WHERE id LIKE ? OR email LIKE ?`, args: [`${run}-%`, `${run}-%`] });
        } finally {
          cleanup.close();
        }
      },
    };
  } finally {
    db.close();
  }
}

/** The session cookie an actor calls with (none for anonymous). */
export function cookieOf(world: EndpointWorld, actor: Actor): string | undefined {
  return actor === "anonymous" ? undefined : world.cookies[actor];
}
