// Times parse + facts + questions (+ lessons, timeline) for the real corpus and for a synthetic
// corpus 100× larger (each document copied with its own slug and shifted years), and reports
// whether cost grows linearly; then one 10,000-word document, parsed and generated alone (target < 1 s),
// against the real documents' cost per word measured in the same run.
//   npx tsx --conditions=react-server scripts/content/bench-content.ts [--runs 7] [--scale 100]
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { buildContent } from "@/lib/domain/content/build-content";
import { buildDocumentContent } from "@/lib/domain/content/build-document";
import { parseFrontMatter } from "@/lib/domain/document/front-matter";
import { clearTagCache, warmTagger } from "@/lib/domain/document/nlp/tag-words";
import { readContentFiles } from "@/lib/server/content/load-content";
import type { RawFile } from "@/lib/domain/document/types";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Copy `n` of every file: new slug, every 4-digit year shifted by a copy-specific offset. */
export function syntheticCorpus(files: readonly RawFile[], n: number): RawFile[] {
  const out: RawFile[] = [];
  for (let copy = 0; copy < n; copy++) {
    const shift = copy % 40;
    for (const f of files) {
      const text = f.text.replace(/\b(1[5-9]\d\d|20[0-4]\d)\b(?!s)/g, (y) => String(Number(y) + shift));
      out.push({ fileName: f.fileName.replace(/(\.\w+)$/, `-copy-${copy}$1`), text });
    }
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function time(files: RawFile[], runs: number): { ms: number; questions: number } {
  let questions = 0;
  for (let i = 0; i < 3; i++) buildContent(files); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearTagCache(); // each run tags every sentence afresh
    const t0 = performance.now();
    const c = buildContent(files);
    samples.push(performance.now() - t0);
    questions = c.questions.length;
  }
  return { ms: median(samples), questions };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** One Markdown document of at least `target` words: the real documents' bodies, repeated with shifted years. */
export function longDocument(files: readonly RawFile[], target: number): RawFile {
  const parts: string[] = [];
  let count = 0;
  for (let copy = 0; count < target; copy++) {
    for (const f of files) {
      const body = parseFrontMatter(f.text).body.replace(/\b(1[5-9]\d\d|20[0-4]\d)\b(?!s)/g, (y) => String(Number(y) + (copy % 40)));
      parts.push(`## Part ${copy + 1}: ${f.fileName}\n\n${body.replace(/^\s*(?:#|=).*$/gm, "")}`);
      count += words(body);
      if (count >= target) break;
    }
  }
  return { fileName: "long-document.md", text: `# A long document\n\n${parts.join("\n\n")}` };
}

function timeOne(file: RawFile, runs: number): { ms: number; questions: number } {
  buildDocumentContent(file); // warm-up (JIT)
  const samples: number[] = [];
  let questions = 0;
  for (let i = 0; i < runs; i++) {
    clearTagCache();
    const t0 = performance.now();
    questions = buildDocumentContent(file).questions.length;
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), questions };
}

function main(): void {
  const runs = arg("--runs", 7);
  const scale = arg("--scale", 100);
  const files = readContentFiles(resolve(process.cwd(), "content"));
  const loadStart = performance.now();
  warmTagger();
  const modelMs = performance.now() - loadStart;
  const small = time(files, runs);
  const bigFiles = syntheticCorpus(files, scale);
  const big = time(bigFiles, Math.max(3, Math.ceil(runs / 2)));
  const perDocSmall = small.ms / files.length;
  const perDocBig = big.ms / bigFiles.length;
  const ratio = perDocBig / perDocSmall;
  const lines = [
    `documents: ${files.length} → median ${small.ms.toFixed(1)} ms (${perDocSmall.toFixed(2)} ms/doc, ${small.questions} questions) — target < 500 ms: ${small.ms < 500 ? "OK" : "SLOW"}`,
    `documents: ${bigFiles.length} (${scale}×) → median ${big.ms.toFixed(1)} ms (${perDocBig.toFixed(2)} ms/doc, ${big.questions} questions)`,
    `growth: ${(big.ms / small.ms).toFixed(1)}× time for ${scale}× documents; per-document cost ratio ${ratio.toFixed(2)} (${ratio < 2 ? "linear" : "super-linear"})`,
  ];
  const long = longDocument(files, 10_000);
  const longWords = words(long.text);
  const one = timeOne(long, runs);
  const seedWords = files.reduce((sum, f) => sum + words(f.text), 0);
  const perKiloSeed = small.ms / (seedWords / 1000);
  const perKiloLong = one.ms / (longWords / 1000);
  const wordRatio = perKiloLong / perKiloSeed;
  lines.push(
    `one document of ${longWords} words → median ${one.ms.toFixed(1)} ms parsed and generated (${one.questions} questions) — target < 1000 ms: ${one.ms < 1000 ? "OK" : "SLOW"}`,
    `cost per 1000 words: ${perKiloLong.toFixed(1)} ms in the long document vs ${perKiloSeed.toFixed(1)} ms in the ${files.length} real documents (${seedWords} words): ratio ${wordRatio.toFixed(2)} (${wordRatio < 2 ? "linear" : "super-linear"})`,
    `English model loaded once per process in ${modelMs.toFixed(0)} ms (not in the figures above)`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (process.argv[1] && /bench-content\.[cm]?[jt]s$/.test(process.argv[1])) main();
