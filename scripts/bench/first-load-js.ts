// A page's first-load JavaScript: every script its HTML loads from /_next/, fetched and gzipped here, so the
// app's pages and a bare Next page are weighed the same way.
import { gzipSync } from "node:zlib";

/** The distinct script URLs a modern browser loads from a page's HTML (<script src>, not `nomodule`), in order. */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)) {
    if (/\bnomodule\b/.test(`${match[1]} ${match[3]}`)) continue;
    const src = (match[2] ?? "").replace(/&amp;/g, "&");
    if (!sources.includes(src)) sources.push(src);
  }
  return sources;
}

export interface FirstLoadJs {
  scripts: number;
  gzipBytes: number;
}

/** Fetches `path` (with `cookie`, if any) and sums its scripts' gzipped sizes. */
export async function measureFirstLoadJs(baseUrl: string, path: string, cookie?: string): Promise<FirstLoadJs> {
  const page = await fetch(new URL(path, baseUrl), { headers: cookie ? { cookie } : {} });
  if (!page.ok) throw new Error(`GET ${path} answered ${page.status}.`);
  const sources = scriptSources(await page.text());
  let gzipBytes = 0;
  for (const src of sources) {
    const script = await fetch(new URL(src, baseUrl));
    if (!script.ok) throw new Error(`GET ${src} answered ${script.status}.`);
    gzipBytes += gzipSync(Buffer.from(await script.arrayBuffer()), { level: 9 }).length;
  }
  return { scripts: sources.length, gzipBytes };
}
