// An instant as a database hands it back in bulk, written as Date#toISOString does (ISO 8601, UTC, milliseconds).
// PostgreSQL's JSON writes a timestamp without its zone (the column holds UTC) and drops trailing zeros of the
// milliseconds; SQLite stores text ending in +00:00; older rows may hold epoch milliseconds. The usual forms are
// rewritten as text, without building a Date for each of thousands of answers.
const UTC_TEXT = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,3}))?(?:Z|\+00:?00)?$/;
const HAS_ZONE = /(?:[zZ]|[+-]\d\d:?\d\d)$/;

export function isoInstant(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value)).toISOString();
  const text = String(value);
  const utc = UTC_TEXT.exec(text);
  if (utc) return `${utc[1]}.${(utc[2] ?? "").padEnd(3, "0")}Z`;
  return new Date(HAS_ZONE.test(text) ? text : `${text}Z`).toISOString();
}
