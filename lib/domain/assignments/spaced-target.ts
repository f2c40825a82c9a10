// A spaced assignment's target: "keep <lesson or timeline era> at or above <recall> until the due date".

export type SpacedTarget = { type: "lesson"; documentId: string } | { type: "era"; eraId: string };

const SLUG = /^[a-z0-9][a-z0-9-]{0,120}$/;

export function parseSpacedTarget(text: string | null | undefined): SpacedTarget | null {
  const [type, id] = (text ?? "").split(":", 2);
  if (!id || !SLUG.test(id)) return null;
  if (type === "lesson") return { type: "lesson", documentId: id };
  if (type === "era") return { type: "era", eraId: id };
  return null;
}

export function formatSpacedTarget(target: SpacedTarget): string {
  return target.type === "lesson" ? `lesson:${target.documentId}` : `era:${target.eraId}`;
}

/** Allowed predicted-recall thresholds: below 0.7 is hardly "kept", above 0.97 costs too many reviews. */
export function isTargetRecall(value: number): boolean {
  return Number.isFinite(value) && value >= 0.7 && value <= 0.97;
}
