import { z } from "zod";

export const CARD_EXPORT_FORMATS = ["csv", "anki"] as const;
export type CardExportFormat = (typeof CARD_EXPORT_FORMATS)[number];

/** GET /api/export/cards?format=csv|anki (csv when absent). */
export const cardExportQuerySchema = z.object({ format: z.enum(CARD_EXPORT_FORMATS).default("csv") });
