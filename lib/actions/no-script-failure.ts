import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { isDatabaseUnavailable } from "@/lib/database-failure";

/**
 * Runs a form action's work. When a form posted without JavaScript fails unexpectedly, Next can't render its
 * error page for the post and answers a bare "Internal Server Error"; this sends the browser to the app's own
 * page instead. A post from the script (Next-Action header) keeps the error, and app/error.tsx shows it.
 */
export async function withNoScriptFailurePage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    // redirect(), notFound() and forbidden() are Next's signals, not failures.
    unstable_rethrow(error);
    if ((await headers()).has("next-action")) throw error;
    console.error("A form posted without JavaScript failed", error);
    redirect(isDatabaseUnavailable(error) ? "/not-saved?reason=database" : "/not-saved");
  }
}
