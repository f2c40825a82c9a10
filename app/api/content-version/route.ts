import { contentVersion } from "@/lib/server/services/content-version";

export const dynamic = "force-dynamic";

/** The stamp of the content every visitor sees, as this process holds it (lib/server/services/content-version). */
export async function GET() {
  return Response.json({ version: await contentVersion() }, { headers: { "Cache-Control": "no-store" } });
}
