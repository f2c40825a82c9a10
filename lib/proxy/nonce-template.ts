// Runs in proxy.ts before any page; no `import "server-only"`, so the proxy bundle can load it.

/**
 * A page whose scripts carry a nonce, held as bytes with the offsets of the render's nonce, so each response
 * gets its own nonce by one copy and a few in-place writes instead of a search-and-replace over the text.
 * Only a nonce of the same byte length fits (newNonce() always gives 24 base64 characters).
 *
 * Not held pre-compressed: Next drops a proxy response's Content-Encoding header (and then compresses the body
 * itself for a client that accepts gzip), so a gzip body made here could not be sent as one.
 */
export class NonceTemplate {
  readonly #bytes: Buffer;
  readonly #offsets: number[];
  readonly #nonceLength: number;

  private constructor(bytes: Buffer, offsets: number[], nonceLength: number) {
    this.#bytes = bytes;
    this.#offsets = offsets;
    this.#nonceLength = nonceLength;
  }

  /** The page `html` with every occurrence of `renderNonce` marked for replacement. */
  static from(html: string, renderNonce: string): NonceTemplate {
    const bytes = Buffer.from(html, "utf8");
    const nonce = Buffer.from(renderNonce, "utf8");
    const offsets: number[] = [];
    for (let at = bytes.indexOf(nonce); at !== -1; at = bytes.indexOf(nonce, at + nonce.length)) offsets.push(at);
    return new NonceTemplate(bytes, offsets, nonce.length);
  }

  /** Whether `nonce` fits the held slots (the same byte length as the render's). */
  fits(nonce: string): boolean {
    return Buffer.byteLength(nonce, "utf8") === this.#nonceLength;
  }

  /** The page's bytes with `nonce` in place of the render's (a fresh buffer the caller owns). */
  render(nonce: string): Uint8Array<ArrayBuffer> {
    // Its own memory, not zero-filled first: every byte is written just below.
    const out = Buffer.allocUnsafeSlow(this.#bytes.length);
    this.#bytes.copy(out);
    for (const offset of this.#offsets) out.write(nonce, offset, "utf8");
    return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.length);
  }

  /** Bytes held for this page. */
  get size(): number {
    return this.#bytes.length;
  }
}
