import "server-only";
import { z } from "zod";
import { decideAccess, type SessionUser } from "@/lib/domain/auth/access";
import { jsonError, jsonErrorFrom } from "@/lib/server/http/json-error";
import { partsStream } from "@/lib/server/http/parts-stream";
import { RESULT_CSV_ROWS, streamAssignmentResults } from "./export-assignment-results";

const rowsSchema = z.enum(RESULT_CSV_ROWS).default("students");

/**
 * GET /api/teach/assignments/:id/results.csv?rows=students|answers for a resolved caller: the file for the teacher of
 * the assignment's class; 401 signed out, 403 for a student, 404 for anyone else's assignment, 400 for bad rows.
 */
export async function handleResultsCsv(request: Request, assignmentId: string, caller: SessionUser | null, now: Date): Promise<Response> {
  const access = decideAccess(caller, "teacher");
  if (!access.ok) {
    return access.reason === "forbidden"
      ? jsonError("forbidden", "Only the class's teacher can download its results.")
      : jsonError("unauthenticated", "Sign in to download results.");
  }
  const rows = rowsSchema.safeParse(new URL(request.url).searchParams.get("rows") ?? undefined);
  if (!rows.success) return jsonError("invalid-input", "Choose rows=students or rows=answers.");
  try {
    // Who may download is settled here, before the first byte; the rows then stream a few students at a time.
    const file = await streamAssignmentResults(access.user.id, assignmentId, rows.data, now);
    return new Response(partsStream(file.parts, "results export"), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return jsonErrorFrom(error, "results export");
  }
}
