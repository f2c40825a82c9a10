"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, type KeyboardEvent } from "react";
import { signOut } from "@/lib/actions/sign-out";

/**
 * The account menu: a <details> so it opens without JavaScript; Escape closes it and returns focus.
 * The summary's name starts with the visible name, so speech users can say what they see.
 */
export function UserMenu({ name, email, role }: { name: string; email: string; role: "student" | "teacher" }) {
  const t = useTranslations("layout");
  const menu = useRef<HTMLDetailsElement>(null);

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== "Escape" || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector("summary")?.focus();
  }

  return (
    <details ref={menu} className="relative" onKeyDown={closeOnEscape} data-testid="user-menu">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100">
        <span
          aria-hidden="true"
          className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xs font-bold text-brand-800"
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="max-w-[7rem] truncate sm:max-w-[12rem]" data-testid="user-name">
          {name}
        </span>
        <span className="sr-only">: {t("accountMenu")}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-md border border-stone-200 bg-white p-3 shadow-lg">
        <p className="text-sm font-semibold text-stone-900">{name}</p>
        <p className="truncate text-xs text-stone-600">{email}</p>
        <p className="mt-1 text-xs text-stone-600">{t(`roles.${role}`)}</p>
        <Link href="/settings" className="mt-3 block rounded-md px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100">
          {t("studySettings")}
        </Link>
        <form action={signOut}>
          <button
            type="submit"
            className="mt-1 w-full rounded-md border border-stone-300 px-3 py-2 text-left text-sm font-medium hover:bg-stone-100"
          >
            {t("signOut")}
          </button>
        </form>
      </div>
    </details>
  );
}
