import { DEFAULT_DESIRED_RETENTION } from "@/lib/domain/scheduling";
import type { StudySettings } from "./views";

export const DEFAULT_NEW_CARDS_PER_DAY = 20;
export const MAX_NEW_CARDS_PER_DAY = 200;

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  desiredRetention: DEFAULT_DESIRED_RETENTION,
  newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY,
  keyboardShortcuts: true,
};
