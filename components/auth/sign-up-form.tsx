"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUp } from "@/lib/actions/sign-up";
import { withCallback } from "@/lib/domain/auth/access";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useServerMessage } from "@/components/ui/use-server-message";
import { CredentialFields } from "./credential-fields";

const ROLES = ["student", "teacher"] as const;

/**
 * Posts to a server action (React makes it a POST), so it works before hydration and with JavaScript off.
 * `teacherInviteRequired` (TEACHER_SIGNUP=invite): the invite-code field shows once Teacher is chosen, by CSS alone.
 * `callbackPath`: where the new account goes next (a join link's class), else home.
 */
export function SignUpForm({ teacherInviteRequired, callbackPath }: { teacherInviteRequired: boolean; callbackPath: string }) {
  const t = useTranslations("auth");
  const tLayout = useTranslations("layout");
  const say = useServerMessage();
  const [state, formAction, pending] = useActionState(signUp, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;

  return (
    <form action={formAction} noValidate className="group space-y-5">
      <input type="hidden" name="callbackPath" value={callbackPath} />
      <TextField label={t("name")} name="name" autoComplete="name" required defaultValue={values?.name} errors={fieldErrors.name} />
      <CredentialFields purpose="sign-up" email={values?.email} errors={fieldErrors} />
      <fieldset className="space-y-2" aria-describedby={fieldErrors.role ? "role-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("iAm")}</legend>
        <div className="flex gap-3">
          {ROLES.map((role) => (
            <label
              key={role}
              className="flex flex-1 cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="role" value={role} defaultChecked={role === (values?.role === "teacher" ? "teacher" : "student")} />
              <span>{tLayout(`roles.${role}`)}</span>
            </label>
          ))}
        </div>
        {fieldErrors.role ? (
          <p id="role-error" className="text-sm text-red-700">
            {fieldErrors.role.map(say).join(" ")}
          </p>
        ) : null}
      </fieldset>
      {teacherInviteRequired ? (
        <div className="hidden group-has-[input[name=role][value=teacher]:checked]:block">
          <TextField
            label={t("teacherCode")}
            name="teacherCode"
            autoComplete="off"
            hint={t("teacherCodeHint")}
            errors={fieldErrors.teacherCode}
          />
        </div>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("creatingAccount") : t("createAccount")}
      </Button>
      <p className="text-center text-sm text-stone-700">
        {t("haveAccount")}{" "}
        <Link href={withCallback("/sign-in", callbackPath)} className="font-medium text-brand-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
