"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useState } from "react";

export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <details className="relative">
      <summary
        className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100"
        aria-label={`Account menu for ${name}`}
      >
        <span
          aria-hidden="true"
          className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-100 text-xs font-bold text-brand-800"
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden sm:inline" data-testid="user-name">
          {name}
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-stone-200 bg-white p-3 shadow-lg">
        <p className="text-sm font-semibold text-stone-900">{name}</p>
        <p className="truncate text-xs text-stone-600">{email}</p>
        <p className="mt-1 text-xs capitalize text-stone-600">{role}</p>
        <Link href="/settings" className="mt-3 block rounded-md px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100">
          Study settings
        </Link>
        <button
          type="button"
          disabled={signingOut}
          onClick={() => {
            setSigningOut(true);
            void signOut({ callbackUrl: "/" });
          }}
          className="mt-1 w-full rounded-md border border-stone-300 px-3 py-2 text-left text-sm font-medium hover:bg-stone-100"
        >
          {signingOut ? "Signing out…" : "Sign out"}
        </button>
      </div>
    </details>
  );
}
