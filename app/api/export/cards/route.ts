import { z } from "zod";
import { getCurrentUser } from "@/lib/server/auth/session";
import { CARD_EXPORT_FORMATS, exportCards } from "@/lib/server/services/progress/export-cards";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(CARD_EXPORT_FORMATS).default("csv");

function errorResponse(status: number, code: string, message: string) {
  return Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** GET /api/export/cards?format=csv|anki — the signed-in learner's own cards as a download. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return errorResponse(401, "unauthorized", "Sign in to export your cards.");

  const format = formatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? undefined);
  if (!format.success) return errorResponse(400, "invalid_format", "Choose format=csv or format=anki.");

  try {
    const file = await exportCards(user.id, format.data, new Date());
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    console.error("card export failed", error);
    return errorResponse(500, "export_failed", "The export could not be prepared. Please try again.");
  }
}
