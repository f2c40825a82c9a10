"use server";

import { redirect } from "next/navigation";
import { endSession } from "@/lib/server/auth/session-cookie";

/** The account menu's Sign out form (works without JavaScript). Only ever ends the caller's own session. */
export async function signOut(): Promise<void> {
  await endSession();
  redirect("/");
}
