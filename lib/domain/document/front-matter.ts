// YAML-ish front matter: `key: value` lines between `---` fences. No nesting needed.

export interface FrontMatter {
  data: Record<string, string | null>;
  /** Text after the closing fence (or the whole text when there is none). */
  body: string;
}

export function parseFrontMatter(text: string): FrontMatter {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(normalized);
  if (!match) return { data: {}, body: normalized };
  const data: Record<string, string | null> = {};
  for (const line of (match[1] ?? "").split("\n")) {
    const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv || !kv[1]) continue;
    data[kv[1].toLowerCase()] = parseScalar(kv[2] ?? "");
  }
  return { data, body: normalized.slice(match[0].length) };
}

function parseScalar(raw: string): string | null {
  const value = raw.replace(/\s+#.*$/, "");
  if (value === "" || value === "~" || /^null$/i.test(value)) return null;
  const quoted = /^"(.*)"$/.exec(value) ?? /^'(.*)'$/.exec(value);
  if (quoted) return (quoted[1] ?? "").replace(/\\"/g, '"').replace(/''/g, "'");
  return value;
}
