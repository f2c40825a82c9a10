import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { AppError, type AppErrorCode } from "@/lib/domain/errors/app-error";

const MISSING: ReadonlySet<AppErrorCode> = new Set(["class-not-found", "assignment-not-found", "document-not-found"]);

/** For pages: a class, assignment or library document that is missing or someone else's is a 404, never a hint that it exists. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && MISSING.has(error.code)) notFound();
    throw error;
  }
}

type Query = Record<string, string | string[] | undefined>;

/** A single query value. */
export function queryValue(query: Query, key: string): string | undefined {
  const value = query[key];
  return typeof value === "string" ? value : undefined;
}

/** This request's origin (for a join link to copy), from the Host header the browser sent. */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
