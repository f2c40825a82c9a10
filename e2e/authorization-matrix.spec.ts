import { expect, test } from "@playwright/test";
import { builtActions, fillPattern, listEndpoints, type Endpoint } from "../tests/support/endpoints";
import { callAction, callHttp, type CallResult } from "./support/endpoint-calls";
import { entryTemplate, MATRIX, type Outcome } from "./support/endpoint-matrix";
import { outcomeOf } from "./support/endpoint-outcome";
import { ACTORS, cookieOf, createEndpointWorld, sideOf, type Actor, type EndpointWorld } from "./support/endpoint-world";

// Every page, route handler and server action × anonymous, a student, another student, a teacher, another
// teacher × their own ids and someone else's. Each cell is asserted: denials and the callers let through.

test("every page, route handler and server action has a row in the authorization matrix", () => {
  const endpoints = listEndpoints();
  const missing = endpoints.filter((endpoint) => !(endpoint.key in MATRIX)).map((endpoint) => endpoint.key);
  const known = new Set(endpoints.map((endpoint) => endpoint.key));
  const gone = Object.keys(MATRIX).filter((key) => !known.has(key));
  const advice = [
    ...(missing.length > 0
      ? [`Add to MATRIX in e2e/support/endpoint-matrix.ts (say who may call it, with own and foreign ids):`, ...missing.map(entryTemplate)]
      : []),
    ...(gone.length > 0 ? [`Remove from MATRIX (no such endpoint any more): ${gone.join(", ")}`] : []),
  ].join("\n");
  expect(missing, advice).toEqual([]);
  expect(gone, advice).toEqual([]);
  // Sanity: the enumeration finds all three kinds.
  expect(new Set(endpoints.map((endpoint) => endpoint.kind))).toEqual(new Set(["page", "route", "action"]));
});

// Calls that end the caller's session or change what later cells see run after the rest.
const LAST = new Set(["action lib/actions/sign-out.ts#signOut"]);

async function call(base: string, endpoint: Endpoint, world: EndpointWorld, actor: Actor, ids: "own" | "foreign"): Promise<CallResult> {
  const entry = MATRIX[endpoint.key]!;
  const side = world.sides[sideOf(actor, ids)];
  const cookie = cookieOf(world, actor);
  if (endpoint.kind === "action") {
    const action = builtActions().get(endpoint.key);
    if (!action) throw new Error(`${endpoint.key} is not in the build's server-reference manifest: rebuild (npx next build).`);
    return callAction(base, action, action.pagePattern.includes("[") ? "/" : action.pagePattern, entry.args!(side, world.run), cookie);
  }
  const path = fillPattern(endpoint.path, entry.params?.(side) ?? {}) + (entry.query ?? "");
  const method = endpoint.kind === "route" ? endpoint.method : "GET";
  const body = entry.body?.(side);
  return callHttp(base, method, path, { cookie, body: body?.body, contentType: body?.contentType });
}

test("each caller gets exactly the matrix's answer, with their own ids and with someone else's", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL as string;
  const world = await createEndpointWorld();
  const endpoints = listEndpoints();
  const ordered = [
    ...endpoints.filter((endpoint) => endpoint.kind !== "action"),
    ...endpoints.filter((endpoint) => endpoint.kind === "action" && !LAST.has(endpoint.key)),
    ...endpoints.filter((endpoint) => LAST.has(endpoint.key)),
  ];
  const wrong: string[] = [];
  const tally: Record<Outcome | "error", number> = { ok: 0, "sign-in": 0, forbidden: 0, "not-found": 0, refused: 0, away: 0, error: 0 };
  try {
    for (const endpoint of ordered) {
      const entry = MATRIX[endpoint.key]!;
      // Someone else's ids first: a caller's own call may change their rows (publish, delete).
      for (const ids of ["foreign", "own"] as const) {
        for (const actor of ACTORS) {
          const role = actor === "anonymous" ? null : actor.toLowerCase().includes("teacher") ? "teacher" : "student";
          const expected = role === null ? entry.expect.anonymous : entry.expect[role][ids === "own" ? 0 : 1];
          const result = await call(base, endpoint, world, actor, ids);
          const got = outcomeOf(result, endpoint.kind, entry.missingRedirect);
          tally[got] += 1;
          if (got !== expected) {
            wrong.push(`${endpoint.key} as ${actor} with ${ids} ids: expected ${expected}, got ${got} (${result.status}${result.redirect ? ` → ${result.redirect}` : ""})`);
          }
        }
      }
    }
  } finally {
    await world.remove();
  }
  const calls = Object.values(tally).reduce((sum, n) => sum + n, 0);
  console.log(
    `authorization matrix: ${endpoints.length} endpoints × ${ACTORS.length} callers × own/foreign ids = ${calls} calls; ` +
      `let through ${tally.ok}, sign-in ${tally["sign-in"]}, 403 ${tally.forbidden}, not found ${tally["not-found"]}, refused by a rule ${tally.refused}, sent away ${tally.away}, 5xx ${tally.error}`,
  );
  expect(wrong, wrong.join("\n")).toEqual([]);
  expect(tally.error).toBe(0);
});
