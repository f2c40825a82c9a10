import type { AssignmentQuestionView } from "../assignments/views";
import type { ReportReason } from "./choices";

// What the content-library pages hand their components. Dates are ISO strings.

export interface LibraryDocumentView {
  id: string;
  title: string;
  kind: string;
  date: string | null;
  questionCount: number;
  hiddenCount: number;
  openReportCount: number;
  /** Names of the classes it is published to; empty: only its teacher sees it. */
  publishedTo: string[];
}

export interface ReviewReportView {
  id: string;
  reason: ReportReason;
  comment: string | null;
  reporterName: string;
  createdAt: string;
}

/** A generated question as its teacher reviews it: the preview (prompt, answer, choices, source sentence) and its state. */
export interface ReviewQuestionView extends AssignmentQuestionView {
  hidden: boolean;
  openReports: ReviewReportView[];
}

export interface PublicationOptionView {
  classId: string;
  name: string;
  published: boolean;
}

export interface DocumentEditView {
  added: { id: string; prompt: string }[];
  removed: { id: string; prompt: string }[];
  keptCount: number;
  editedAt: string;
}

export interface DocumentReviewView {
  id: string;
  title: string;
  kind: string;
  publisher: string | null;
  date: string | null;
  sourceText: string;
  sourceFormat: "md" | "txt";
  questions: ReviewQuestionView[];
  classes: PublicationOptionView[];
  lastEdit: DocumentEditView | null;
}

/** An open report in a teacher's queue; `canHide` is false for the built-in lessons (content/ is fixed there). */
export interface QueuedReportView extends ReviewReportView {
  questionId: string;
  prompt: string;
  documentId: string;
  documentTitle: string;
  canHide: boolean;
}
