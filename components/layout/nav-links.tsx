"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    // One row: on a phone it scrolls sideways rather than pushing the page's task below the fold.
    <ul className="-mx-1 flex gap-1 overflow-x-auto text-sm sm:flex-wrap sm:overflow-visible">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`block whitespace-nowrap rounded-md px-2.5 py-1.5 font-medium sm:px-3 sm:py-2 ${current ? "bg-brand-50 text-brand-800" : "text-stone-700 hover:bg-stone-100"}`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
