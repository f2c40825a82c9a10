"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPages");
  return (
    <div role="alert" className="space-y-3">
      <h1 className="font-serif text-3xl font-semibold">{t("errorTitle")}</h1>
      <p className="text-stone-700">{t("errorBody")}</p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        {t("tryAgain")}
      </button>
    </div>
  );
}
