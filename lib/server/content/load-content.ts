import "server-only";
// The one module that touches the filesystem: reads content/*.md|*.txt and builds everything.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RawFile } from "@/lib/domain/document/types";
import { buildContent, type Content } from "@/lib/domain/content/build-content";

const CONTENT_FILE = /\.(md|markdown|txt)$/i;

export function readContentFiles(dir: string): RawFile[] {
  return readdirSync(dir)
    .filter((name) => CONTENT_FILE.test(name) && !/^readme\./i.test(name) && !name.startsWith("_") && !name.startsWith("."))
    .sort()
    .map((fileName) => ({ fileName, text: readFileSync(join(dir, fileName), "utf8") }));
}

export function loadContent(dir: string): Content {
  return buildContent(readContentFiles(dir));
}
