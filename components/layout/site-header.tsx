import Link from "next/link";
import type { SessionUser } from "@/lib/domain/auth/access";
import { buttonClasses } from "@/components/ui/button";
import { NavLinks, type NavItem } from "./nav-links";
import { UserMenu } from "./user-menu";

export const PRODUCT_NAME = "Pacific Bridge";

const PUBLIC_NAV: NavItem[] = [
  { href: "/lessons", label: "Lessons" },
  { href: "/timeline", label: "Timeline" },
];

const LEARNER_NAV: NavItem[] = [
  { href: "/study", label: "Flashcards" },
  { href: "/quiz", label: "Quiz" },
  { href: "/progress", label: "Progress" },
];

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-serif text-lg font-semibold text-stone-950">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-brand-700" />
          {PRODUCT_NAME}
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <NavLinks items={user ? [...PUBLIC_NAV, ...LEARNER_NAV] : PUBLIC_NAV} />
        </nav>
        <div className="ml-auto flex items-center gap-2">
          {user ? (
            <UserMenu name={user.name} email={user.email} role={user.role} />
          ) : (
            <>
              <Link href="/sign-in" className={buttonClasses("ghost")}>
                Sign in
              </Link>
              <Link href="/sign-up" className={buttonClasses("primary")}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
