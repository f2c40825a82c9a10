import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PageHeading } from "@/components/ui/page-heading";
import { getCurrentUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <div className="mx-auto max-w-md">
      <PageHeading title="Create an account" lead="Students study and track progress; teachers also run classes." />
      <SignUpForm />
    </div>
  );
}
