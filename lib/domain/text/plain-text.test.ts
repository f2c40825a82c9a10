import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters, plainTextSchema } from "./plain-text";

const name = plainTextSchema({ required: "Enter your name.", tooLong: "Too long." }, 10);

describe("plainTextSchema", () => {
  it("composes to NFC and trims", () => {
    expect(name.parse("  Jose\u0301 ")).toBe("José");
    expect(name.parse("José")).toBe(name.parse("Jose\u0301"));
  });

  it("refuses a name of only NUL, and other control or bidi characters", () => {
    for (const bad of ["\u0000", "Ana\u0000", "A\u001bB", "Ana\nLima", "\u202Eevil", "a\u2028b"]) {
      const result = name.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(CONTROL_CHARACTER_MESSAGE);
    }
  });

  it("asks for a value when only spaces were typed, and counts length after trimming", () => {
    expect(name.safeParse("   ").error?.issues[0]?.message).toBe("Enter your name.");
    expect(name.safeParse("x".repeat(11)).error?.issues[0]?.message).toBe("Too long.");
  });

  it("keeps scripts and joiners that names use", () => {
    expect(name.parse("山田 太郎")).toBe("山田 太郎");
    expect(hasControlCharacters("Ñuñoa")).toBe(false);
    expect(hasControlCharacters("\u200d")).toBe(false);
  });
});
