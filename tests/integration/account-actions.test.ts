import { migrateTempDatabase, removeTempDatabase } from "../support/temp-database";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signUp } from "@/lib/actions/sign-up";
import { db } from "@/lib/server/db";
import { formData, redirectOf } from "../support/action-request";

vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders);

beforeAll(migrateTempDatabase);

afterAll(async () => {
  await db.$disconnect();
  removeTempDatabase();
});

// Sign-up is the one action anyone may call: it checks only its input, and never confirms that an account exists.
describe("signUp", () => {
  const fields = { name: "Ana", email: "Ana@Example.com", password: "a long passphrase here", role: "student" };

  it("answers bad input with a message per field and creates nothing", async () => {
    const result = await signUp(null, formData({ ...fields, email: "not an email", role: "admin" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Enter a valid email address, like name@example.com."], role: ["Choose student or teacher."] },
    });
    expect(await signUp(null, formData({ ...fields, password: "short" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.arrayContaining(["Use at least 10 characters."]) },
    });
    expect(await db.user.count()).toBe(0);
  });

  it("creates the account, then refuses the same email with a field message", async () => {
    expect(await redirectOf(() => signUp(null, formData(fields)))).toBe("/");
    expect(await signUp(null, formData({ ...fields, name: "Other" }))).toMatchObject({
      ok: false,
      fieldErrors: { email: ["This email can’t be used for a new account. If you already have one, sign in instead."] },
    });
    expect(await db.user.count()).toBe(1);
  });
});
