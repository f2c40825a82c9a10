import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PageHeading } from "@/components/ui/page-heading";
import { getCurrentUser } from "@/lib/server/auth/session";
import { teacherInviteRequired } from "@/lib/server/auth/teacher-signup";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title={t("signUpTitle")} lead={t("signUpLead")} />
      <SignUpForm teacherInviteRequired={teacherInviteRequired()} />
    </div>
  );
}
