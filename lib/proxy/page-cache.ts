// Runs in proxy.ts before any page; no `import "server-only"`, so the proxy bundle can load it.
import { resolveLocale, LOCALE_COOKIE } from "@/lib/domain/i18n/locales";
import { NonceTemplate } from "./nonce-template";

/** The pages that are the same for every signed-out visitor of one interface language. */
const SHARED_PAGE_PATH = /^\/(?:lessons(?:\/[A-Za-z0-9_-]{1,120})?|timeline)$/;

/** Bounds on what one process holds: one page per lesson and language, so only a far larger library reaches them. */
const MAX_PAGES = 500;
const MAX_BYTES = 64 * 1024 * 1024;

/** Marks the process's own render of a page for the cache, so that render is never itself served from it. */
export const FILL_HEADER = "x-page-cache";

export interface RequestFacts {
  method: string;
  pathname: string;
  search: string;
  headers: { get(name: string): string | null };
  /** A cookie's value (asked only when the request has cookies). */
  cookie(name: string): string | undefined;
}

/**
 * The cache key of a request for a shared page ("en /timeline"), or null when the answer may differ for this
 * caller: signed in (any session cookie, even an expired one), a query string, a client-side navigation or
 * prefetch (which asks for the RSC payload, not HTML), or the cache's own render. Cheap on purpose: the proxy
 * asks it first on every request.
 */
export function sharedPageKey(request: RequestFacts): string | null {
  if (request.method !== "GET" || request.search !== "" || !SHARED_PAGE_PATH.test(request.pathname)) return null;
  const headers = request.headers;
  if (headers.get("rsc") !== null || headers.get("next-router-prefetch") !== null || headers.get("next-router-state-tree") !== null) return null;
  if (headers.get("next-action") !== null || headers.get(FILL_HEADER) !== null) return null;
  const cookies = headers.get("cookie");
  if (cookies !== null && cookies.includes("next-auth.session-token")) return null;
  const locale = resolveLocale(cookies === null ? undefined : request.cookie(LOCALE_COOKIE), headers.get("accept-language"));
  return `${locale} ${request.pathname}`;
}

interface CachedPage {
  /** The page as the server rendered it, its render's nonce (never sent to anyone) marked for replacement. */
  template: NonceTemplate;
  contentType: string;
}

export interface CachedResponse {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Signed-out content pages held in memory per process, keyed by language and path. A miss is served as usual
 * while the process renders the page once more for the cache (a request to itself, signed out); a hit is the
 * held bytes with the render's nonce overwritten by the response's fresh one, so every response still carries
 * its own unguessable nonce. Every hit asks the content stamp (`version`, which reads the database at most
 * once a second); when it changed (an ingest or edit through any process or server) every held page is dropped.
 */
export class SharedPageCache {
  #pages = new Map<string, CachedPage>();
  #bytes = 0;
  #filling = new Set<string>();
  #version: string | null = null;

  constructor(
    private readonly origin: () => string | undefined,
    private readonly version: () => Promise<string>,
    private readonly fetcher: Fetch = fetch,
  ) {}

  #drop(version: string | null): void {
    this.#pages.clear();
    this.#bytes = 0;
    this.#version = version;
  }

  /** The page to serve for this key with this response's nonce, or null (then the caller renders as usual). */
  async serve(key: string, nonce: string): Promise<CachedResponse | null> {
    const origin = this.origin();
    if (!origin) return null;
    let version: string;
    try {
      version = await this.version();
    } catch {
      // Unknown content: serve nothing from the cache until the stamp reads again.
      this.#drop(null);
      return null;
    }
    if (version !== this.#version) this.#drop(version);
    const page = this.#pages.get(key);
    if (page && page.template.fits(nonce)) return { body: page.template.render(nonce), contentType: page.contentType };
    if (!page) void this.#fill(origin, key);
    return null;
  }

  async #fill(origin: string, key: string): Promise<void> {
    if (this.#filling.has(key) || this.#pages.size >= MAX_PAGES || this.#bytes >= MAX_BYTES) return;
    this.#filling.add(key);
    const version = this.#version;
    try {
      const [locale, pathname] = key.split(" ") as [string, string];
      const response = await this.fetcher(`${origin}${pathname}`, {
        headers: { [FILL_HEADER]: "fill", cookie: `${LOCALE_COOKIE}=${locale}`, "accept-language": locale, "accept-encoding": "identity" },
        redirect: "manual",
        cache: "no-store",
      });
      const contentType = response.headers.get("content-type") ?? "";
      const renderNonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
      const html = await response.text();
      // Only a whole page of the content this process still holds as current: never an error, a redirect or a
      // page rendered while the content changed.
      if (response.status !== 200 || !contentType.startsWith("text/html") || !renderNonce || renderNonce.length < 16) return;
      if (this.#version !== version || this.#pages.has(key)) return;
      const template = NonceTemplate.from(html, renderNonce);
      this.#pages.set(key, { template, contentType });
      this.#bytes += template.size;
    } catch {
      // The next miss tries again.
    } finally {
      this.#filling.delete(key);
    }
  }
}
