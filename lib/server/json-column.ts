import "server-only";
import type { z } from "zod";

/**
 * A JSON column read back through the schema that describes it, never with an unchecked cast. Without a
 * fallback a malformed value throws (a bug to see); with one, the caller has said what a bad row means.
 */
export function parseJsonColumn<Schema extends z.ZodType>(schema: Schema, json: string, fallback?: z.output<Schema>): z.output<Schema> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    if (fallback !== undefined) return fallback;
    throw error;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (fallback !== undefined) return fallback;
  throw new Error(`A stored JSON value does not match its schema: ${parsed.error.issues[0]?.message ?? "invalid"}`);
}
