import { answerBodySchema } from "@/lib/domain/quiz";
import { sessionClaimsOf } from "@/lib/server/auth/session-user-id";
import { jsonError, jsonErrorFrom } from "@/lib/server/http/json-error";
import { crossOriginRefusal, isSameOrigin, readJsonRequest } from "@/lib/server/http/request-guard";
import { submitAnswer } from "@/lib/server/services/quiz/submit-answer";

export const dynamic = "force-dynamic";

/**
 * POST /api/quiz/attempts/:attemptId/answers: records one quiz answer for JSON clients.
 * Body `{questionId, response, clientSubmissionId?}` → 200 `{correct, score, expected, quote, lessonHref,
 * answered, total, finished, duplicate}`; 4xx `{error: {code, message}}`; never a stack trace.
 */
export async function POST(request: Request, context: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await context.params;
  if (!isSameOrigin(request)) return crossOriginRefusal();
  // The token alone here; its session version is checked against the user row in the answer's own read.
  const session = await sessionClaimsOf(request);
  if (!session) return jsonError("unauthenticated", "Sign in to answer.");
  const read = await readJsonRequest(request);
  if (!read.ok) return read.response;
  const parsed = answerBodySchema.safeParse(read.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return jsonError("invalid-input", `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
  }
  try {
    const result = await submitAnswer(session.userId, { attemptId, ...parsed.data }, new Date(), { version: session.sessionVersion });
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return jsonErrorFrom(error, "quiz answer");
  }
}
