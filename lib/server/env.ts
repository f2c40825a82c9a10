import "server-only";

// Read once at start-up so a misconfigured deploy fails loudly instead of on the first sign-in.
function readEnv() {
  const isProduction = process.env.NODE_ENV === "production";
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret && isProduction && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("NEXTAUTH_SECRET must be set in production (generate one with `openssl rand -base64 32`).");
  }
  const teacherSignup = process.env.TEACHER_SIGNUP?.trim().toLowerCase() || "open";
  if (teacherSignup !== "open" && teacherSignup !== "invite") {
    throw new Error(`TEACHER_SIGNUP must be "open" or "invite", not "${process.env.TEACHER_SIGNUP}".`);
  }
  const teacherInviteCode = process.env.TEACHER_INVITE_CODE?.trim() || null;
  if (teacherSignup === "invite" && !teacherInviteCode) {
    throw new Error("TEACHER_SIGNUP=invite needs TEACHER_INVITE_CODE: the code a new teacher types to sign up.");
  }
  return {
    isProduction,
    // "open": anyone may sign up as a teacher (the quick start); "invite": only with the invite code.
    teacherSignup: teacherSignup === "invite" ? { mode: "invite" as const, code: teacherInviteCode ?? "" } : { mode: "open" as const },
    // Development without a secret still works; the start script normally provides a generated one.
    authSecret: secret ?? "development-only-secret-not-for-production",
    // Served over https: session cookies get the __Secure- prefix and the Secure flag (as next-auth does).
    secureCookies: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    github:
      process.env.GITHUB_ID && process.env.GITHUB_SECRET
        ? { clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }
        : null,
    google:
      process.env.GOOGLE_ID && process.env.GOOGLE_SECRET
        ? { clientId: process.env.GOOGLE_ID, clientSecret: process.env.GOOGLE_SECRET }
        : null,
  };
}

export const env = readEnv();
