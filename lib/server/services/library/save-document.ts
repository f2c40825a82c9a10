import "server-only";
import { randomBytes } from "node:crypto";
import { buildDocumentContent, type DocumentContent } from "@/lib/domain/content/build-document";
import { slugify } from "@/lib/domain/document/slug";
import type { DocumentDetails } from "@/lib/domain/library/inputs";
import { readDocumentText, type DocumentText, type DocumentUpload } from "@/lib/domain/library/document-text";
import { diffQuestionIds, type QuestionDiff } from "@/lib/domain/library/question-diff";
import { db, type DatabaseClient } from "@/lib/server/db";
import { hashOf, syncDocumentRows } from "@/lib/server/services/ingest-content";
import { forgetQuestionBank } from "@/lib/server/services/question-bank";
import { loadOwnedDocument } from "./owned-document";

/** What the add and edit forms hand over: the details (parsed), and the pasted text or the uploaded file. */
export interface DocumentSubmission {
  details: DocumentDetails;
  pasted: string;
  upload: DocumentUpload | null;
}

interface ReadSubmission extends DocumentText {
  details: DocumentDetails;
}

/** Reads the text first: empty, oversized, binary or non-English input throws before anything is written. */
function read(submission: DocumentSubmission): ReadSubmission {
  return { details: submission.details, ...readDocumentText(submission.pasted, submission.upload) };
}

// After the seed lessons (whose positions are 0..n), in the order they were added.
const TEACHER_DOCUMENT_POSITION = 1000;
const TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

function build(id: string, submission: ReadSubmission): DocumentContent {
  const { title, kind, publisher, date } = submission.details;
  return buildDocumentContent({
    text: submission.text,
    fileName: `document.${submission.format}`,
    id,
    metadata: { title, kind, publisher, date },
  });
}

function documentFields(built: DocumentContent, submission: ReadSubmission) {
  const lessonJson = JSON.stringify(built.lesson);
  return {
    title: submission.details.title,
    kind: submission.details.kind,
    publisher: submission.details.publisher,
    date: built.document.date,
    lessonJson,
    contentHash: hashOf(lessonJson),
    sourceText: submission.text,
    sourceFormat: submission.format,
  };
}

/** A new document in the teacher's library, with its lesson, facts and questions, written in one transaction. */
export async function addDocument(
  teacherId: string,
  submission: DocumentSubmission,
  now: Date,
  client: DatabaseClient = db,
): Promise<{ documentId: string; questionCount: number }> {
  // A random tail keeps ids apart from the seed lessons' slugs and from other teachers' titles.
  const input = read(submission);
  const documentId = `${slugify(input.details.title).slice(0, 48)}-${randomBytes(3).toString("hex")}`;
  const built = build(documentId, input);
  await client.$transaction(async (tx) => {
    await tx.contentDocument.create({
      data: { id: documentId, ownerId: teacherId, position: TEACHER_DOCUMENT_POSITION, ...documentFields(built, input) },
    });
    await syncDocumentRows(tx, documentId, built.facts, built.questions, now);
  }, TRANSACTION);
  forgetQuestionBank();
  return { documentId, questionCount: built.questions.length };
}

/**
 * The teacher's document with new text or details, in one transaction. Questions keep their ids where their
 * sentence and target are unchanged (learners' cards stay attached, hidden ones stay hidden); the rest are
 * retired. The difference is kept for the review page.
 */
export async function editDocument(
  teacherId: string,
  documentId: string,
  submission: DocumentSubmission,
  now: Date,
  client: DatabaseClient = db,
): Promise<QuestionDiff> {
  await loadOwnedDocument(teacherId, documentId);
  const input = read(submission);
  const built = build(documentId, input);
  const diff = await client.$transaction(async (tx) => {
    const before = await tx.question.findMany({ where: { documentId, retiredAt: null }, select: { id: true }, orderBy: { id: "asc" } });
    const change = diffQuestionIds(before.map((row) => row.id), built.questions.map((question) => question.id));
    await tx.contentDocument.update({
      where: { id: documentId },
      data: { ...documentFields(built, input), lastEditJson: JSON.stringify({ ...change, editedAt: now.toISOString() }) },
    });
    await syncDocumentRows(tx, documentId, built.facts, built.questions, now);
    return change;
  }, TRANSACTION);
  forgetQuestionBank();
  return diff;
}
