import { countAnswers, PASSWORD, signUp } from "./support/learner";
import { answerTrueFalse, withTwoPeople, createClass, expireAttempt, localInput, publishTrueFalseAssignment } from "./support/teacher";
import { expect, test, uniqueEmail } from "./fixtures";

// Two people, each signing up and working through several pages.
test.describe.configure({ timeout: 240_000 });

test("a teacher sets work with an override due yesterday; the student joins by code, answers one wrong, and is marked late", async ({
  browser,
  trackUser,
}) => {
  await withTwoPeople(browser, async (teacher, student) => {
    await signUp(teacher, trackUser(uniqueEmail("teacher")), "Tomoko Teacher", "teacher");
    await expect(teacher.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" })).toBeVisible();
    const code = await createClass(teacher, "History 9");

    await signUp(student, trackUser(uniqueEmail("student")), "Rosa Student", "student");
    await student.goto("/classes");
    await student.getByLabel("Class code").fill("ZZZ ZZZ");
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student.getByText("No class has that code.")).toBeVisible();
    await student.getByLabel("Class code").fill(code.toLowerCase());
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student.getByText("You joined the class.")).toBeVisible();
    await expect(student.getByRole("list", { name: "Your classes" })).toContainText("History 9");

    await teacher.reload();
    await expect(teacher.getByRole("heading", { name: "Students (1)" })).toBeVisible();
    const assignmentUrl = await publishTrueFalseAssignment(teacher, { title: "Treaty dates", count: 3, lateUntilHours: 48 * 7 + 24 });
    await teacher.getByText("Accommodations for Rosa Student").click();
    await teacher.getByLabel("Own due date").fill(localInput(-24));
    await teacher.getByRole("button", { name: "Save", exact: true }).click();
    await expect(teacher.getByText("Accommodation saved.")).toBeVisible();

    // Assigned work comes first on the student's home, in the same state as on /assignments, due in their own zone.
    await student.goto("/");
    const today = student.getByTestId("today-assigned");
    await expect(today.getByTestId("assigned-work").filter({ hasText: "Treaty dates" })).toContainText("Missing");
    await expect(today).toContainText(/due \w{3}, \d{1,2} \w{3} \d{4}, \d\d:\d\d \(America\/Lima\)/);
    const homeBox = await today.boundingBox();
    const cardsBox = await student.getByTestId("today-cards").boundingBox();
    expect(homeBox!.y).toBeLessThan(cardsBox!.y);

    await student.goto("/assignments");
    const work = student.getByTestId("assigned-work").filter({ hasText: "Treaty dates" });
    await expect(work).toContainText("Missing");
    await work.getByRole("link", { name: "Treaty dates" }).click();
    await student.getByRole("button", { name: "Start" }).click();
    await expect(student).toHaveURL(/\/quiz\/[\w-]+$/);
    const attemptId = new URL(student.url()).pathname.split("/").pop() as string;
    await answerTrueFalse(student, "wrong");
    await answerTrueFalse(student, "right");
    await answerTrueFalse(student, "right");
    await expect(student.getByRole("heading", { level: 1 })).toHaveText("Treaty dates: results");
    expect(await countAnswers(attemptId)).toBe(3);

    await teacher.goto(assignmentUrl);
    const row = teacher.getByTestId("result-Rosa Student");
    await expect(row).toContainText("Submitted late");
    await expect(row).toContainText("Score: 67%");
  }, { timezoneId: "America/Lima" });
});

test("a signed-out visitor of a join link signs up and lands in the class; when the time limit runs out the attempt is submitted with what was answered", async ({
  browser,
  trackUser,
}) => {
  await withTwoPeople(browser, async (teacher, student) => {
    await signUp(teacher, trackUser(uniqueEmail("teacher")), "Timed Teacher", "teacher");
    const code = await createClass(teacher, "Timed class");
    const joinPath = `/join/${code.replace(" ", "")}`;
    await student.goto(joinPath);
    await student.getByRole("main").getByRole("link", { name: "Create an account" }).click();
    await student.getByLabel("Name").fill("Timed Student");
    await student.getByLabel("Email").fill(trackUser(uniqueEmail("student")));
    await student.getByLabel("Password").fill(PASSWORD);
    await student.getByRole("button", { name: "Create account" }).click();
    await expect(student).toHaveURL("/classes?notice=joined-class", { timeout: 60_000 });
    await expect(student.getByText("You joined the class.")).toBeVisible();

    await teacher.reload();
    await publishTrueFalseAssignment(teacher, { title: "Quick check", count: 3, timeLimitMinutes: 1 });

    await student.goto("/assignments");
    await student.getByRole("link", { name: "Quick check" }).click();
    await student.getByRole("button", { name: "Start" }).click();
    await expect(student.getByTestId("time-left")).toContainText(/Time left: [01]:\d\d/);
    const attemptId = new URL(student.url()).pathname.split("/").pop() as string;
    await answerTrueFalse(student, "right");
    await expireAttempt(attemptId);
    await student.getByRole("radio").first().check();
    await student.getByRole("button", { name: "Check answer" }).click();
    await expect(student.getByText("Time is up: your attempt was submitted")).toBeVisible();
    await expect(student.getByRole("heading", { level: 1 })).toHaveText("Quick check: results");
    expect(await countAnswers(attemptId)).toBe(1);
  });
});
