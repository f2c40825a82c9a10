// Every public endpoint of the app, read from the file system: pages (app/**/page.tsx), route handlers
// (app/**/route.ts, one entry per exported HTTP method) and server actions (exports of lib/actions/*.ts files
// that start with "use server"). The authorization matrix and the fuzz suite both start from this list, so a
// new endpoint is tested by both or fails the matrix until it is added.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Endpoint =
  | { kind: "page"; key: string; file: string; path: string; params: string[] }
  | { kind: "route"; key: string; file: string; path: string; params: string[]; method: string }
  | { kind: "action"; key: string; file: string; name: string };

// Tests run from the project folder (npm scripts, Playwright and Vitest all start there).
const ROOT = process.cwd();
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** "app/(learn)/quiz/[attemptId]/page.tsx" -> "/quiz/[attemptId]": route groups leave no trace in the URL. */
export function urlPatternOf(appFile: string): string {
  const segments = path.dirname(appFile).split(/[\\/]/).slice(1).filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

const paramsOf = (pattern: string) => [...pattern.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((match) => match[1] as string);
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

export function listPages(): Endpoint[] {
  return walk(path.join(ROOT, "app"))
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const rel = relative(file);
      const pattern = urlPatternOf(rel);
      return { kind: "page" as const, key: `page ${pattern}`, file: rel, path: pattern, params: paramsOf(pattern) };
    });
}

export function listRoutes(): Endpoint[] {
  return walk(path.join(ROOT, "app"))
    .filter((file) => path.basename(file) === "route.ts")
    .flatMap((file) => {
      const rel = relative(file);
      const pattern = urlPatternOf(rel);
      const source = readFileSync(file, "utf8");
      const methods = HTTP_METHODS.filter((method) => new RegExp(`export\\s+(?:async\\s+function|const)\\s+${method}\\b|export\\s*\\{[^}]*\\b${method}\\b`).test(source));
      return methods.map((method) => ({ kind: "route" as const, key: `route ${method} ${pattern}`, file: rel, path: pattern, params: paramsOf(pattern), method }));
    });
}

export function listActions(): Endpoint[] {
  const dir = path.join(ROOT, "lib/actions");
  return walk(dir)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      if (!/^\s*["']use server["']/.test(source)) return [];
      const rel = relative(file);
      return [...source.matchAll(/export\s+(?:async\s+)?(?:function\s+|const\s+)(\w+)/g)].map((match) => {
        const name = match[1] as string;
        return { kind: "action" as const, key: `action ${rel}#${name}`, file: rel, name };
      });
    });
}

export function listEndpoints(): Endpoint[] {
  return [...listPages(), ...listRoutes(), ...listActions()].sort((a, b) => a.key.localeCompare(b.key));
}

/** A server action as the built app knows it: the id a client sends in `Next-Action`, and a page that serves it. */
export interface BuiltAction {
  id: string;
  /** URL pattern of a page whose bundle holds the action (post there so no forwarding between workers is needed). */
  pagePattern: string;
}

/** Reads `.next/server/server-reference-manifest.json` (written by `next build`): action key -> id and page. */
export function builtActions(distDir = process.env.NEXT_DIST_DIR || ".next"): Map<string, BuiltAction> {
  const file = path.join(ROOT, distDir, "server/server-reference-manifest.json");
  if (!existsSync(file)) throw new Error(`No ${relative(file)}: run \`npx next build\` first.`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  const actions = new Map<string, BuiltAction>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const pages = Object.keys(entry.workers)
      .filter((worker) => worker.endsWith("/page"))
      .map((worker) => urlPatternOf(`${worker}.tsx`))
      // A page without parameters first: it renders the same for anyone.
      .sort((a, b) => paramsOf(a).length - paramsOf(b).length || a.length - b.length);
    actions.set(`action ${entry.filename}#${entry.exportedName}`, { id, pagePattern: pages[0] ?? "/" });
  }
  return actions;
}

/** "/quiz/[attemptId]" with { attemptId: "a 1" } -> "/quiz/a%201". */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${pattern}`);
    return encodeURIComponent(value);
  });
}
