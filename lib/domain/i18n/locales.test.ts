import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "./locales";

describe("interface language", () => {
  it("follows the browser's Accept-Language by quality, ignoring regions and languages we lack", () => {
    expect(localeFromAcceptLanguage("es-PE,es;q=0.9,en;q=0.8")).toBe("es");
    expect(localeFromAcceptLanguage("ja-JP")).toBe("ja");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,ja;q=0.5,en;q=0.4")).toBe("ja");
    expect(localeFromAcceptLanguage("en;q=0.2,es;q=0.7")).toBe("es");
    expect(localeFromAcceptLanguage("de, fr")).toBe("en");
    expect(localeFromAcceptLanguage("ja;q=0")).toBe("en");
    expect(localeFromAcceptLanguage(undefined)).toBe("en");
  });

  it("prefers the remembered choice, and ignores a cookie naming no language we have", () => {
    expect(resolveLocale("ja", "es-PE")).toBe("ja");
    expect(resolveLocale("xx", "es-PE")).toBe("es");
    expect(resolveLocale(undefined, undefined)).toBe("en");
  });
});
