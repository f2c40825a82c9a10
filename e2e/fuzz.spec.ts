import { createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl } from "../scripts/e2e/e2e-database";
import { builtActions, listEndpoints } from "../tests/support/endpoints";
import { callAction, callHttp, type CallResult } from "./support/endpoint-calls";
import { isServerFailure } from "./support/endpoint-outcome";
import { cookieOf, createEndpointWorld, sideOf } from "./support/endpoint-world";
import { fuzzCases } from "./support/fuzz-cases";

// A few hundred seeded malformed requests against every page, route handler and server action: each must be
// answered without a 5xx and must leave every table as it was. FUZZ_SEED replays another sequence.
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);

// Counters that refusals write by design: sign-in failures and sign-ups are counted (rate limits), and the
// health check writes its heartbeat.
const WRITTEN_BY_DESIGN = new Set(["RateLimitCounter", "Heartbeat"]);

async function rowCounts(db: ReturnType<typeof createClient>, tables: string[]): Promise<Record<string, number>> {
  const union = tables.map((table) => `SELECT '${table}' AS t, COUNT(*) AS n FROM "${table}"`).join(" UNION ALL ");
  const rows = (await db.execute(union)).rows;
  return Object.fromEntries(rows.map((row) => [String(row.t), Number(row.n)]));
}

test("malformed requests to every endpoint get no 5xx and write no row", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const base = baseURL as string;
  const endpoints = listEndpoints();
  const actions = builtActions();
  const world = await createEndpointWorld();
  const db = createClient({ url: e2eDatabaseUrl() });
  const tables = (await db.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'`)).rows
    .map((row) => String(row.name))
    .filter((table) => !WRITTEN_BY_DESIGN.has(table));
  const cases = fuzzCases(endpoints, SEED);
  const failures: string[] = [];
  const statuses: Record<string, number> = {};
  const perKind: Record<string, number> = { page: 0, route: 0, action: 0 };
  try {
    let before = await rowCounts(db, tables);
    for (const fuzz of cases) {
      const own = world.sides[sideOf(fuzz.actor, "own")];
      const foreign = world.sides[sideOf(fuzz.actor, "foreign")];
      const cookie = cookieOf(world, fuzz.actor);
      let result: CallResult;
      if (fuzz.endpoint.kind === "action") {
        const action = actions.get(fuzz.endpoint.key)!;
        result = await callAction(base, action, action.pagePattern.includes("[") ? "/" : action.pagePattern, fuzz.args!(own, foreign, world.run), cookie);
      } else {
        const method = fuzz.endpoint.kind === "route" ? fuzz.endpoint.method : "GET";
        const body = fuzz.body?.(own);
        result = await callHttp(base, method, fuzz.path!(own, foreign), { cookie, body: body?.body, contentType: body?.contentType });
      }
      perKind[fuzz.endpoint.kind] = (perKind[fuzz.endpoint.kind] ?? 0) + 1;
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      const after = await rowCounts(db, tables);
      const changed = tables.filter((table) => after[table] !== before[table]).map((table) => `${table} ${before[table]}→${after[table]}`);
      const where = `${fuzz.endpoint.key} as ${fuzz.actor}, ${fuzz.label}`;
      if (isServerFailure(result)) failures.push(`${where}: failed (${result.status}) ${result.body.slice(0, 120).replace(/\n/g, " ")}`);
      if (changed.length > 0) failures.push(`${where}: wrote rows (${changed.join(", ")})`);
      before = after;
    }
  } finally {
    db.close();
    await world.remove();
  }
  const byStatus = Object.entries(statuses)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${count}×${status}`)
    .join(", ");
  console.log(
    `fuzz (seed ${SEED}): ${cases.length} malformed requests to ${endpoints.length} endpoints ` +
      `(${perKind.page} to pages, ${perKind.route} to route handlers, ${perKind.action} to server actions); ` +
      `answers ${byStatus}; failed ${failures.filter((f) => f.includes(": failed (")).length}; rows written ${failures.filter((f) => f.includes("wrote rows")).length}; ${tables.length} tables counted`,
  );
  expect(failures, failures.join("\n")).toEqual([]);
  expect(cases.length).toBeGreaterThan(300);
});
