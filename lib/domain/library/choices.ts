// The fixed choices of the library's forms, free of zod so client components can import them without the
// schema library (whose eval probe would break the Content-Security-Policy in the browser).

export const DOCUMENT_KINDS = ["journal-article", "encyclopedia", "news", "press-release", "other"] as const;
export const REPORT_REASONS = ["wrong", "unclear", "duplicate"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
