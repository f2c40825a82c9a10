import { describe, expect, it } from "vitest";
import { isWellFormedActionText } from "./action-reply";

describe("isWellFormedActionText", () => {
  it("accepts what React's client sends as a plain-text action body", () => {
    expect(isWellFormedActionText("[]")).toBe(true);
    expect(isWellFormedActionText('[{"cardId":"c1","expectedVersion":0,"rating":"good","lesson":null}]')).toBe(true);
    expect(isWellFormedActionText('["$$5 off","$undefined","$NaN","$-0","$D2027-03-01T10:00:00.000Z","$n12345678901234567890"]')).toBe(true);
  });

  it("refuses bodies that are not a JSON array, or that name parts a plain-text body cannot hold", () => {
    expect(isWellFormedActionText("{not json")).toBe(false);
    expect(isWellFormedActionText('{"a":1}')).toBe(false);
    expect(isWellFormedActionText("1")).toBe(false);
    expect(isWellFormedActionText('["$K7"]')).toBe(false);
    expect(isWellFormedActionText('[{"nested":["$@2"]}]')).toBe(false);
    expect(isWellFormedActionText('["$Q1","$T"]')).toBe(false);
    expect(isWellFormedActionText('["$"]')).toBe(false);
  });
});
