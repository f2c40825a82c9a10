import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { PAGE_NOTICES, pageErrorKey, pageNoticeKey } from "./page-notices";

describe("page notices", () => {
  it("keys every notice a button comes back with, and the English catalog says what the server table says", () => {
    expect(Object.keys(en.notices).sort()).toEqual(Object.keys(PAGE_NOTICES).sort());
    for (const [name, text] of Object.entries(PAGE_NOTICES)) {
      expect(pageNoticeKey(name)).toBe(`notices.${name}`);
      expect(en.notices[name as keyof typeof en.notices]).toBe(text);
      expect(es.notices[name as keyof typeof es.notices]).not.toBe(text);
    }
  });

  it("keys an error by its code and ignores anything else in the address", () => {
    expect(pageErrorKey("join-disabled")).toBe("errors.join-disabled");
    expect(pageNoticeKey("class-created")).toBe("notices.class-created");
    expect(pageNoticeKey("toString")).toBeNull();
    expect(pageErrorKey("constructor")).toBeNull();
    expect(pageNoticeKey(["class-created"])).toBeNull();
    expect(pageErrorKey(undefined)).toBeNull();
  });
});
