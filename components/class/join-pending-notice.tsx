import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/** On the sign-in and sign-up pages reached from a join link: which class the visitor joins once signed in. */
export async function JoinPendingNotice({ joining }: { joining: { name: string; teacherName: string } | null }) {
  if (!joining) return null;
  const t = await getTranslations("join");
  return (
    <div className="mb-6">
      <Alert tone="info">{t("pending", { name: joining.name, teacher: joining.teacherName })}</Alert>
    </div>
  );
}
