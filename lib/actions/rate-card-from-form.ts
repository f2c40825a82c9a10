"use server";

import { redirect } from "next/navigation";
import { studyHref } from "@/lib/domain/scheduling/study-href";
import { rateAndShowNext } from "./rate-and-show-next";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" && value !== "" ? value : null;
};

/** The rating buttons' POST without JavaScript: rateAndShowNext checks the caller and the input, then the next card. */
export async function rateCardFromForm(formData: unknown): Promise<void> {
  if (!(formData instanceof FormData)) redirect(studyHref({ lesson: null }));
  const lesson = text(formData, "lesson");
  const result = await rateAndShowNext({
    cardId: text(formData, "cardId") ?? "",
    // Digits only: Number() reads "" and whitespace as 0, a version the card really has.
    expectedVersion: /^\d{1,9}$/.test(text(formData, "expectedVersion") ?? "") ? Number(text(formData, "expectedVersion")) : Number.NaN,
    rating: text(formData, "rating") as "good",
    lesson,
  });
  redirect(studyHref({ lesson, notice: result.ok ? null : result.code }));
}
