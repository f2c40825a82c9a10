"use server";

import { redirect } from "next/navigation";
import { studyHref } from "@/lib/domain/scheduling/study-href";
import { rateAndShowNext } from "./rate-and-show-next";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" && value !== "" ? value : null;
};

/** The rating buttons' POST without JavaScript: rateAndShowNext checks the caller and the input, then the next card. */
export async function rateCardFromForm(formData: FormData): Promise<void> {
  const lesson = text(formData, "lesson");
  const result = await rateAndShowNext({
    cardId: text(formData, "cardId") ?? "",
    expectedVersion: Number(text(formData, "expectedVersion") ?? Number.NaN),
    rating: text(formData, "rating") as "good",
    lesson,
  });
  redirect(studyHref({ lesson, notice: result.ok ? null : result.code }));
}
