import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

/** A brand-new learner sees where to begin, not a page of empty charts. */
export function ProgressEmptyState() {
  const t = useTranslations("progress.empty");
  return (
    <section aria-labelledby="progress-empty-heading" className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h2 id="progress-empty-heading" className="text-xl font-semibold text-stone-950">
        {t("title")}
      </h2>
      <p className="mt-2 max-w-prose text-stone-700">
        {t("body")}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href="/study" className={buttonClasses("primary")}>
          {t("study")}
        </Link>
        <Link href="/quiz" className={buttonClasses("secondary")}>
          {t("quiz")}
        </Link>
      </div>
    </section>
  );
}
