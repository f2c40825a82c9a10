import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { pageErrorKey, pageNoticeKey } from "@/lib/domain/i18n/page-notices";

/** The outcome of a button that posted and came back (?notice= or ?error=), in the reader's language, announced to screen readers. */
export async function PageNotice({ notice, error }: { notice: string | undefined; error: string | undefined }) {
  const errorKey = pageErrorKey(error);
  const noticeKey = pageNoticeKey(notice);
  if (!errorKey && !noticeKey) return null;
  const t = await getTranslations();
  if (errorKey) return <div className="mb-6"><Alert>{t(errorKey)}</Alert></div>;
  return <div className="mb-6"><Alert tone="success">{t(noticeKey!)}</Alert></div>;
}
