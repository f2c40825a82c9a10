import "server-only";
import { InvalidStudySettingsError } from "@/lib/domain/flashcards/flashcard-errors";
import { studySettingsSchema } from "@/lib/domain/flashcards/inputs";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/domain/flashcards/study-settings";
import type { StudySettings } from "@/lib/domain/flashcards/views";
import { MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION, workloadEstimate } from "@/lib/domain/scheduling";
import { db } from "@/lib/server/db";

const SETTINGS_COLUMNS = { desiredRetention: true, newCardsPerDay: true, keyboardShortcuts: true } as const;

/** The user's settings, or the defaults when they never saved any. */
export async function getStudySettings(userId: string): Promise<StudySettings> {
  const row = await db.studySettings.findUnique({ where: { userId }, select: SETTINGS_COLUMNS });
  return row ?? { ...DEFAULT_STUDY_SETTINGS };
}

/** Saves the settings; checks them with the form's schema again because scripts and tests call this too. */
export async function updateStudySettings(userId: string, input: StudySettings): Promise<StudySettings> {
  const parsed = studySettingsSchema.safeParse(input);
  if (!parsed.success) throw new InvalidStudySettingsError(parsed.error.issues);
  const data = { ...parsed.data, desiredRetention: Math.round(parsed.data.desiredRetention * 100) / 100 };
  return db.studySettings.upsert({
    where: { userId },
    create: { userId, ...data },
    update: data,
    select: SETTINGS_COLUMNS,
  });
}

let workloadTable: Record<string, number> | null = null;

/**
 * The workload of every selectable retention relative to the default's (0.95 → 1.4), keyed by
 * toFixed(2). Simulated once per process (~0.4 s) so the settings form can update it live without
 * running the simulation in the browser.
 */
export function workloadRatios(): Record<string, number> {
  if (workloadTable) return workloadTable;
  const table: Record<string, number> = {};
  const from = Math.round(MIN_DESIRED_RETENTION * 100);
  const to = Math.round(MAX_DESIRED_RETENTION * 100);
  for (let hundredths = from; hundredths <= to; hundredths++) {
    const retention = hundredths / 100;
    table[retention.toFixed(2)] = workloadEstimate(retention).relativeToDefault;
  }
  workloadTable = table;
  return table;
}
