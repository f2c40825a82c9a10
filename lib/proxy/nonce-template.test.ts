import { describe, expect, it } from "vitest";
import { newNonce } from "./content-security-policy";
import { NonceTemplate } from "./nonce-template";

const RENDER = "cmVuZGVyLW5vbmNlLTAwMDE=";
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

function page(nonce: string): string {
  const script = (body: string) => `<script nonce="${nonce}">self.__next_f.push([1,${JSON.stringify(body)}])</script>`;
  const lesson = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i}: 日本とペルーの関係 — Perú y Japón.</p>`).join("");
  return `<!DOCTYPE html><html><head><script src="/_next/a.js" nonce="${nonce}" async></script></head><body>${lesson}${script("x")}${script(nonce)}</body></html>`;
}

describe("NonceTemplate", () => {
  it("serves the page with each response's nonce in place of the render's, multi-byte text included", () => {
    const template = NonceTemplate.from(page(RENDER), RENDER);
    for (const nonce of [newNonce(), newNonce(), "AAAAAAAAAAAAAAAAAAAAAA==", "////////////////////////"]) {
      expect(template.fits(nonce)).toBe(true);
      expect(text(template.render(nonce))).toBe(page(nonce));
    }
  });

  it("gives every response its own bytes", () => {
    const template = NonceTemplate.from(page(RENDER), RENDER);
    const first = template.render(newNonce());
    const firstText = text(first);
    template.render(newNonce());
    expect(text(first)).toBe(firstText);
  });

  it("handles nonces at the very start and end, side by side, and a page without any", () => {
    for (const html of [`${RENDER}middle${RENDER}`, `${RENDER}${RENDER}`, "no nonce here", RENDER, ""]) {
      const nonce = newNonce();
      expect(text(NonceTemplate.from(html, RENDER).render(nonce))).toBe(html.replaceAll(RENDER, nonce));
    }
  });

  it("refuses a nonce of another length than the render's", () => {
    expect(NonceTemplate.from(page(RENDER), RENDER).fits("short")).toBe(false);
  });
});
