import { describe, expect, it } from "vitest";
import { CONTENT_RECHECK_MS, SharedPageCache, sharedPageKey, type RequestFacts } from "./page-cache";

function facts(overrides: Partial<RequestFacts> & { header?: Record<string, string>; cookies?: Record<string, string> } = {}): RequestFacts {
  const header = overrides.header ?? {};
  const cookies = overrides.cookies ?? {};
  return {
    method: "GET",
    pathname: "/lessons/peru-1899",
    search: "",
    headers: { get: (name) => header[name.toLowerCase()] ?? null },
    cookieNames: Object.keys(cookies),
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
  const state = { version: "v1", renders: 0, status: 200, body: "lesson one" };
  const fetcher = async (url: string, init: RequestInit) => {
    if (url.endsWith("/api/content-version")) return Response.json({ version: state.version });
    state.renders += 1;
    const nonce = `render-nonce-${String(state.renders).padStart(4, "0")}`;
    const headers = new Headers(init.headers);
    return new Response(`<html lang="${headers.get("accept-language")}"><script nonce="${nonce}">${state.body}</script></html>`, {
      status: state.status,
      headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'self' 'nonce-${nonce}'` },
    });
  };
  return { state, fetcher };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("SharedPageCache", () => {
  it("serves a held page with each response's own nonce and never the render's", async () => {
    const { state, fetcher } = fakeApp();
    const cache = new SharedPageCache(() => "http://app", fetcher, () => 0);
    expect(await cache.serve("es /lessons/a", "fresh-one")).toBeNull();
    await settle();
    const first = await cache.serve("es /lessons/a", "fresh-one");
    const second = await cache.serve("es /lessons/a", "fresh-two");
    expect(first?.html).toBe('<html lang="es"><script nonce="fresh-one">lesson one</script></html>');
    expect(second?.html).toContain('nonce="fresh-two"');
    expect(second?.html).not.toContain("render-nonce");
    expect(state.renders).toBe(1);
  });

  it("drops every page once the content stamp changes, within the recheck interval", async () => {
    const { state, fetcher } = fakeApp();
    let now = 0;
    const cache = new SharedPageCache(() => "http://app", fetcher, () => now);
    await cache.serve("en /timeline", "n1");
    await settle();
    expect((await cache.serve("en /timeline", "n2"))?.html).toContain("lesson one");
    state.version = "v2";
    state.body = "lesson one, edited";
    now += CONTENT_RECHECK_MS;
    expect(await cache.serve("en /timeline", "n3")).toBeNull();
    await settle();
    expect((await cache.serve("en /timeline", "n4"))?.html).toContain("lesson one, edited");
  });

  it("holds no error page and serves nothing while the content stamp is unknown", async () => {
    const { state, fetcher } = fakeApp();
    state.status = 404;
    const cache = new SharedPageCache(() => "http://app", fetcher, () => 0);
    await cache.serve("en /lessons/missing", "n1");
    await settle();
    expect(await cache.serve("en /lessons/missing", "n2")).toBeNull();

    const unreachable = new SharedPageCache(() => "http://app", async () => {
      throw new Error("connection refused");
    });
    expect(await unreachable.serve("en /lessons", "n1")).toBeNull();
    expect(await new SharedPageCache(() => undefined, fetcher).serve("en /lessons", "n1")).toBeNull();
  });
});
