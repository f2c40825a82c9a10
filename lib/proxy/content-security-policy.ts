// Runs in proxy.ts before any page; no `import "server-only"`, so the proxy bundle can load it.

/** A fresh, unguessable nonce for one response's scripts. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts run only from this origin or with this response's nonce (Next stamps it on its own inline scripts);
 * 'strict-dynamic' lets those load the chunks they import. Inline style attributes stay allowed: charts set
 * them, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; development: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Two years, as browsers' preload lists ask; sent only over https, where it means something. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
