import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

/** Plain download links: they work without JavaScript and the route checks who is asking. */
export function ExportCardsLinks({ cardCount }: { cardCount: number }) {
  const t = useTranslations("progress");
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700">
        {t("export_body", { count: cardCount })}
      </p>
      <div className="flex flex-wrap gap-3">
        <a href="/api/export/cards?format=csv" download className={buttonClasses("secondary")}>
          {t("export_csv")}
        </a>
        <a href="/api/export/cards?format=anki" download className={buttonClasses("secondary")}>
          {t("export_anki")}
        </a>
      </div>
      <p className="text-xs text-stone-600">
        {t("export_ankiHint")}
      </p>
    </div>
  );
}
