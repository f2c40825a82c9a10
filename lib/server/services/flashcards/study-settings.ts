import { z } from "zod";
import {
  DEFAULT_DESIRED_RETENTION,
  MAX_DESIRED_RETENTION,
  MIN_DESIRED_RETENTION,
  workloadEstimate,
} from "@/lib/domain/scheduling";
import { db } from "@/lib/server/db";

export const DEFAULT_NEW_CARDS_PER_DAY = 20;
export const MAX_NEW_CARDS_PER_DAY = 200;

export interface StudySettings {
  desiredRetention: number;
  newCardsPerDay: number;
  keyboardShortcuts: boolean;
}

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  desiredRetention: DEFAULT_DESIRED_RETENTION,
  newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY,
  keyboardShortcuts: true,
};

const RETENTION_MESSAGE = `Choose a retention from ${MIN_DESIRED_RETENTION.toFixed(2)} to ${MAX_DESIRED_RETENTION.toFixed(2)}.`;
const NEW_CARDS_MESSAGE = `Enter a whole number from 1 to ${MAX_NEW_CARDS_PER_DAY}.`;

/** Whole hundredths only: the slider moves in 0.01 steps and the workload line is known for each of them. */
function isHundredths(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
}

export const studySettingsSchema = z.object({
  desiredRetention: z
    .number({ error: RETENTION_MESSAGE })
    .min(MIN_DESIRED_RETENTION, { error: RETENTION_MESSAGE })
    .max(MAX_DESIRED_RETENTION, { error: RETENTION_MESSAGE })
    .refine(isHundredths, { error: "Use steps of 0.01 (for example 0.92)." }),
  newCardsPerDay: z
    .number({ error: NEW_CARDS_MESSAGE })
    .int({ error: NEW_CARDS_MESSAGE })
    .min(1, { error: NEW_CARDS_MESSAGE })
    .max(MAX_NEW_CARDS_PER_DAY, { error: NEW_CARDS_MESSAGE }),
  keyboardShortcuts: z.boolean({ error: "Choose whether keyboard shortcuts are on." }),
});

export class InvalidStudySettingsError extends Error {
  readonly code = "invalid-study-settings";
  constructor(readonly issues: z.ZodError["issues"]) {
    super(`Invalid study settings: ${issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    this.name = "InvalidStudySettingsError";
  }
}

/** The user's settings, or the defaults when they never saved any. */
export async function getStudySettings(userId: string): Promise<StudySettings> {
  const row = await db.studySettings.findUnique({
    where: { userId },
    select: { desiredRetention: true, newCardsPerDay: true, keyboardShortcuts: true },
  });
  return row ?? { ...DEFAULT_STUDY_SETTINGS };
}

/** Validates again (callers other than the action exist: scripts, tests) and saves. */
export async function updateStudySettings(userId: string, input: StudySettings): Promise<StudySettings> {
  const parsed = studySettingsSchema.safeParse(input);
  if (!parsed.success) throw new InvalidStudySettingsError(parsed.error.issues);
  const data = { ...parsed.data, desiredRetention: Math.round(parsed.data.desiredRetention * 100) / 100 };
  return db.studySettings.upsert({
    where: { userId },
    create: { userId, ...data },
    update: data,
    select: { desiredRetention: true, newCardsPerDay: true, keyboardShortcuts: true },
  });
}

let workloadTable: Record<string, string> | null = null;

/**
 * The workload line for every selectable retention ("0.95 ≈ 1.4× the reviews of 0.90"), keyed by
 * toFixed(2). Simulated once per process (~0.4 s) so the settings form can update it live without
 * running the simulation in the browser.
 */
export function workloadLines(): Record<string, string> {
  if (workloadTable) return workloadTable;
  const table: Record<string, string> = {};
  const from = Math.round(MIN_DESIRED_RETENTION * 100);
  const to = Math.round(MAX_DESIRED_RETENTION * 100);
  for (let hundredths = from; hundredths <= to; hundredths++) {
    const retention = hundredths / 100;
    table[retention.toFixed(2)] = workloadEstimate(retention).summary;
  }
  workloadTable = table;
  return table;
}
