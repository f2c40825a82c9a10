import "server-only";
import { redirect } from "next/navigation";
import { publicErrorOf } from "@/lib/domain/errors/app-error";
import type { LibraryNotice } from "@/lib/domain/library/notices";

/**
 * Runs a library button's use case and returns to `path` (at `anchor`) with its notice, or with the error's
 * code when the use case refused (another teacher's document, a foreign class…). Unexpected errors go to the error page.
 */
export async function returnToLibrary(path: string, notice: LibraryNotice, anchor: string, run: () => Promise<unknown>): Promise<never> {
  try {
    await run();
  } catch (error) {
    const known = publicErrorOf(error);
    if (known) redirect(`${path}?error=${known.code}`);
    throw error;
  }
  redirect(`${path}?notice=${notice}#${anchor}`);
}
