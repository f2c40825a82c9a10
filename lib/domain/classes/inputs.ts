import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters, plainTextSchema } from "@/lib/domain/text/plain-text";
import { normalizeJoinCode } from "./join-code";

const id = z.string().min(1).max(200);

/** New class: a name, and optionally a section or term. */
export const createClassSchema = z.object({
  name: plainTextSchema({ required: "Give the class a name.", tooLong: "Keep the name under 80 characters." }, 80),
  section: z
    .string()
    .transform((text) => text.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .max(80, "Keep the section under 80 characters.")
        .refine((text) => !hasControlCharacters(text), CONTROL_CHARACTER_MESSAGE),
    )
    .transform((text) => (text === "" ? null : text)),
});
export type CreateClassInput = z.infer<typeof createClassSchema>;

/** Actions on one class: archive, restore, regenerate the code. */
export const classIdSchema = z.object({ classId: id });

/** Switching the join code on or off. */
export const setJoinEnabledSchema = z.object({ classId: id, enabled: z.enum(["on", "off"]).transform((v) => v === "on") });

/** Archiving or restoring a class. */
export const archiveClassSchema = z.object({ classId: id, archived: z.enum(["on", "off"]).transform((v) => v === "on") });

/** The teacher removes a student (their history stays). */
export const removeStudentSchema = z.object({ classId: id, studentId: id });

/** A student joins with a code, typed in any case, with or without spaces. */
export const joinClassSchema = z.object({
  code: z
    .string()
    .max(40)
    .transform((typed, ctx) => {
      const code = normalizeJoinCode(typed);
      if (!code) {
        ctx.addIssue({ code: "custom", message: "A class code is 6 letters and digits, e.g. ABC 234." });
        return z.NEVER;
      }
      return code;
    }),
});

/** A student leaves a class. */
export const leaveClassSchema = z.object({ classId: id });

/** Roster paging. */
export const rosterPageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
