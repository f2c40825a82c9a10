"use server";

import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/lib/domain/i18n/locales";

/** The language switch (a plain form post): remembers the choice for a year; anything else is ignored. */
export async function setLocale(formData: unknown): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}
