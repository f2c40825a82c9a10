import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/server/env";

/** Whether the sign-up form asks a new teacher for an invite code (TEACHER_SIGNUP=invite). */
export function teacherInviteRequired(): boolean {
  return env.teacherSignup.mode === "invite";
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text.trim()).digest();
}

/** Whether a teacher may sign up with this code; compared in constant time so a guess learns nothing. */
export function teacherCodeAccepted(typed: string): boolean {
  if (env.teacherSignup.mode === "open") return true;
  return timingSafeEqual(digest(typed), digest(env.teacherSignup.code));
}
