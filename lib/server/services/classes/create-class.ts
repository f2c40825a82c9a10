import "server-only";
import { randomBytes } from "node:crypto";
import type { CreateClassInput } from "@/lib/domain/classes/inputs";
import { generateJoinCode } from "@/lib/domain/classes/join-code";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";

const CODE_TRIES = 5;

/** Runs `write` with fresh join codes until one is not taken (a clash is about one in a hundred million). */
export async function withFreshJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await write(generateJoinCode((n) => randomBytes(n)));
    } catch (error) {
      if (!isUniqueViolation(error) || i >= CODE_TRIES) throw error;
    }
  }
}

/** A new class with a fresh join code, switched on. */
export async function createClass(teacherId: string, input: CreateClassInput): Promise<{ classId: string }> {
  const row = await withFreshJoinCode((joinCode) =>
    db.classroom.create({ data: { teacherId, name: input.name, section: input.section, joinCode }, select: { id: true } }),
  );
  return { classId: row.id };
}
