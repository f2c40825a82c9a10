import { ClassError } from "../../lib/domain/classes/class-errors";

/** The ClassError code a call fails with, or "no error"; anything else is rethrown. */
export async function classErrorCode(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof ClassError) return error.code;
    throw error;
  }
  return "no error";
}
