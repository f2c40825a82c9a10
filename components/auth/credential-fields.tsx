import { useTranslations } from "next-intl";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/auth/account-rules";
import { TextField } from "@/components/ui/text-field";

/**
 * The email and password pair of both account forms. `purpose` picks the browser's autocomplete hint (a saved
 * password to fill in, or a new one to suggest) and, for a new account, the password rule under the field.
 */
export function CredentialFields({
  purpose,
  email,
  errors,
}: {
  purpose: "sign-in" | "sign-up";
  /** The email typed before a failed post, so the visitor retypes only the password. */
  email?: string;
  errors: { email?: string[]; password?: string[] };
}) {
  const t = useTranslations("auth");
  return (
    <>
      <TextField label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={email} errors={errors.email} />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete={purpose === "sign-up" ? "new-password" : "current-password"}
        required
        hint={purpose === "sign-up" ? t("passwordHint", { min: PASSWORD_MIN_LENGTH }) : undefined}
        errors={errors.password}
      />
    </>
  );
}
