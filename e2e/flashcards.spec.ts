import { expect, test, uniqueEmail } from "./fixtures";
import { signUp, waitUntilReady } from "./support/learner";

test("a new learner studies with the keyboard, undoes a rating and picks up after a reload", async ({ page, trackUser }) => {
  await signUp(page, trackUser(uniqueEmail("flashcards")), "Flash Learner");
  await page.goto("/study");
  await waitUntilReady(page, "study-session");

  const card = page.getByTestId("flashcard");
  const prompt = page.getByTestId("card-prompt");
  const due = page.getByTestId("count-due");
  const newLeft = page.getByTestId("count-new");
  await expect(due).toHaveText("0");
  await expect(newLeft).toHaveText("20");

  // Again comes last so no card falls due (1 min) while the test runs; it is the one undone.
  const keys = ["3", "4", "2", "3", "1"];
  let lastCardId = "";
  let lastPrompt = "";
  for (const [index, key] of keys.entries()) {
    lastCardId = (await card.getAttribute("data-card-id")) ?? "";
    lastPrompt = (await prompt.textContent()) ?? "";
    expect(lastCardId).not.toBe("");
    await expect(page.getByTestId("card-back")).toHaveCount(0);

    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible();
    const lessonLink = page.getByRole("link", { name: "Read it in the lesson" });
    await expect(lessonLink).toHaveAttribute("href", /^\/lessons\/[^#/]+#.+$/);
    await expect(page.getByTestId("card-back").locator("blockquote").first()).not.toBeEmpty();
    if (index === 0) {
      // A new card: each button shows its key and the interval it schedules.
      await expect(page.getByRole("button", { name: /Again/ })).toContainText("1");
      await expect(page.getByRole("button", { name: /Again/ })).toContainText("1 min");
      await expect(page.getByRole("button", { name: /Good/ })).toContainText("10 min");
      await expect(page.getByRole("button", { name: /Easy/ })).toContainText(/\d+ d/);
    }

    await page.keyboard.press(key);
    await expect(card).not.toHaveAttribute("data-card-id", lastCardId);
    await expect(newLeft).toHaveText(String(20 - (index + 1)));
  }
  await expect(due).toHaveText("0");

  await page.keyboard.press("u");
  await expect(card).toHaveAttribute("data-card-id", lastCardId);
  await expect(prompt).toHaveText(lastPrompt);
  await expect(newLeft).toHaveText("16");
  await expect(page.getByTestId("study-announcement")).toContainText("undone");

  await page.reload();
  await waitUntilReady(page, "study-session");
  await expect(card).toHaveAttribute("data-card-id", lastCardId);
  await expect(due).toHaveText("0");
  await expect(newLeft).toHaveText("16");

  // The session carries on from the database: rate the card again and the count moves on.
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await page.keyboard.press("3");
  await expect(newLeft).toHaveText("15");
  await expect(card).not.toHaveAttribute("data-card-id", lastCardId);
});

test("settings save the desired retention with its workload line, and can switch shortcuts off", async ({ page, trackUser }) => {
  await signUp(page, trackUser(uniqueEmail("settings")), "Settings Learner");
  await page.goto("/settings");
  await waitUntilReady(page, "study-settings-form");

  const retention = page.getByLabel("Desired retention", { exact: true });
  const workload = page.getByTestId("workload-line");
  await expect(retention).toHaveValue("0.90");
  await expect(workload).toHaveText("Workload: 0.90 is the default workload.");

  await retention.fill("0.95");
  await expect(workload).toHaveText(/^Workload: 0\.95 ≈ \d\.\d× the reviews of 0\.90\.$/);
  await page.getByLabel("Desired retention slider").press("ArrowRight");
  await expect(retention).toHaveValue("0.96");
  await expect(workload).toContainText("0.96 ≈");

  await retention.fill("0.99");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Choose a retention from 0.80 to 0.97.")).toBeVisible();

  await retention.fill("0.95");
  await page.getByLabel("Keyboard shortcuts while studying").uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();

  await page.reload();
  await waitUntilReady(page, "study-settings-form");
  await expect(retention).toHaveValue("0.95");
  await expect(page.getByLabel("Keyboard shortcuts while studying")).not.toBeChecked();

  // With shortcuts off, keys do nothing on the study page; the buttons still work.
  await page.goto("/study");
  await waitUntilReady(page, "study-session");
  await expect(page.getByText("Keyboard shortcuts are off.")).toBeVisible();
  await page.locator("body").press("Space");
  await expect(page.getByTestId("card-back")).toHaveCount(0);
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByTestId("card-back")).toBeVisible();
  const cardId = await page.getByTestId("flashcard").getAttribute("data-card-id");
  await page.locator("body").press("3");
  await expect(page.getByTestId("count-new")).toHaveText("20");
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByTestId("flashcard")).not.toHaveAttribute("data-card-id", cardId ?? "");
  await expect(page.getByTestId("count-new")).toHaveText("19");
});
