// Runs in proxy.ts before any page; no `import "server-only"`, so the proxy bundle can load it.
import { resolveLocale, LOCALE_COOKIE } from "@/lib/domain/i18n/locales";

/** The pages that are the same for every signed-out visitor of one interface language. */
const SHARED_PAGE_PATH = /^\/(?:lessons(?:\/[A-Za-z0-9_-]{1,120})?|timeline)$/;

/** How long a process trusts its pages before it asks whether the content changed (as the question bank does). */
export const CONTENT_RECHECK_MS = 1_000;

/** A bound on held pages: one per lesson and language, so only a content library far larger than ours reaches it. */
const MAX_PAGES = 500;

/** Marks the process's own render of a page for the cache, so that render is never itself served from it. */
export const FILL_HEADER = "x-page-cache";

export interface RequestFacts {
  method: string;
  pathname: string;
  search: string;
  headers: { get(name: string): string | null };
  cookieNames: readonly string[];
  cookie(name: string): string | undefined;
}

/**
 * The cache key of a request for a shared page ("en /timeline"), or null when the answer may differ for this
 * caller: signed in (any session cookie, even an expired one), a query string, a client-side navigation or
 * prefetch (which asks for the RSC payload, not HTML), or the cache's own render.
 */
export function sharedPageKey(request: RequestFacts): string | null {
  if (request.method !== "GET" || request.search !== "" || !SHARED_PAGE_PATH.test(request.pathname)) return null;
  const headers = request.headers;
  if (headers.get("rsc") !== null || headers.get("next-router-prefetch") !== null || headers.get("next-router-state-tree") !== null) return null;
  if (headers.get("next-action") !== null || headers.get(FILL_HEADER) !== null) return null;
  if (request.cookieNames.some((name) => name.includes("next-auth.session-token"))) return null;
  return `${resolveLocale(request.cookie(LOCALE_COOKIE), headers.get("accept-language"))} ${request.pathname}`;
}

interface CachedPage {
  /** The page as the server rendered it, with the nonce of that render (never sent to anyone) in its scripts. */
  html: string;
  renderNonce: string;
  contentType: string;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Signed-out content pages held in memory per process, keyed by language and path. A miss is served as usual
 * while the process renders the page once more for the cache (a request to itself, signed out); a hit is the
 * held HTML with its render's nonce replaced by the response's fresh one, so every response still carries its
 * own unguessable nonce. Every CONTENT_RECHECK_MS the process asks the content stamp (/api/content-version);
 * when it changed (an ingest or edit through any process or server) every held page is dropped.
 */
export class SharedPageCache {
  #pages = new Map<string, CachedPage>();
  #filling = new Set<string>();
  #version: string | null = null;
  #checkedAt = Number.NEGATIVE_INFINITY;
  #checking: Promise<void> | null = null;

  constructor(
    private readonly origin: () => string | undefined,
    private readonly fetcher: Fetch = fetch,
    private readonly clock: () => number = Date.now,
  ) {}

  async #recheck(origin: string): Promise<void> {
    this.#checkedAt = this.clock();
    try {
      const response = await this.fetcher(`${origin}/api/content-version`, { headers: { [FILL_HEADER]: "version" }, cache: "no-store" });
      const version = response.ok ? ((await response.json()) as { version?: unknown }).version : null;
      if (typeof version !== "string" || version !== this.#version) this.#pages.clear();
      this.#version = typeof version === "string" ? version : null;
    } catch {
      // Unknown content: serve nothing from the cache until a check succeeds.
      this.#pages.clear();
      this.#version = null;
    }
  }

  /** The page to serve for this key with this response's nonce, or null (then the caller renders as usual). */
  async serve(key: string, nonce: string): Promise<{ html: string; contentType: string } | null> {
    const origin = this.origin();
    if (!origin) return null;
    if (this.clock() - this.#checkedAt >= CONTENT_RECHECK_MS) {
      this.#checking ??= this.#recheck(origin).finally(() => {
        this.#checking = null;
      });
      await this.#checking;
    }
    if (this.#version === null) return null;
    const page = this.#pages.get(key);
    if (page) return { html: page.html.replaceAll(page.renderNonce, nonce), contentType: page.contentType };
    void this.#fill(origin, key);
    return null;
  }

  async #fill(origin: string, key: string): Promise<void> {
    if (this.#filling.has(key) || this.#pages.size >= MAX_PAGES) return;
    this.#filling.add(key);
    const version = this.#version;
    try {
      const [locale, pathname] = key.split(" ") as [string, string];
      const response = await this.fetcher(`${origin}${pathname}`, {
        headers: { [FILL_HEADER]: "fill", cookie: `${LOCALE_COOKIE}=${locale}`, "accept-language": locale },
        redirect: "manual",
        cache: "no-store",
      });
      const contentType = response.headers.get("content-type") ?? "";
      const renderNonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
      const html = await response.text();
      // Only a whole page of the content this process still holds as current: never an error, a redirect or a
      // page rendered while the content changed.
      if (response.status !== 200 || !contentType.startsWith("text/html") || !renderNonce || renderNonce.length < 16) return;
      if (this.#version !== version) return;
      this.#pages.set(key, { html, renderNonce, contentType });
    } catch {
      // The next miss tries again.
    } finally {
      this.#filling.delete(key);
    }
  }
}
