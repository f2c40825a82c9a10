import { ClassError } from "@/lib/domain/classes/class-errors";
import { AppError } from "@/lib/domain/errors/app-error";

/** The code an error of `type` a call fails with, or "no error"; anything else is rethrown. */
async function errorCode(type: abstract new (...args: never[]) => AppError, fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof type) return error.code;
    throw error;
  }
  return "no error";
}

/** The ClassError code a call fails with, or "no error"; anything else is rethrown. */
export async function classErrorCode(fn: () => Promise<unknown>): Promise<string> {
  return errorCode(ClassError, fn);
}

/** The AppError code (any feature's) a call fails with, or "no error"; anything else is rethrown. */
export async function appErrorCode(fn: () => Promise<unknown>): Promise<string> {
  return errorCode(AppError, fn);
}
