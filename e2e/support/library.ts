// A teacher's own library document, added and edited through the library's forms as a teacher would.
import type { Page } from "@playwright/test";
import { LIBRARY_DOCUMENT_TEXT } from "../../tests/support/library-document";
import { expect } from "../fixtures";

/** Adds LIBRARY_DOCUMENT_TEXT under `title` from /teach/library/new; returns the document's id (its review page). */
export async function addLibraryDocument(page: Page, title: string): Promise<string> {
  await page.goto("/teach/library/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Kind").selectOption("other");
  await page.getByLabel("Text", { exact: true }).fill(LIBRARY_DOCUMENT_TEXT);
  await page.getByRole("button", { name: "Add document" }).click();
  await expect(page.getByText("Document added.")).toBeVisible({ timeout: 60_000 });
  return decodeURIComponent(new URL(page.url()).pathname.split("/").pop() as string);
}

/** Adds a sentence to the document's text, so its review page has a last edit to show. */
export async function extendLibraryDocument(page: Page, documentId: string, sentence: string): Promise<void> {
  await page.goto(`/teach/library/${documentId}/edit`);
  const text = page.getByLabel("Text", { exact: true });
  await text.fill(`${await text.inputValue()}\n\n${sentence}\n`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "What the last edit changed" })).toBeVisible({ timeout: 60_000 });
}
