import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errorPages"))("notSavedTitle") };
}

/** Where a form posted without JavaScript lands when its action failed (see withNoScriptFailurePage). */
export default async function NotSavedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ reason }, t] = await Promise.all([searchParams, getTranslations("errorPages")]);
  return (
    <div role="alert" className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">{t("notSavedTitle")}</h1>
      <p className="text-stone-700">{reason === "database" ? t("notSavedDatabase") : t("notSavedOther")}</p>
      <Link href="/" className="font-medium text-brand-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
