import { publicContentVersion } from "@/lib/server/services/content-version";

export const dynamic = "force-dynamic";

/** The stamp of the content every visitor sees; each process's page cache rechecks it (see lib/proxy/page-cache). */
export async function GET() {
  return Response.json({ version: await publicContentVersion() }, { headers: { "Cache-Control": "no-store" } });
}
