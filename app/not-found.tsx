import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errorPages");
  return (
    <div className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-stone-700">{t("notFoundBody")}</p>
      <Link href="/" className="font-medium text-brand-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
