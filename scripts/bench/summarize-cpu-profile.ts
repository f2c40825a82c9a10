// Where the server's CPU went: self time of a V8 .cpuprofile grouped by package (or app code / Node / V8),
// plus the hottest functions.   npx tsx scripts/bench/summarize-cpu-profile.ts <file.cpuprofile> [--top 25]
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A readable owner for a script URL: the npm package, the app's own bundle, Node, or V8's pseudo-frames. */
export function ownerOf(url: string, functionName: string): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node:" + (url.slice(5).split("/")[0] ?? "");
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1] ?? ""}` : (parts[0] ?? url);
  }
  const chunk = /\/(\.next[^/]*)\/server\/(.*)$/.exec(url);
  if (chunk) return `app bundle (${chunk[2]?.split("/")[0] ?? ""})`;
  return url.replace(/^file:\/\//, "");
}

export function summarize(profile: CpuProfile): { totalMs: number; byOwner: [string, number][]; byFunction: [string, number][] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    const owner = ownerOf(frame.url, frame.functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + us);
    const name = `${frame.functionName || "(anonymous)"} — ${owner}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const sorted = (map: Map<string, number>) => [...map.entries()].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, byOwner: sorted(owners), byFunction: sorted(functions) };
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: summarize-cpu-profile.ts <file.cpuprofile> [--top N]");
  const topIndex = process.argv.indexOf("--top");
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) || 25 : 25;
  const { totalMs, byOwner, byFunction } = summarize(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const busy = totalMs - (byOwner.find(([owner]) => owner === "(idle)")?.[1] ?? 0);
  const line = ([name, ms]: [string, number]) => `  ${ms.toFixed(0).padStart(8)} ms  ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${name}`;
  process.stdout.write(`Profile: ${(totalMs / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s not idle (percentages of non-idle)\n`);
  process.stdout.write(`By owner:\n${byOwner.slice(0, top).map(line).join("\n")}\n`);
  process.stdout.write(`Hottest functions (self time):\n${byFunction.slice(0, top).map(line).join("\n")}\n`);
}

if (process.argv[1] && /summarize-cpu-profile\.[cm]?[jt]s$/.test(process.argv[1])) main();
