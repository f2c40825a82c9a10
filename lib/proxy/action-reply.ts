// Runs in proxy.ts before any page; no `import "server-only"`, so the proxy bundle can load it.

// In React's reply encoding a string that starts with "$" names another part of the body ("$K1" a form, "$@2" a
// promise, "$Q3" a map…) or a special value. A plain-text body has no other parts, so only the special values
// and escaped text ("$$…") can be in it; React's own client never sends anything else there.
const SPECIAL = /^\$(?:\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|D[0-9TZ:.+-]{4,40}|n-?\d{1,400})$/;

function onlyPlainValues(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || SPECIAL.test(value);
  if (Array.isArray(value)) return value.every(onlyPlainValues);
  if (value !== null && typeof value === "object") return Object.values(value).every(onlyPlainValues);
  return true;
}

/**
 * Whether a server action's plain-text body is what React's client sends: a JSON array of the arguments whose
 * strings refer to no missing part. Next answers anything else with a 500 before our action runs.
 */
export function isWellFormedActionText(text: string): boolean {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return false;
  }
  return Array.isArray(root) && onlyPlainValues(root);
}
