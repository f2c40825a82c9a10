import { z } from "zod";
import { normalizeEmail, passwordProblems, ROLES } from "@/lib/domain/auth/account-rules";
import { plainTextSchema } from "@/lib/domain/text/plain-text";

/** The sign-up form. */
export const signUpSchema = z
  .object({
    name: plainTextSchema({ required: "Enter your name.", tooLong: "Use at most 100 characters." }, 100),
    email: z
      .string()
      .trim()
      .min(1, "Enter your email address.")
      .max(254, "That email address is too long.")
      .email("Enter a valid email address, like name@example.com.")
      .transform(normalizeEmail),
    password: z.string(),
    role: z.enum(ROLES, { message: "Choose student or teacher." }),
  })
  .superRefine((value, ctx) => {
    for (const message of passwordProblems(value.password, value)) {
      ctx.addIssue({ code: "custom", path: ["password"], message });
    }
  });

export type SignUpInput = z.infer<typeof signUpSchema>;

/** The credentials sign-in (next-auth's authorize). */
export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(254).transform(normalizeEmail),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export type SignInInput = z.infer<typeof signInSchema>;
