import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { SessionUser } from "@/lib/domain/auth/access";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { withNotice } from "@/lib/domain/classes/notices";
import { requireRole, requireUser } from "@/lib/server/auth/session";

/** A button that posts (without JavaScript too) and moves on: what it reads, who may press it, what it runs. */
export interface ButtonAction<T> {
  schema: z.ZodType<T>;
  /** The form fields the schema reads. */
  fields: readonly string[];
  /** A teacher only (the default), or any signed-in user; the use case still checks the row is theirs. */
  role?: "teacher" | "any";
  /** Where a post that is not this form goes (default: the teacher's classes). */
  fallback?: string;
  /** The page the button is on: signing in returns here, and a refusal comes back here with its reason. */
  page: (input: T) => string;
  /** The use case; answers where to go next (usually `page` with a notice). */
  run: (user: SessionUser, input: T) => Promise<string>;
}

/**
 * Every button action's steps in one place: a form was posted, its fields parse, the caller is signed in with the
 * role, then the use case; a ClassError (a foreign id, a closed class…) returns to the page with its code, and
 * anything unexpected goes to the error page.
 */
export async function runButton<T>(formData: unknown, action: ButtonAction<T>): Promise<never> {
  const fallback = action.fallback ?? "/teach";
  if (!(formData instanceof FormData)) redirect(fallback);
  const parsed = action.schema.safeParse(Object.fromEntries(action.fields.map((field) => [field, formData.get(field)])));
  if (!parsed.success) redirect(fallback);
  const page = action.page(parsed.data);
  const user = action.role === "any" ? await requireUser(page) : await requireRole("teacher", page);
  let next: string;
  try {
    next = await action.run(user, parsed.data);
  } catch (error) {
    if (error instanceof ClassError) redirect(withNotice(page, { error: error.code }));
    throw error;
  }
  redirect(next);
}

/** A teacher's class page. */
export const classPage = (input: { classId: string }) => `/teach/classes/${encodeURIComponent(input.classId)}`;
/** A teacher's assignment page. */
export const assignmentPage = (input: { assignmentId: string }) => `/teach/assignments/${encodeURIComponent(input.assignmentId)}`;
