import Link from "next/link";
import { useTranslations } from "next-intl";
import { publishDocument } from "@/lib/actions/publish-document";
import { buttonClasses } from "@/components/ui/button";
import type { PublicationOptionView } from "@/lib/domain/library/views";

/** Tick the classes whose students see this document; untick all to keep it to yourself. */
export function PublishForm({ documentId, classes }: { documentId: string; classes: PublicationOptionView[] }) {
  const t = useTranslations("teach.document");
  if (classes.length === 0) {
    return (
      <p className="text-sm text-stone-700">
        {t("noClass")} <Link href="/teach" className="text-brand-800 underline">{t("createOne")}</Link> {t("toPublish")}
      </p>
    );
  }
  return (
    <form action={publishDocument} className="space-y-3">
      <input type="hidden" name="documentId" value={documentId} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t("classesThatSee")}</legend>
        {classes.map((c) => (
          <label key={c.classId} className="flex items-center gap-2">
            <input type="checkbox" name="classIds" value={c.classId} defaultChecked={c.published} className="h-4 w-4" />
            {c.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" className={buttonClasses("primary")}>{t("savePublishing")}</button>
    </form>
  );
}
