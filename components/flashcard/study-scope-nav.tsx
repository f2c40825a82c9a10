import Link from "next/link";
import { useTranslations } from "next-intl";

/** All lessons, or one: links rather than a form so each scope has its own address. */
export function StudyScopeNav({ lessons, current }: { lessons: { id: string; title: string }[]; current: string | null }) {
  const t = useTranslations("study");
  const items = [{ href: "/study", label: t("allLessons"), active: current === null }].concat(
    lessons.map((lesson) => ({
      href: `/study?lesson=${encodeURIComponent(lesson.id)}`,
      label: lesson.title,
      active: current === lesson.id,
    })),
  );
  return (
    <nav aria-label={t("scope")}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={`block rounded-full border px-3 py-1 ${item.active ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-stone-300 text-stone-700 hover:bg-stone-100"}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
