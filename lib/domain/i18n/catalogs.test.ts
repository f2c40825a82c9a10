import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import ja from "@/messages/ja.json";

type Catalog = { [key: string]: string | Catalog };

function keys(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(catalog: Catalog, prefix = ""): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const key of keys(catalog, prefix)) {
    const text = key.split(".").reduce<Catalog | string>((node, part) => (node as Catalog)[part] as Catalog | string, catalog) as string;
    // Only the argument names ({name} or {count, plural, …}); a translation may word the branches its own way.
    found.set(key, [...new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1] as string))].sort());
  }
  return found;
}

describe("message catalogs", () => {
  const english = keys(en);

  it.each([
    ["es", es],
    ["ja", ja],
  ])("%s has exactly the English keys", (_, catalog) => {
    expect(keys(catalog as Catalog).sort()).toEqual([...english].sort());
  });

  it.each([
    ["es", es],
    ["ja", ja],
  ])("%s fills in the same arguments as English", (_, catalog) => {
    const expected = placeholders(en);
    const actual = placeholders(catalog as Catalog);
    for (const key of english) expect([key, actual.get(key)]).toEqual([key, expected.get(key)]);
  });
});
