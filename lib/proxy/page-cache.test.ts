import { describe, expect, it } from "vitest";
import { SharedPageCache, sharedPageKey, type RequestFacts } from "./page-cache";

function facts(overrides: Partial<RequestFacts> & { header?: Record<string, string>; cookies?: Record<string, string> } = {}): RequestFacts {
  const cookies = overrides.cookies ?? {};
  const cookieHeader = Object.entries(cookies).map(([name, value]) => `${name}=${value}`).join("; ");
  const header: Record<string, string> = { ...(cookieHeader ? { cookie: cookieHeader } : {}), ...overrides.header };
  return {
    method: "GET",
    pathname: "/lessons/peru-1899",
    search: "",
    headers: { get: (name) => header[name.toLowerCase()] ?? null },
    cookie: (name) => cookies[name],
    ...overrides,
  };
}

describe("sharedPageKey", () => {
  it("keys a signed-out lesson, the lesson list and the timeline by language and path", () => {
    expect(sharedPageKey(facts({ header: { "accept-language": "es-PE,es;q=0.9" } }))).toBe("es /lessons/peru-1899");
    expect(sharedPageKey(facts({ pathname: "/lessons", cookies: { locale: "ja" } }))).toBe("ja /lessons");
    expect(sharedPageKey(facts({ pathname: "/timeline" }))).toBe("en /timeline");
  });

  it("leaves to the renderer whatever may differ for this caller", () => {
    expect(sharedPageKey(facts({ cookies: { "next-auth.session-token": "x" } }))).toBeNull();
    expect(sharedPageKey(facts({ cookies: { "__Secure-next-auth.session-token.0": "x" } }))).toBeNull();
    expect(sharedPageKey(facts({ header: { rsc: "1" } }))).toBeNull();
    expect(sharedPageKey(facts({ header: { "next-router-prefetch": "1" } }))).toBeNull();
    expect(sharedPageKey(facts({ header: { "x-page-cache": "fill" } }))).toBeNull();
    expect(sharedPageKey(facts({ search: "?lesson=a" }))).toBeNull();
    expect(sharedPageKey(facts({ method: "POST" }))).toBeNull();
    expect(sharedPageKey(facts({ pathname: "/progress" }))).toBeNull();
    expect(sharedPageKey(facts({ pathname: "/lessons/a/b" }))).toBeNull();
  });
});

/** The process itself as the cache sees it: a content stamp and pages rendered with a fresh nonce each. */
function fakeApp() {
  const state: { version: string | null; renders: number; status: number; body: string } = { version: "v1", renders: 0, status: 200, body: "lesson one" };
  const fetcher = async (url: string, init: RequestInit) => {
    state.renders += 1;
    const nonce = `render-nonce-${String(state.renders).padStart(12, "0")}`;
    const headers = new Headers(init.headers);
    return new Response(`<html lang="${headers.get("accept-language")}"><script nonce="${nonce}">${state.body}</script></html>`, {
      status: state.status,
      headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'self' 'nonce-${nonce}'` },
    });
  };
  const version = async () => {
    if (state.version === null) throw new Error("database unreachable");
    return state.version;
  };
  return { state, fetcher, version };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A response's nonce, as long as the render's (the held page overwrites it in place). */
const fresh = (label: string) => label.padEnd("render-nonce-000000000001".length, "x");
const text = (response: { body: Uint8Array } | null) => (response ? Buffer.from(response.body).toString("utf8") : undefined);

describe("SharedPageCache", () => {
  it("serves a held page with each response's own nonce and never the render's", async () => {
    const { state, fetcher, version } = fakeApp();
    const cache = new SharedPageCache(() => "http://app", version, fetcher);
    expect(await cache.serve("es /lessons/a", fresh("one"))).toBeNull();
    await settle();
    const first = await cache.serve("es /lessons/a", fresh("one"));
    const second = await cache.serve("es /lessons/a", fresh("two"));
    expect(text(first)).toBe(`<html lang="es"><script nonce="${fresh("one")}">lesson one</script></html>`);
    expect(first?.contentType).toBe("text/html; charset=utf-8");
    expect(text(second)).toContain(`nonce="${fresh("two")}"`);
    expect(text(second)).not.toContain("render-nonce");
    expect(state.renders).toBe(1);
    // A nonce that does not fit the held slots is rendered as usual, never served half-replaced.
    expect(await cache.serve("es /lessons/a", "short")).toBeNull();
  });

  it("drops every page once the content stamp changes", async () => {
    const { state, fetcher, version } = fakeApp();
    const cache = new SharedPageCache(() => "http://app", version, fetcher);
    await cache.serve("en /timeline", fresh("n1"));
    await settle();
    expect(text(await cache.serve("en /timeline", fresh("n2")))).toContain("lesson one");
    state.version = "v2";
    state.body = "lesson one, edited";
    expect(await cache.serve("en /timeline", fresh("n3"))).toBeNull();
    await settle();
    expect(text(await cache.serve("en /timeline", fresh("n4")))).toContain("lesson one, edited");
  });

  it("keeps no page rendered while the stamp changed under it", async () => {
    const { state, fetcher, version } = fakeApp();
    const cache = new SharedPageCache(() => "http://app", version, fetcher);
    await cache.serve("en /lessons", fresh("n1")); // the render starts under v1…
    state.version = "v2"; // …and the content changes before it is held
    await cache.serve("en /timeline", fresh("n2"));
    await settle();
    expect(await cache.serve("en /lessons", fresh("n3"))).toBeNull();
  });

  it("holds no error page and serves nothing while the content stamp is unknown", async () => {
    const { state, fetcher, version } = fakeApp();
    state.status = 404;
    const cache = new SharedPageCache(() => "http://app", version, fetcher);
    await cache.serve("en /lessons/missing", fresh("n1"));
    await settle();
    expect(await cache.serve("en /lessons/missing", fresh("n2"))).toBeNull();

    state.status = 200;
    await cache.serve("en /lessons", fresh("n3"));
    await settle();
    expect(await cache.serve("en /lessons", fresh("n4"))).not.toBeNull();
    state.version = null; // the database cannot be read
    expect(await cache.serve("en /lessons", fresh("n5"))).toBeNull();
    state.version = "v1";
    expect(await cache.serve("en /lessons", fresh("n6"))).toBeNull(); // dropped: rendered again
    expect(await new SharedPageCache(() => undefined, version, fetcher).serve("en /lessons", fresh("n7"))).toBeNull();
  });
});
