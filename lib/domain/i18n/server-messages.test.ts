import { describe, expect, it } from "vitest";
import { signUpSchema, signInSchema } from "@/lib/domain/auth/inputs";
import { ERROR_CATALOGUE } from "@/lib/domain/errors/app-error";
import en from "@/messages/en.json";
import { FIELD_ERROR_TEXTS } from "./field-error-texts";
import { serverMessageKey } from "./server-messages";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("server messages", () => {
  it("keys every error in the catalogue by its code, and the English catalog says exactly what the server says", () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(serverMessageKey(entry.message)).toBe(`errors.${code}`);
      expect(en.errors[code as keyof typeof en.errors]).toBe(entry.message);
    }
    expect(Object.keys(en.errors).sort()).toEqual(Object.keys(ERROR_CATALOGUE).sort());
  });

  it("keys the account forms' field problems", () => {
    const signUp = messagesOf(signUpSchema.safeParse({ name: "", email: "", password: "aaaa", role: "admin" }));
    const badEmail = messagesOf(signUpSchema.safeParse({ name: "A\u0007", email: "not-an-email", password: "ana@example.com", role: "student" }));
    const signIn = messagesOf(signInSchema.safeParse({ email: "", password: "" }));
    const all = [...signUp, ...badEmail, ...signIn];
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.filter((message) => serverMessageKey(message) === null)).toEqual([]);
  });

  it("knows the English catalog's field problems word for word", () => {
    expect(FIELD_ERROR_TEXTS).toEqual(en.fieldErrors);
  });

  it("leaves words it has no key for alone", () => {
    expect(serverMessageKey("Something only this thrower says.")).toBeNull();
  });
});
