import { contentVersion } from "@/lib/server/services/content-version";

export const dynamic = "force-dynamic";

/** The content stamp as this process holds it (lib/server/services/content-version). */
export async function GET() {
  return Response.json({ version: await contentVersion() }, { headers: { "Cache-Control": "no-store" } });
}
