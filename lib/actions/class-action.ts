import "server-only";
import { redirect } from "next/navigation";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { withNotice, type ClassNotice } from "@/lib/domain/classes/notices";

/**
 * Runs a button's use case and returns to `path` with its notice, or with the error's code when the use case
 * refused (a foreign id, a closed class…). Unexpected errors go to the error page.
 */
export async function runAndReturn(path: string, notice: ClassNotice, run: () => Promise<unknown>): Promise<never> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ClassError) redirect(withNotice(path, { error: error.code }));
    throw error;
  }
  redirect(withNotice(path, { notice }));
}
