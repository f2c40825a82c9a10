import { describe, expect, it } from "vitest";
import { displayJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, joinCodeOfPath, normalizeJoinCode } from "./join-code";

function bytesFrom(values: number[]) {
  let i = 0;
  return (count: number) => Uint8Array.from({ length: count }, () => values[i++ % values.length] as number);
}

describe("join codes", () => {
  it("never uses look-alike characters", () => {
    for (const char of "0O1lIiLo") expect(JOIN_CODE_ALPHABET).not.toContain(char);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("draws six characters from the alphabet, skipping bytes that would bias it", () => {
    expect(generateJoinCode(bytesFrom([0, 1, 2, 3, 4, 5]))).toBe("ABCDEF");
    // 248..255 are skipped: 248 % 31 would otherwise favour the first letters.
    expect(generateJoinCode(bytesFrom([255, 248, 30, 30, 30, 30, 30, 30]))).toBe("999999");
  });

  it("gives different codes from real randomness", () => {
    const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
    const codes = new Set(Array.from({ length: 200 }, () => generateJoinCode(random)));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(normalizeJoinCode(code)).toBe(code);
  });

  it("reads what a student typed: any case, spaces and dashes", () => {
    expect(normalizeJoinCode("abc def")).toBe("ABCDEF");
    expect(normalizeJoinCode(" ab-c2-3x ")).toBe("ABC23X");
  });

  it("refuses what cannot be a code", () => {
    expect(normalizeJoinCode("ABCDE")).toBeNull();
    expect(normalizeJoinCode("ABCDEFG")).toBeNull();
    expect(normalizeJoinCode("ABCDE0")).toBeNull();
    expect(normalizeJoinCode("ABCDEO")).toBeNull();
    expect(normalizeJoinCode("ABCDE1")).toBeNull();
    expect(normalizeJoinCode("")).toBeNull();
  });

  it("shows a code in two groups of three", () => {
    expect(displayJoinCode("ABCDEF")).toBe("ABC DEF");
    expect(JOIN_CODE_LENGTH).toBe(6);
  });

  it("reads the code of a join link's path, and nothing from any other path", () => {
    expect(joinCodeOfPath("/join/ABC234")).toBe("ABC234");
    expect(joinCodeOfPath("/join/abc%20234")).toBe("ABC234");
    expect(joinCodeOfPath("/join/ABC234/extra")).toBeNull();
    expect(joinCodeOfPath("/join/ABC23O")).toBeNull();
    expect(joinCodeOfPath("/join/%E0%A4%A")).toBeNull();
    expect(joinCodeOfPath("/classes")).toBeNull();
    expect(joinCodeOfPath("/x/join/ABC234")).toBeNull();
  });
});
