import { expect, test, uniqueEmail } from "./fixtures";
import { PASSWORD, signUp } from "./support/learner";
import { createClass } from "./support/teacher";

// A teacher and a visitor each sign up or in: several slow password hashes.
test.describe.configure({ timeout: 180_000 });

test("a new visitor follows a join link with JavaScript off, creates an account from it, and lands in the class", async ({ browser, trackUser }) => {
  const teacherContext = await browser.newContext();
  const visitorContext = await browser.newContext({ javaScriptEnabled: false });
  try {
    const teacher = await teacherContext.newPage();
    await signUp(teacher, trackUser(uniqueEmail("join-teacher")), "Link Teacher", "teacher");
    const code = await createClass(teacher, "Link class");
    const joinPath = `/join/${code.replace(" ", "")}`;

    const visitor = await visitorContext.newPage();
    const addresses: string[] = [];
    visitor.on("framenavigated", (frame) => {
      if (frame === visitor.mainFrame()) addresses.push(frame.url());
    });
    await visitor.goto(joinPath);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Join Link class");
    const offer = visitor.getByTestId("join-signed-out");
    await expect(offer.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(joinPath)}`);
    await offer.getByRole("link", { name: "Create an account" }).click();
    await expect(visitor.getByText("You join Link class (teacher: Link Teacher) as soon as you are signed in.")).toBeVisible();
    const email = trackUser(uniqueEmail("join-visitor"));
    await visitor.getByLabel("Name").fill("Nora Newcomer");
    await visitor.getByLabel("Email").fill(email);
    await visitor.getByLabel("Password").fill(PASSWORD);
    await visitor.getByRole("button", { name: "Create account" }).click();
    await expect(visitor).toHaveURL("/classes?notice=joined-class", { timeout: 60_000 });
    await expect(visitor.getByText("You joined the class.")).toBeVisible();
    await expect(visitor.getByRole("list", { name: "Your classes" })).toContainText("Link class");
    // The form posted: neither the password nor the email ever showed in an address.
    for (const address of addresses) {
      expect(address).not.toContain(encodeURIComponent(PASSWORD));
      expect(address).not.toContain("password");
      expect(address).not.toContain(encodeURIComponent(email));
    }

    await teacher.reload();
    await expect(teacher.getByRole("heading", { name: "Students (1)" })).toBeVisible();
    await expect(teacher.getByRole("table", { name: "Students in this class" })).toContainText("Nora Newcomer");
  } finally {
    await teacherContext.close();
    await visitorContext.close();
  }
});

test("an existing student signs in from a join link and lands in the class; a class with joining off offers no sign-in", async ({ browser, trackUser }) => {
  const teacherContext = await browser.newContext();
  const studentContext = await browser.newContext();
  try {
    const teacher = await teacherContext.newPage();
    await signUp(teacher, trackUser(uniqueEmail("join-teacher")), "Link Teacher", "teacher");
    const code = await createClass(teacher, "Returning class");
    const joinPath = `/join/${code.replace(" ", "")}`;

    // An account made earlier, then signed out (its context closed).
    const email = trackUser(uniqueEmail("join-returning"));
    const earlier = await browser.newContext();
    await signUp(await earlier.newPage(), email, "Rita Returning");
    await earlier.close();

    const student = await studentContext.newPage();
    await student.goto(joinPath);
    await student.getByTestId("join-signed-out").getByRole("link", { name: "Sign in" }).click();
    await expect(student.getByText("You join Returning class (teacher: Link Teacher) as soon as you are signed in.")).toBeVisible();
    await student.getByLabel("Email").fill(email);
    await student.getByLabel("Password").fill(PASSWORD);
    await student.getByRole("button", { name: "Sign in" }).click();
    await expect(student).toHaveURL("/classes?notice=joined-class", { timeout: 60_000 });
    await expect(student.getByRole("list", { name: "Your classes" })).toContainText("Returning class");
    await teacher.reload();
    await expect(teacher.getByRole("heading", { name: "Students (1)" })).toBeVisible();

    // Joining switched off: the link's page says so and offers nothing to sign into.
    await teacher.getByRole("button", { name: "Turn joining off" }).click();
    await expect(teacher.getByText("Joining is off")).toBeVisible();
    const stranger = await browser.newContext();
    try {
      const page = await stranger.newPage();
      await page.goto(joinPath);
      await expect(page.getByText("This class isn’t taking new students right now.")).toBeVisible();
      await expect(page.getByTestId("join-signed-out")).toHaveCount(0);
    } finally {
      await stranger.close();
    }
  } finally {
    await teacherContext.close();
    await studentContext.close();
  }
});
