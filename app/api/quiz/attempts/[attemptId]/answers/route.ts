import { handleAnswerPost } from "@/lib/server/services/quiz/answer-route";
import { sessionUserIdOf } from "@/lib/server/auth/session-user-id";

export const dynamic = "force-dynamic";

/** Records one quiz answer for JSON clients (see handleAnswerPost for the contract). */
export async function POST(request: Request, context: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await context.params;
  return handleAnswerPost(request, attemptId, await sessionUserIdOf(request));
}
