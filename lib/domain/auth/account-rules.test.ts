import { describe, expect, it } from "vitest";
import { isRole, normalizeEmail, passwordProblems } from "./account-rules";
import { signInSchema, signUpSchema } from "./inputs";

describe("passwordProblems", () => {
  it("accepts a long passphrase", () => {
    expect(passwordProblems("sakuramaru arrived 1899")).toEqual([]);
  });

  it("asks for the minimum length", () => {
    expect(passwordProblems("short")).toContain("Use at least 10 characters.");
  });

  it("refuses passwords bcrypt would truncate", () => {
    expect(passwordProblems("x".repeat(30) + "é".repeat(25))).toContain(
      "Use at most 72 bytes (about 72 plain letters).",
    );
  });

  it("refuses a password made of one repeated character", () => {
    expect(passwordProblems("aaaaaaaaaaaa")).toEqual(["Use more than three different characters."]);
  });

  it("refuses the email or its local part as the password", () => {
    expect(passwordProblems("ana.lima@example.com", { email: "Ana.Lima@example.com" })).toContain(
      "Don't use your email address as your password.",
    );
    expect(passwordProblems("ana.lima.peru", { email: "ana.lima.peru@example.com" })).toContain(
      "Don't use your email address as your password.",
    );
  });
});

describe("signUpSchema", () => {
  const valid = { name: " Ana ", email: " Ana@Example.COM ", password: "a long enough phrase", role: "student" };

  it("normalizes name and email", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed).toEqual({ name: "Ana", email: "ana@example.com", password: "a long enough phrase", role: "student" });
  });

  it("reports each bad field with a readable message", () => {
    const result = signUpSchema.safeParse({ name: "", email: "not-an-email", password: "short", role: "admin" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      name: "Enter your name.",
      email: "Enter a valid email address, like name@example.com.",
      role: "Choose student or teacher.",
    });
  });

  it("reports password problems on the password field", () => {
    const result = signUpSchema.safeParse({ ...valid, password: "short" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["password", "Use at least 10 characters."],
    ]);
  });
});

describe("signInSchema and helpers", () => {
  it("requires both fields", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["Enter your email address.", "Enter your password."]);
  });

  it("knows the two roles", () => {
    expect(isRole("teacher")).toBe(true);
    expect(isRole("student")).toBe(true);
    expect(isRole("admin")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it("normalizes emails", () => {
    expect(normalizeEmail("  X@Y.Org ")).toBe("x@y.org");
  });
});
