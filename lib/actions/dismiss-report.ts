"use server";

import { redirect } from "next/navigation";
import { dismissReportSchema } from "@/lib/domain/library/inputs";
import { requireRole } from "@/lib/server/auth/session";
import { dismissReport as dismissReportUseCase } from "@/lib/server/services/library/report-queue";
import { returnToLibrary } from "./library-action";

/** The document's teacher closes a report without hiding the question. */
export async function dismissReport(formData: unknown): Promise<void> {
  const user = await requireRole("teacher", "/teach/library");
  // A caller may post anything to an action: only the page's form is read.
  if (!(formData instanceof FormData)) redirect("/teach/library?error=invalid-input");
  const parsed = dismissReportSchema.safeParse({ reportId: formData.get("reportId") });
  if (!parsed.success) redirect("/teach/library?error=invalid-input");
  await returnToLibrary("/teach/library", "report-dismissed", "reports", () => dismissReportUseCase(user.id, parsed.data.reportId, new Date()));
}
