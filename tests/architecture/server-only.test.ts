import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe("lib/server", () => {
  it('starts every file with import "server-only", so a client import fails the build', () => {
    const missing = sourceFiles("lib/server").filter(
      (file) => !readFileSync(path.join(root, file), "utf8").startsWith('import "server-only";'),
    );
    expect(missing).toEqual([]);
  });
});
