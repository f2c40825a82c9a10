import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errorPages");
  return (
    <div className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="text-stone-700">{t("forbiddenBody")}</p>
      <Link href="/" className="font-medium text-brand-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
