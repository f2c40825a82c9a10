import { describe, expect, it } from "vitest";
import { scriptSources } from "./first-load-js";

describe("first-load JS", () => {
  it("lists each script source once, in order, decoding &amp; and skipping nomodule polyfills", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>self.__next_f.push([1])</script>",
      '<script nomodule src="/_next/static/chunks/polyfill.js"></script>',
      '<script src="/_next/static/chunks/b.js?v=1&amp;x=2" async=""></script>',
      '<link rel="preload" href="/_next/static/chunks/c.js" as="script"/>',
      '<script src="/_next/static/chunks/a.js"></script>',
    ].join("");
    expect(scriptSources(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?v=1&x=2"]);
  });
});
