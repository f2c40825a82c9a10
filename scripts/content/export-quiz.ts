// Prints every generated question as JSON (default) or CSV.
//   npx tsx scripts/content/export-quiz.ts [--format json|csv] [--content DIR] (default content/; --dir is the same)
import { resolve } from "node:path";
import { loadContent } from "@/lib/server/content/load-content";
import { csvField } from "@/lib/domain/export/cards-csv";
import type { Question } from "@/lib/domain/generation/question-types";

interface ExportedQuestion {
  id: string;
  kind: Question["kind"];
  prompt: string;
  answer: string | string[];
  choices?: string[];
  source: { document: string; quote: string };
}

function parseArgs(argv: string[]): { format: "json" | "csv"; dir: string } {
  let format: "json" | "csv" = "json";
  let dir = "content";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.split("=", 2);
    const value = inline ?? argv[i + 1];
    if (flag === "--format" || flag === "-f") {
      if (value !== "json" && value !== "csv") throw new Error(`--format must be json or csv, got ${value}`);
      format = value;
      if (inline === undefined) i++;
    } else if (flag === "--dir" || flag === "--content") {
      if (!value) throw new Error("--dir needs a path");
      dir = value;
      if (inline === undefined) i++;
    } else if (arg === "--csv") {
      format = "csv";
    }
  }
  return { format, dir };
}

export function toExported(q: Question): ExportedQuestion {
  return {
    id: q.id,
    kind: q.kind,
    prompt: q.prompt,
    answer: q.answer,
    ...(q.choices ? { choices: q.choices } : {}),
    source: { document: q.source.documentId, quote: q.source.quote },
  };
}

export { csvField };

export function toCsv(questions: readonly Question[]): string {
  const header = ["id", "kind", "prompt", "answer", "choices", "document", "quote"];
  const join = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(" | ") : (v ?? ""));
  const rows = questions.map((q) =>
    [q.id, q.kind, q.prompt, join(q.answer), join(q.choices), q.source.documentId, q.source.quote].map(csvField).join(","),
  );
  return `${[header.join(","), ...rows].join("\r\n")}\r\n`;
}

function main(): void {
  // `… | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const { format, dir } = parseArgs(process.argv.slice(2));
  const content = loadContent(resolve(process.cwd(), dir));
  if (format === "csv") process.stdout.write(toCsv(content.questions));
  else process.stdout.write(`${JSON.stringify({ questions: content.questions.map(toExported) }, null, 2)}\n`);
}

if (process.argv[1] && /export-quiz\.[cm]?[jt]s$/.test(process.argv[1])) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
