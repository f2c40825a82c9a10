import { readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { deleteUsers, expect, test, uniqueEmail } from "./fixtures";
import { seedAxeClass, type AxeClass } from "./support/axe-class";
import { answer, signUp, startQuiz, waitUntilReady } from "./support/learner";
import { addLibraryDocument, extendLibraryDocument } from "./support/library";
import { lessonWithFewQuestions, userIdOf } from "./support/results-class";

// Every page of the app, scanned by axe-core as each kind of visitor sees it, on a desktop and a phone.
// The page list is checked against app/**/page.tsx, so a new page fails here until it is scanned.

type Role = "signed out" | "student" | "teacher";
/** What the scan seeds first: a class with work in it, and a document in the teacher's library, edited once. */
type Seeded = AxeClass & { documentId: string };
type PathFor = (seeded: Seeded) => string;

const LESSON = "japan-peru-relations-encyclopedia";

/** Route (as written under app/, route groups dropped) → the address scanned for it, per visitor. */
const PAGES: Record<Role, Record<string, PathFor>> = {
  "signed out": {
    "/": () => "/",
    "/lessons": () => "/lessons",
    "/lessons/[slug]": () => `/lessons/${LESSON}`,
    "/timeline": () => "/timeline",
    "/sign-in": () => "/sign-in",
    "/sign-up": () => "/sign-up",
    "(not found)": () => "/no-such-page",
    // Where a form posted without JavaScript lands when its action failed, for each reason it names.
    "/not-saved": () => "/not-saved?reason=database",
    "(not saved, other failure)": () => "/not-saved",
  },
  student: {
    "/": () => "/",
    "/lessons": () => "/lessons",
    "/lessons/[slug]": () => "/lessons/abe-humala-summit-2014",
    "/timeline": () => "/timeline",
    "/progress": () => "/progress",
    "/settings": () => "/settings",
    "/quiz": () => "/quiz",
    "/classes": () => "/classes",
    "/join/[code]": (s) => `/join/${s.joinCode}`,
    "/assignments": () => "/assignments",
    "/assignments/[assignmentId]": (s) => `/assignments/${s.assignmentId}`,
    "/assignments/[assignmentId]/results": (s) => `/assignments/${s.assignmentId}/results`,
    "(spaced results)": (s) => `/assignments/${s.spacedAssignmentId}/results`,
  },
  teacher: {
    "/teach": () => "/teach",
    "/teach/classes/[classId]": (s) => `/teach/classes/${s.classId}`,
    "/teach/classes/[classId]/progress": (s) => `/teach/classes/${s.classId}/progress`,
    "/teach/classes/[classId]/assignments/new": (s) => `/teach/classes/${s.classId}/assignments/new`,
    "/teach/classes/[classId]/assignments/[assignmentId]/results": (s) => `/teach/classes/${s.classId}/assignments/${s.assignmentId}/results`,
    "/teach/assignments/[assignmentId]": (s) => `/teach/assignments/${s.assignmentId}`,
    "/teach/assignments/[assignmentId]/edit": (s) => `/teach/assignments/${s.assignmentId}/edit`,
    "(spaced assignment)": (s) => `/teach/assignments/${s.spacedAssignmentId}`,
    "/teach/library": () => "/teach/library",
    "/teach/library/new": () => "/teach/library/new",
    "/teach/library/[documentId]": (s) => `/teach/library/${s.documentId}`,
    "/teach/library/[documentId]/edit": (s) => `/teach/library/${s.documentId}/edit`,
  },
};

/** Routes scanned by walking through them (a card turned, a quiz answered) rather than by address. */
const WALKED = ["/study", "/quiz/[attemptId]"];

const VIEWPORTS: { name: string; options: BrowserContextOptions }[] = [
  { name: "desktop", options: { viewport: { width: 1280, height: 800 } } },
  { name: "phone", options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
];

/** The routes under app/: "app/(learn)/lessons/[slug]/page.tsx" → "/lessons/[slug]". */
function appRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") routes.push(prefix || "/");
    if (!entry.isDirectory() || entry.name === "api") continue;
    const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
    routes.push(...appRoutes(path.join(dir, entry.name), prefix + segment));
  }
  return routes;
}

/** Every axe violation on the page, of any impact, as one line per element (empty when there are none). */
async function violations(page: Page, state = ""): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const where = new URL(page.url()).pathname + (state ? ` [${state}]` : "");
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${where} ${violation.id} (${violation.impact}): ${node.target.join(" ")}`),
  );
}

async function scanAll(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const address of paths) {
    const response = await page.goto(address);
    // A page that fails to render is not a page without violations.
    if (address !== "/no-such-page") expect(response?.status(), address).toBeLessThan(400);
    found.push(...(await violations(page)));
  }
  return found;
}

/** The study and quiz screens in each state a learner meets: card turned, menu open, feedback, the finish question, results. */
async function walkStudyAndQuiz(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.goto("/study");
  await waitUntilReady(page, "study-session");
  found.push(...(await violations(page, "card front")));
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByTestId("card-back")).toBeVisible();
  found.push(...(await violations(page, "card back")));
  await page.getByTestId("user-name").click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  found.push(...(await violations(page, "account menu open")));
  await page.keyboard.press("Escape");

  await startQuiz(page, { count: 5, onlyKind: "Put events in order" });
  found.push(...(await violations(page, "ordering question")));
  await answer(page, "wrong");
  found.push(...(await violations(page, "answer feedback")));
  await page.getByRole("link", { name: "Next question" }).click();
  await page.getByRole("link", { name: "Finish now…" }).click();
  await expect(page.getByTestId("finish-confirm")).toBeVisible();
  found.push(...(await violations(page, "finish now?")));
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page.getByTestId("quiz-score")).toBeVisible();
  await page.getByText(/Review what you missed/).click();
  found.push(...(await violations(page, "results, review open")));
  return found;
}

test("every page under app/ is in the accessibility scan", () => {
  const covered = new Set([...Object.values(PAGES).flatMap((pages) => Object.keys(pages)), ...WALKED]);
  expect(appRoutes().filter((route) => !covered.has(route)).sort()).toEqual([]);
});

test.describe("axe-core finds no violations of any impact", () => {
  // One sign-up per role for the whole file; each viewport reuses the saved session in its own context.
  const emails: string[] = [];
  const sessions: Partial<Record<Role, string>> = {};
  let seeded: Seeded;

  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(240_000);
    const signUpAs = async (role: "student" | "teacher", name: string) => {
      const context = await browser.newContext();
      const email = uniqueEmail(`axe-${role}`);
      emails.push(email);
      await signUp(await context.newPage(), email, name, role);
      sessions[role] = testInfo.outputPath(`${role}-session.json`);
      await context.storageState({ path: sessions[role] });
      await context.close();
      return userIdOf(email);
    };
    const studentId = await signUpAs("student", "Alma Axe");
    const teacherId = await signUpAs("teacher", "Teo Axe");
    const classmates = ["Ana Quispe", "Ben Sato"].map((name) => ({ name, email: uniqueEmail(`axe-${name.split(" ")[0]!.toLowerCase()}`) }));
    emails.push(...classmates.map((c) => c.email));
    const axeClass = await seedAxeClass(teacherId, studentId, classmates, (await lessonWithFewQuestions()).id);
    const teacher = await browser.newContext({ storageState: sessions.teacher });
    try {
      const page = await teacher.newPage();
      const documentId = await addLibraryDocument(page, "The Meiji embassy to Lima");
      await extendLibraryDocument(page, documentId, "Japan and Peru marked 150 years of diplomatic relations in 2023.");
      seeded = { ...axeClass, documentId };
    } finally {
      await teacher.close();
    }
  });

  test.afterAll(async () => {
    await deleteUsers(emails);
  });

  async function inContext(browser: Browser, role: Role, options: BrowserContextOptions, run: (page: Page) => Promise<string[]>) {
    const context = await browser.newContext({ ...options, storageState: role === "signed out" ? undefined : sessions[role] });
    try {
      return await run(await context.newPage());
    } finally {
      await context.close();
    }
  }

  for (const { name, options } of VIEWPORTS) {
    for (const role of Object.keys(PAGES) as Role[]) {
      test(`${role}, ${name}: every page`, async ({ browser }) => {
        // Axe reads every node of long pages (the timeline); on a shared machine that takes a while.
        test.setTimeout(600_000);
        const found = await inContext(browser, role, options, async (page) => {
          const scanned = await scanAll(page, Object.values(PAGES[role]).map((pathFor) => pathFor(seeded)));
          return role === "student" ? [...scanned, ...(await walkStudyAndQuiz(page))] : scanned;
        });
        expect(found).toEqual([]);
      });
    }
  }
});
