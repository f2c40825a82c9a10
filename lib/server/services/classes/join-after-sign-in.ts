import "server-only";
import type { SessionUser } from "@/lib/domain/auth/access";
import { ClassError } from "@/lib/domain/classes/class-errors";
import { joinCodeOfPath } from "@/lib/domain/classes/join-code";
import { withNotice } from "@/lib/domain/classes/notices";
import { joinClass } from "./join-class";

/**
 * Where a visitor goes after signing in or up. Coming from a join link (the link's page offered both), a student
 * joins that class in the same POST and lands in their classes; anyone the class refuses (a teacher, joining
 * switched off) goes back to the link's page, which says why.
 */
export async function landingAfterSignIn(user: SessionUser, callbackPath: string): Promise<string> {
  const code = joinCodeOfPath(callbackPath);
  if (!code || user.role !== "student") return callbackPath;
  try {
    await joinClass(user, code);
  } catch (error) {
    if (error instanceof ClassError) return callbackPath;
    throw error;
  }
  return withNotice("/classes", { notice: "joined-class" });
}
