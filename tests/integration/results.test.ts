import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/domain/auth/access";
import { db } from "@/lib/server/db";
import { addMissedToFlashcards } from "@/lib/server/services/quiz/add-missed-to-flashcards";
import { addAssignmentCards } from "@/lib/server/services/results/add-assignment-cards";
import { excludeQuestionFromClass } from "@/lib/server/services/results/exclude-question";
import { exportAssignmentResults, streamAssignmentResults } from "@/lib/server/services/results/export-assignment-results";
import { loadAssignmentResults } from "@/lib/server/services/results/load-assignment-results";
import { loadClassProgress } from "@/lib/server/services/results/load-class-progress";
import { loadMyAssignmentResults } from "@/lib/server/services/results/load-my-assignment-results";
import { handleResultsCsv } from "@/lib/server/services/results/results-csv-route";
import { classErrorCode } from "../support/class-error-code";
import { expectedAnswersCsv } from "../support/expected-answers-csv";
import { NOW, Q, seedResultsFixture, type ResultsFixture } from "../support/results-fixture";

let f: ResultsFixture;

const codeOf = classErrorCode;

const caller = (id: string, role: "student" | "teacher"): SessionUser => ({ id, name: id, email: `${id}@example.com`, role });
const csvRequest = (rows = "students") => new Request(`http://localhost/api/teach/assignments/quiz/results.csv?rows=${rows}`);

beforeAll(async () => {
  await migrateTempDatabase();
  f = await seedResultsFixture(db);
});

afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

describe("assignment results", () => {
  it("gives each student's status, counting score, attempts and working time", async () => {
    const view = await loadAssignmentResults(f.teacherId, f.quizId, NOW);
    expect(view.students.map((s) => [s.name, s.status, s.score, s.countedAttemptNumber, s.attempts, s.timeSpentMs, s.late])).toEqual([
      ["Ana", "submitted", 1, 1, 1, 600_000, false],
      ["Ben", "submitted", 0.5, 1, 2, 1_200_000, false],
      ["Cai", "late", 0.25, 1, 1, 600_000, true],
      ["Dee", "submitted", 0.75, 1, 1, 600_000, false],
      ["Eli", "missing", null, null, 0, 0, false],
    ]);
  });

  it("computes facility, upper–lower discrimination, the most-chosen wrong answer and the flags", async () => {
    const { questions } = await loadAssignmentResults(f.teacherId, f.quizId, NOW);
    expect(questions.map((q) => [q.questionId, q.students, q.facility, q.discrimination, q.commonWrong, q.flags])).toEqual([
      [Q.year, 4, 1, 0, null, ["low-discrimination"]],
      [Q.tf, 4, 0.75, 1, { response: "False", count: 1 }, []],
      [Q.number, 4, 0.5, 1, { response: "590", count: 2 }, []],
      [Q.who, 4, 0.25, 1, { response: "Prime Minister Tarō Asō", count: 2 }, ["too-hard"]],
    ]);
    expect(questions[0]).toMatchObject({ number: 1, answer: "1899", quote: expect.stringContaining("Sakuramaru") });
  });

  it("builds the heatmap from the counting attempts, in the status table's order", async () => {
    const { heatmap } = await loadAssignmentResults(f.teacherId, f.quizId, NOW);
    expect(heatmap.columns.map((c) => c.label)).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    expect(heatmap.rows.map((r) => [r.name, r.cells.map((c) => c.outcome).join(" ")])).toEqual([
      ["Ana", "correct correct correct correct"],
      ["Ben", "correct correct wrong wrong"],
      ["Cai", "correct wrong wrong wrong"],
      ["Dee", "correct correct correct wrong"],
      ["Eli", "no-attempt no-attempt no-attempt no-attempt"],
    ]);
  });

  it("shows a spaced assignment's predicted recall per student", async () => {
    const view = await loadAssignmentResults(f.teacherId, f.spacedId, NOW);
    expect(view.spaced?.students.map((s) => [s.name, s.recall, s.strong, s.total, s.standing])).toEqual([
      ["Ana", 1, 5, 5, "met"],
      ["Ben", 0.4, 2, 5, "below"],
      ["Cai", 0, 0, 5, "not-started"],
      ["Dee", 0, 0, 5, "not-started"],
      ["Eli", 0, 0, 5, "not-started"],
    ]);
  });
});

describe("CSV export", () => {
  it("writes one row per student and one per answer", async () => {
    const students = await exportAssignmentResults(f.teacherId, f.quizId, "students", NOW);
    const lines = students.body.split("\r\n");
    expect(lines[0]?.startsWith("\uFEFFclass,assignment,student,email,status,score")).toBe(true);
    expect(lines[3]).toBe("Period 3,Migration quiz,Cai,u-cai@example.com,late,0.25,1,1,600,2027-03-01T11:00:00.000Z,2027-03-01T10:00:00.000Z,yes,yes");
    expect(lines).toHaveLength(7); // header, five students, and the empty string after the last CRLF
    const answers = (await exportAssignmentResults(f.teacherId, f.quizId, "answers", NOW)).body.split("\r\n");
    expect(answers).toHaveLength(22); // header + (4 + 8 + 4 + 4) answers + ""
    expect(answers[5]).toMatch(/^Period 3,Migration quiz,Ben,u-ben@example.com,1,yes,1,q-year-1899,year-choice,/);
    expect(answers.filter((l) => l.includes(",Ben,") && l.includes(",2,no,"))).toHaveLength(4);
  });

  it("answers only the class's teacher, with JSON errors for everyone else", async () => {
    const statusOf = async (who: SessionUser | null, rows?: string) => {
      const response = await handleResultsCsv(csvRequest(rows), f.quizId, who, NOW);
      return [response.status, response.status === 200 ? response.headers.get("content-type") : (await response.json()).error.code];
    };
    expect(await statusOf(null)).toEqual([401, "unauthenticated"]);
    expect(await statusOf(caller("u-ana", "student"))).toEqual([403, "forbidden"]);
    expect(await statusOf(caller(f.otherTeacherId, "teacher"))).toEqual([404, "assignment-not-found"]);
    expect(await statusOf(caller(f.teacherId, "teacher"), "everything")).toEqual([400, "invalid-input"]);
    expect(await statusOf(caller(f.teacherId, "teacher"), "answers")).toEqual([200, "text/csv; charset=utf-8"]);
  });
});

describe("streamed answers CSV", () => {
  it("writes a class a few students at a time, in whole rows, equal to the rows read one by one", async () => {
    const { students } = await loadAssignmentResults(f.teacherId, f.quizId, NOW);
    const expected = await expectedAnswersCsv(db, f.quizId, students);
    expect(expected.split("\r\n")).toHaveLength(22); // header + 20 answers + "" (the oracle reads every answer)
    const file = await streamAssignmentResults(f.teacherId, f.quizId, "answers", NOW, 2);
    const parts: string[] = [];
    for await (const part of file.parts) parts.push(Buffer.from(part).toString("utf8"));
    // Header, then Ana and Ben, then Cai and Dee; Eli, with no attempt, adds no part.
    expect(parts).toHaveLength(3);
    expect(parts.every((part) => part.endsWith("\r\n"))).toBe(true);
    expect(parts.join("")).toBe(expected);
    expect((await exportAssignmentResults(f.teacherId, f.quizId, "answers", NOW, 1)).body).toBe(expected);
  });

  it("sends the same bytes through the download route", async () => {
    const { students } = await loadAssignmentResults(f.teacherId, f.quizId, NOW);
    const response = await handleResultsCsv(csvRequest("answers"), f.quizId, caller(f.teacherId, "teacher"), NOW);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="migration-quiz-answers-${NOW.toISOString().slice(0, 10)}.csv"`);
    // Bytes, not response.text(): a decoder would drop the byte-order mark that spreadsheets need.
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(await expectedAnswersCsv(db, f.quizId, students), "utf8"))).toBe(true);
  });
});

describe("ownership", () => {
  it("keeps another teacher out of this class's results, progress, exports and exclusions", async () => {
    expect(await codeOf(() => loadAssignmentResults(f.otherTeacherId, f.quizId, NOW))).toBe("assignment-not-found");
    expect(await codeOf(() => loadClassProgress(f.otherTeacherId, f.classId, NOW))).toBe("class-not-found");
    expect(await codeOf(() => exportAssignmentResults(f.otherTeacherId, f.quizId, "answers", NOW))).toBe("assignment-not-found");
    expect(await codeOf(() => excludeQuestionFromClass(f.otherTeacherId, f.quizId, Q.who, NOW))).toBe("assignment-not-found");
    expect(await codeOf(() => loadAssignmentResults("u-ana", f.quizId, NOW))).toBe("assignment-not-found");
    expect(await db.classQuestionExclusion.count()).toBe(0);
  });

  it("keeps a student out of a class they are not in", async () => {
    expect(await codeOf(() => loadMyAssignmentResults(f.outsiderId, f.quizId, NOW))).toBe("assignment-not-found");
    expect(await codeOf(() => addAssignmentCards(f.outsiderId, f.quizId, NOW))).toBe("assignment-not-found");
  });
});

describe("dropping a flagged question", () => {
  it("excludes it from the class's future assignments once, and only if it was asked", async () => {
    await excludeQuestionFromClass(f.teacherId, f.quizId, Q.who, NOW);
    await excludeQuestionFromClass(f.teacherId, f.quizId, Q.who, NOW);
    expect(await db.classQuestionExclusion.findMany({ select: { classId: true, questionId: true } })).toEqual([{ classId: f.classId, questionId: Q.who }]);
    expect(await codeOf(() => excludeQuestionFromClass(f.teacherId, f.quizId, "q-order-1", NOW))).toBe("question-not-in-assignment");
    const { questions } = await loadAssignmentResults(f.teacherId, f.quizId, NOW);
    expect(questions.map((q) => q.excluded)).toEqual([false, false, false, true]);
  });
});

describe("a student's own results", () => {
  it("shows answers and the source when the review rule allows, and turns misses into flashcards once", async () => {
    const view = await loadMyAssignmentResults("u-ben", f.quizId, NOW);
    expect(view).toMatchObject({ status: "submitted", score: 0.5, countedAttemptNumber: 1, answersVisible: true, missedCount: 2 });
    expect(view.questions[2]).toMatchObject({ response: "590", correct: false, answer: "790", quote: expect.stringContaining("790") });
    const before = await db.card.count({ where: { userId: "u-ben" } });
    expect(await addAssignmentCards("u-ben", f.quizId, NOW)).toEqual({ added: 2, offered: 2 });
    expect(await addAssignmentCards("u-ben", f.quizId, NOW)).toEqual({ added: 0, offered: 2 });
    expect(await db.card.count({ where: { userId: "u-ben" } })).toBe(before + 2);
  });

  it("hides correctness, answers and the card shortcut under 'never'", async () => {
    const view = await loadMyAssignmentResults("u-ben", f.hiddenQuizId, NOW);
    expect(view).toMatchObject({ answersVisible: false, hiddenReason: expect.stringContaining("private") });
    expect(view.questions[0]).toEqual({ number: 1, prompt: expect.any(String), response: "1873", correct: null, answer: null, quote: null });
    expect(await codeOf(() => addAssignmentCards("u-ben", f.hiddenQuizId, NOW))).toBe("answers-hidden");
  });

  it("keeps the quiz end screen's 'add missed to flashcards' under the assignment's review rule", async () => {
    const hidden = await db.quizAttempt.findFirstOrThrow({ where: { assignmentId: f.hiddenQuizId, userId: "u-ben" }, select: { id: true } });
    const cardsBefore = await db.card.count({ where: { userId: "u-ben" } });
    // Cards show the correct answers on their back: under "never" the action refuses and writes nothing.
    expect(await codeOf(() => addMissedToFlashcards("u-ben", hidden.id, NOW))).toBe("answers-hidden");
    expect(await db.card.count({ where: { userId: "u-ben" } })).toBe(cardsBefore);
    // "After submitting": once submitted, the misses may become cards.
    const shown = await db.quizAttempt.findFirstOrThrow({ where: { assignmentId: f.quizId, userId: "u-cai" }, select: { id: true } });
    expect(await addMissedToFlashcards("u-cai", shown.id, NOW)).toMatchObject({ missed: 3 });
  });

  it("shows a spaced assignment's recall with the weakest cards to review and where to study them", async () => {
    const { spaced } = await loadMyAssignmentResults("u-ben", f.spacedId, NOW);
    expect(spaced).toMatchObject({ recall: 0.4, strong: 2, total: 5, standing: "below", toReviewCount: 3, studyHref: "/study?lesson=sample-doc" });
    expect(spaced?.toReview.map((q) => q.questionId)).toEqual([Q.number, "q-order-1", Q.who]);
  });
});

describe("class progress", () => {
  it("gives mastery per lesson by the dashboard's measure, weekly activity, and who is falling behind", async () => {
    const view = await loadClassProgress(f.teacherId, f.classId, NOW);
    const rows = new Map(view.students.map((s) => [s.name, s]));
    expect(view.lessons).toEqual([{ id: "sample-doc", title: "Sample document" }]);
    // Ben: two cards at recall 1, then his latest quiz answers: 790 ✗ ✗ ✓ → 1/3, Kishi ✗ ✗ ✓ → 1/3, ordering unseen 0:
    // (1 + 1 + 1/3 + 1/3 + 0) / 5 = 0.533. The median is Ben's, so Cai (0.2 < 0.533 − 0.2) is behind; behind come first.
    expect([...rows].map(([name, s]) => [name, Math.round(s.mastery * 1000) / 1000])).toEqual([
      ["Cai", 0.2], ["Eli", 0], ["Ana", 1], ["Ben", 0.533], ["Dee", 0.6],
    ]);
    expect(rows.get("Eli")?.reasons).toEqual(["missing-work", "inactive", "low-mastery"]);
    expect(rows.get("Cai")?.reasons).toEqual(["low-mastery"]);
    expect(rows.get("Dee")?.reasons).toEqual([]);
    expect(rows.get("Ben")?.weeklyActivity).toEqual([0, 0, 0, 12]);
    expect(view.behindTotal).toBe(2);
  });
});
