import { getCurrentUser } from "@/lib/server/auth/session";
import { handleResultsCsv } from "@/lib/server/services/results/results-csv-route";

export const dynamic = "force-dynamic";

/** GET /api/teach/assignments/:assignmentId/results.csv?rows=students|answers — see handleResultsCsv. */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  return handleResultsCsv(request, assignmentId, await getCurrentUser(), new Date());
}
