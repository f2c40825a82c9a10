import { Alert } from "@/components/ui/alert";

/** The outcome of a button that posted and came back (?notice= or ?error=), announced to screen readers. */
export function PageNotice({ notice, error }: { notice: string | null; error: string | null }) {
  if (error) return <div className="mb-6"><Alert>{error}</Alert></div>;
  if (notice) return <div className="mb-6"><Alert tone="success">{notice}</Alert></div>;
  return null;
}
