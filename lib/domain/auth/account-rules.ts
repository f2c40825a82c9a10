export const ROLES = ["student", "teacher"] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD_MIN_LENGTH = 10;
// bcrypt reads only the first 72 bytes; a longer password would silently be truncated.
export const PASSWORD_MAX_BYTES = 72;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Returns the problems with a password, in the words the sign-up form shows; empty when it is acceptable. */
export function passwordProblems(password: string, context: { email?: string; name?: string } = {}): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push(`Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) {
    problems.push(`Use at most ${PASSWORD_MAX_BYTES} bytes (about ${PASSWORD_MAX_BYTES} plain letters).`);
  }
  if (password.length > 0 && new Set(password).size < 4) {
    problems.push("Use more than three different characters.");
  }
  const lowered = password.toLowerCase();
  const email = context.email ? normalizeEmail(context.email) : "";
  if (email && (lowered === email || lowered === email.split("@")[0])) {
    problems.push("Don't use your email address as your password.");
  }
  return problems;
}
