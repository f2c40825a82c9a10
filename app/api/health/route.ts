import { checkDatabase } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase();
  const ok = db === "ok";
  return Response.json(
    { status: ok ? "ok" : "error", db },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
