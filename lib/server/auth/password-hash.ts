import "server-only";
import bcrypt from "bcryptjs";

// Cost 12 takes about a quarter of a second here: slow for guessing, fine for one sign-in.
const BCRYPT_COST = 12;
// Compared against when the email is unknown, so a miss takes as long as a wrong password.
const DUMMY_HASH = "$2b$12$wjdAo2FIZIwz1LFSPXo/Cu02orQ0MMUew1y9IqxrZcoI.dZPyclPW";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return Boolean(hash) && matches;
}
