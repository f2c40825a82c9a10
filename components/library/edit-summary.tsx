import { useTranslations } from "next-intl";
import type { DocumentEditView } from "@/lib/domain/library/views";

function PromptList({ title, items }: { title: string; items: { id: string; prompt: string }[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold text-stone-800">{title}</h3>
      <ul className="ml-5 list-disc text-sm text-stone-800">
        {items.map((item) => (
          <li key={item.id}>{item.prompt}</li>
        ))}
      </ul>
    </div>
  );
}

/** What the last edit changed: questions added and removed (learners keep their history of removed ones), and how many stayed. */
export function EditSummary({ edit }: { edit: DocumentEditView }) {
  const t = useTranslations("teach.document");
  return (
    <div className="space-y-3 rounded-lg border border-sky-200 bg-sky-50 p-4" data-testid="edit-summary">
      <p className="text-sm text-stone-800">
        {t("summary", { added: edit.added.length, removed: edit.removed.length, kept: edit.keptCount })}
      </p>
      <PromptList title={t("added")} items={edit.added} />
      <PromptList title={t("removed")} items={edit.removed} />
    </div>
  );
}
