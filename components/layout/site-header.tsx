import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/domain/auth/access";
import { buttonClasses } from "@/components/ui/button";
import { NavLinks, type NavItem } from "./nav-links";
import { UserMenu } from "./user-menu";

export const PRODUCT_NAME = "Pacific Bridge";

const PUBLIC_NAV = [
  { href: "/lessons", key: "lessons" },
  { href: "/timeline", key: "timeline" },
] as const;

const LEARNER_NAV = [
  { href: "/assignments", key: "assignments" },
  { href: "/study", key: "flashcards" },
  { href: "/quiz", key: "quiz" },
  { href: "/progress", key: "progress" },
  { href: "/classes", key: "classes" },
] as const;

// A teacher's app is their classes; the lessons and timeline stay one click away.
const TEACHER_NAV = [
  { href: "/teach", key: "classes" },
  { href: "/teach/library", key: "library" },
] as const;

function navFor(user: SessionUser | null) {
  if (!user) return PUBLIC_NAV;
  return user.role === "teacher" ? [...TEACHER_NAV, ...PUBLIC_NAV] : [...PUBLIC_NAV, ...LEARNER_NAV];
}

export async function SiteHeader({ user }: { user: SessionUser | null }) {
  const t = await getTranslations("layout");
  const items: NavItem[] = navFor(user).map(({ href, key }) => ({ href, label: t(`nav.${key}`) }));
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:py-3">
        <Link href="/" className="flex items-center gap-2 font-serif text-lg font-semibold text-stone-950">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-brand-700" />
          {PRODUCT_NAME}
        </Link>
        <nav aria-label={t("nav.main")} className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <NavLinks items={items} />
        </nav>
        <div className="ml-auto flex items-center gap-2">
          {user ? (
            <UserMenu name={user.name} email={user.email} role={user.role} />
          ) : (
            <>
              <Link href="/sign-in" className={buttonClasses("ghost")}>
                {t("signIn")}
              </Link>
              <Link href="/sign-up" className={buttonClasses("primary")}>
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
