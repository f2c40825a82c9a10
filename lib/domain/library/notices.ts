// Library buttons that post without JavaScript come back with ?notice=<word> (errors use the catalogue's codes).

export const LIBRARY_NOTICES = {
  "document-added": "Document added. Review its questions, hide any you don’t want, then publish it to a class.",
  "document-edited": "Document saved. What changed is listed below.",
  "question-hidden": "Question hidden: no learner will be shown it again. Their past answers stay.",
  "question-restored": "Question restored.",
  "document-published": "Published: students in the ticked classes can see it now.",
  "document-private": "Not published to any class: only you can see it.",
  "report-dismissed": "Report dismissed.",
} as const;
export type LibraryNotice = keyof typeof LIBRARY_NOTICES;
