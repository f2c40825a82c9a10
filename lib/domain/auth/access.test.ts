import { describe, expect, it } from "vitest";
import { decideAccess, safeCallbackPath, withCallback, type SessionUser } from "./access";

const student: SessionUser = { id: "u1", name: "Ana", email: "ana@example.com", role: "student" };
const teacher: SessionUser = { ...student, id: "u2", role: "teacher" };

describe("decideAccess", () => {
  it("asks anonymous visitors to sign in", () => {
    expect(decideAccess(null)).toEqual({ ok: false, reason: "unauthenticated" });
    expect(decideAccess(null, "teacher")).toEqual({ ok: false, reason: "unauthenticated" });
  });

  it("lets any signed-in user through when no role is required", () => {
    expect(decideAccess(student)).toEqual({ ok: true, user: student });
  });

  it("forbids a student from teacher-only places and admits a teacher", () => {
    expect(decideAccess(student, "teacher")).toEqual({ ok: false, reason: "forbidden" });
    expect(decideAccess(teacher, "teacher")).toEqual({ ok: true, user: teacher });
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/lessons/abc?x=1")).toBe("/lessons/abc?x=1");
  });

  it("refuses other sites and protocol-relative tricks", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined]) {
      expect(safeCallbackPath(bad)).toBe("/");
    }
  });
});

describe("withCallback", () => {
  it("carries a same-site destination from sign-in to sign-up and back, and drops anything else", () => {
    expect(withCallback("/sign-up", "/join/ABC234")).toBe("/sign-up?callbackUrl=%2Fjoin%2FABC234");
    expect(withCallback("/sign-in", "/")).toBe("/sign-in");
    expect(withCallback("/sign-in", "//evil.example")).toBe("/sign-in");
  });
});
