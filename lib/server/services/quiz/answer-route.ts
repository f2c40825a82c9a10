import { answerBodySchema } from "@/lib/domain/quiz";
import { httpErrorOf } from "./quiz-error";
import { submitAnswer } from "./submit-answer";

const NO_STORE = { "Cache-Control": "no-store" };

function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: NO_STORE });
}

/**
 * POST /api/quiz/attempts/:attemptId/answers for a resolved user (null: signed out).
 * Body `{questionId, response, clientSubmissionId?}` → 200 `{correct, score, expected, quote, lessonHref,
 * answered, total, finished, duplicate}`; 4xx `{error: {code, message}}`; never a stack trace.
 */
export async function handleAnswerPost(request: Request, attemptId: string, userId: string | null): Promise<Response> {
  if (!userId) return jsonError(401, "unauthenticated", "Sign in to answer.");
  if (!(request.headers.get("content-type") ?? "").toLowerCase().includes("application/json")) {
    return jsonError(400, "expected-json", "Send the answer as application/json.");
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, "invalid-json", "The body is not valid JSON.");
  }
  const parsed = answerBodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return jsonError(400, "invalid-body", `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
  }
  try {
    const result = await submitAnswer(userId, { attemptId, ...parsed.data });
    return Response.json(result, { status: 200, headers: NO_STORE });
  } catch (error) {
    const known = httpErrorOf(error);
    if (known) return jsonError(known.status, known.code, known.message);
    console.error("quiz answer failed", error);
    return jsonError(500, "internal", "The answer could not be saved. Try again.");
  }
}
