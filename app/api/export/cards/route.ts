import { cardExportQuerySchema } from "@/lib/domain/export/inputs";
import { getCurrentUser } from "@/lib/server/auth/session";
import { jsonError, jsonErrorFrom } from "@/lib/server/http/json-error";
import { exportCards } from "@/lib/server/services/progress/export-cards";

export const dynamic = "force-dynamic";

/** GET /api/export/cards?format=csv|anki — the signed-in learner's own cards as a download. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return jsonError("unauthenticated", "Sign in to export your cards.");

  const query = cardExportQuerySchema.safeParse({ format: new URL(request.url).searchParams.get("format") ?? undefined });
  if (!query.success) return jsonError("invalid-format");

  try {
    const file = await exportCards(user.id, query.data.format, new Date());
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return jsonErrorFrom(error, "card export");
  }
}
