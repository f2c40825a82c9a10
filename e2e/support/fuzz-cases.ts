// Seeded malformed requests for every endpoint the authorization matrix knows. Each starts from the matrix's
// well-formed call, made by the caller who owns the ids (so the request reaches validation, not only the
// sign-in check), and breaks it: a field missing, huge, full of control characters, of the wrong type, a
// traversal or injection string, someone else's id; or the whole argument replaced by something that is not
// the form at all. Every case must be refused, so none may write a row.
import { mulberry32, type Rng } from "@/lib/domain/generation/prng";
import type { Endpoint } from "../../tests/support/endpoints";
import type { ActionArgs, FormFields } from "./endpoint-calls";
import { MATRIX } from "./endpoint-matrix";
import type { Actor, SideIds } from "./endpoint-world";

/** How strictly a field is read: any bad value is refused ("strict"), or only missing/huge/control text ("text"). */
type FieldKind = "id" | "strict" | "text";

/**
 * The fields of each action whose every bad value must be refused. Fields a form may leave blank or that take
 * any text (a response to a question, a class's section) are left out: a "bad" value there is a valid answer.
 */
export const FUZZ_FIELDS: Record<string, Record<string, FieldKind>> = {
  "action lib/actions/sign-in.ts#signIn": { email: "strict", password: "strict" },
  "action lib/actions/sign-up.ts#signUp": { name: "text", email: "strict", password: "strict", role: "strict" },
  "action lib/actions/set-locale.ts#setLocale": { locale: "strict" },
  "action lib/actions/save-study-settings.ts#saveStudySettings": { desiredRetention: "strict", newCardsPerDay: "strict" },
  "action lib/actions/start-quiz.ts#startQuiz": { scope: "strict", count: "strict", kinds: "strict" },
  "action lib/actions/submit-quiz-answer.ts#submitQuizAnswer": { attemptId: "id", questionId: "id" },
  "action lib/actions/finish-quiz.ts#finishQuiz": { attemptId: "id" },
  "action lib/actions/add-missed-from-quiz.ts#addMissedFromQuiz": { attemptId: "id" },
  "action lib/actions/rate-card-from-form.ts#rateCardFromForm": { cardId: "id", expectedVersion: "strict", rating: "strict" },
  "action lib/actions/undo-review-from-form.ts#undoReviewFromForm": { reviewLogId: "id" },
  "action lib/actions/join-class.ts#joinClass": { code: "strict" },
  "action lib/actions/leave-class.ts#leaveClass": { classId: "id" },
  "action lib/actions/start-assignment.ts#startAssignment": { assignmentId: "id" },
  "action lib/actions/add-assignment-cards.ts#addAssignmentCards": { assignmentId: "id" },
  "action lib/actions/create-class.ts#createClass": { name: "text" },
  "action lib/actions/regenerate-class-code.ts#regenerateClassCode": { classId: "id" },
  "action lib/actions/switch-class-joining.ts#switchClassJoining": { classId: "id", enabled: "strict" },
  "action lib/actions/archive-class.ts#archiveClass": { classId: "id", archived: "strict" },
  "action lib/actions/remove-student.ts#removeStudent": { classId: "id", studentId: "id" },
  "action lib/actions/save-assignment.ts#saveAssignment": { classId: "id", title: "text", mode: "strict", dueAt: "strict", grading: "strict", reviewPolicy: "strict" },
  "action lib/actions/publish-assignment.ts#publishAssignment": { assignmentId: "id" },
  "action lib/actions/delete-assignment.ts#deleteAssignment": { assignmentId: "id" },
  "action lib/actions/set-assignment-override.ts#setAssignmentOverride": { assignmentId: "id", studentId: "id" },
  "action lib/actions/exclude-question.ts#excludeQuestion": { assignmentId: "id", questionId: "id" },
};

/** JSON-argument actions: the object's properties that must be refused when bad. */
const FUZZ_PROPERTIES: Record<string, string[]> = {
  "action lib/actions/rate-and-show-next.ts#rateAndShowNext": ["cardId", "expectedVersion", "rating"],
  "action lib/actions/undo-and-show-card.ts#undoAndShowCard": ["reviewLogId"],
};

const HUGE = "ø".repeat(60_000);
const CONTROL = ["\u0000", "a\u0000b", "\u0007\u0008\u001b[31m", "\u202Egnp.exe", "\u2028", "\r\n\r\n"];
const WRONG_TYPE = ["", " ", "NaN", "Infinity", "-1", "1e309", "null", "undefined", "true", "[]", "{}", "[object Object]", "١٢٣"];
const HOSTILE = ["../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "' OR '1'='1' --", "\"; DROP TABLE \"User\"; --", "<script>alert(1)</script>", "${7*7}{{7*7}}", "🀄️👩‍👩‍👧‍👦\uFFFD"];
/** Values no JSON-argument property accepts. */
const JSON_JUNK: unknown[] = [null, true, -1, 1.5, 1e308, [], {}, [1, 2], { $gt: "" }, "", HUGE, "\u0000"];
/** Whole arguments that are not what the action takes at all. */
const NOT_THE_ARGUMENT: ActionArgs[] = [
  { json: [] },
  { json: [1] },
  { json: [null, null] },
  { json: ["text"] },
  { json: [{ toString: "x", get: 1 }] },
  { json: [[["deep"]]] },
  { raw: "{not json", contentType: "text/plain;charset=UTF-8" },
  { raw: '["$K7"]', contentType: "text/plain;charset=UTF-8" },
  { raw: '["$Q1","$@2","$T"]', contentType: "text/plain;charset=UTF-8" },
  { raw: "0=1&1=2", contentType: "application/x-www-form-urlencoded" },
];

export interface FuzzCase {
  endpoint: Endpoint;
  actor: Actor;
  label: string;
  /** Builds the request from the world's ids. */
  args?: (ids: SideIds, foreign: SideIds, run: string) => ActionArgs;
  path?: (ids: SideIds, foreign: SideIds) => string;
  body?: (ids: SideIds) => { body: string; contentType: string };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** The actor whose own ids the matrix call uses and who may make it: the owner, so validation is reached. */
function ownerOf(endpoint: Endpoint): Actor {
  const expectation = MATRIX[endpoint.key]?.expect;
  if (!expectation) return "student";
  if (expectation.student[0] === "ok" || expectation.student[0] === "refused") return "student";
  if (expectation.teacher[0] === "ok" || expectation.teacher[0] === "refused") return "teacher";
  return "student";
}

function badValues(kind: FieldKind, rng: Rng): { label: string; value: string | null | string[] }[] {
  const values: { label: string; value: string | null | string[] }[] = [
    { label: "missing", value: null },
    { label: "huge", value: HUGE },
    { label: "control characters", value: pick(rng, CONTROL) },
    { label: "the wrong value twice", value: [pick(rng, CONTROL), pick(rng, CONTROL)] },
  ];
  if (kind !== "text") {
    values.push({ label: "wrong type", value: pick(rng, WRONG_TYPE) }, { label: "wrong type", value: pick(rng, WRONG_TYPE) });
    values.push({ label: "hostile text", value: pick(rng, HOSTILE) }, { label: "hostile text", value: pick(rng, HOSTILE) });
  }
  return values;
}

function withField(fields: FormFields, name: string, value: string | null | string[], extra: boolean): FormFields {
  // Extra fields first, so the broken field is the one that stays broken.
  const next: FormFields = extra ? { ...fields, isAdmin: "true", userId: "u-1", __proto__x: "1", $ACTION_ID_x: "1" } : { ...fields };
  if (value === null) delete next[name];
  else next[name] = value;
  return next;
}

function actionCases(endpoint: Extract<Endpoint, { kind: "action" }>, rng: Rng): FuzzCase[] {
  const entry = MATRIX[endpoint.key];
  if (!entry?.args) return [];
  // Signing out with a session is the use case itself (it revokes the session): only anonymous callers here.
  const actor: Actor = endpoint.name === "signOut" ? "anonymous" : ownerOf(endpoint);
  const cases: FuzzCase[] = NOT_THE_ARGUMENT.map((args, i) => ({ endpoint, actor, label: `not the argument #${i + 1}`, args: () => args }));
  const fields = FUZZ_FIELDS[endpoint.key] ?? {};
  for (const [name, kind] of Object.entries(fields)) {
    for (const bad of badValues(kind, rng)) {
      const extra = rng() < 0.3;
      cases.push({
        endpoint,
        actor,
        label: `${name}: ${bad.label}${extra ? " (+ extra fields)" : ""}`,
        args: (ids, foreign, run) => {
          const base = entry.args!(ids, run);
          if (!("form" in base)) return base;
          return { ...base, form: withField(base.form, name, bad.value, extra) };
        },
      });
    }
    if (kind === "id") {
      cases.push({
        endpoint,
        actor,
        label: `${name}: someone else's id`,
        args: (ids, foreign, run) => {
          const base = entry.args!(ids, run);
          const theirs = entry.args!(foreign, run);
          if (!("form" in base) || !("form" in theirs)) return base;
          // Both sides draw the same questions: a shared id is not someone else's, so it is left out then.
          return { ...base, form: { ...base.form, [name]: theirs.form[name] === base.form[name] ? "foreign-id-missing" : (theirs.form[name] ?? "") } };
        },
      });
    }
  }
  for (const property of FUZZ_PROPERTIES[endpoint.key] ?? []) {
    for (const junk of [pick(rng, JSON_JUNK), pick(rng, JSON_JUNK), pick(rng, JSON_JUNK), undefined]) {
      cases.push({
        endpoint,
        actor,
        label: `${property}: ${junk === undefined ? "missing" : JSON.stringify(junk).slice(0, 20)}`,
        args: (ids, foreign, run) => {
          const base = entry.args!(ids, run);
          if (!("json" in base)) return base;
          const object = { ...(base.json[0] as Record<string, unknown>) };
          if (junk === undefined) delete object[property];
          else object[property] = junk;
          return { json: [object] };
        },
      });
    }
  }
  return cases;
}

const PARAM_JUNK = ["..%2F..%2F..%2Fetc%2Fpasswd", "..", "%2e%2e", "%00", "%ZZ", "NaN", "%F0%9F%92%A5%E2%80%AE", "'%20OR%201%3D1--", "x".repeat(4000), "%C0%AE%C0%AE"];
const QUERY_JUNK = ["?page=-1", "?page=NaN&page=2", "?page=99999999999999999999", "?callbackUrl=%2F%2Fevil.example", "?answered=%00&timeup=%FF", "?requested=1e309", "?notice=%3Cscript%3E", "?error=..%2F"];

function pageOrRouteCases(endpoint: Exclude<Endpoint, { kind: "action" }>, rng: Rng): FuzzCase[] {
  const entry = MATRIX[endpoint.key];
  const actor = ownerOf(endpoint);
  const method = endpoint.kind === "route" ? endpoint.method : "GET";
  const cases: FuzzCase[] = [];
  const base = (ids: SideIds) => entry?.params?.(ids) ?? {};
  const fill = (values: Record<string, string>, raw: Record<string, string> = {}) =>
    endpoint.path.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => raw[name] ?? encodeURIComponent(values[name] ?? "x"));
  for (const param of endpoint.params) {
    for (const junk of [pick(rng, PARAM_JUNK), pick(rng, PARAM_JUNK), pick(rng, PARAM_JUNK)]) {
      cases.push({ endpoint, actor, label: `[${param}] = ${junk.slice(0, 24)}`, path: (ids) => fill(base(ids), { [param]: junk }) + (entry?.query ?? "") });
    }
    cases.push({ endpoint, actor, label: `[${param}] = someone else's`, path: (ids, foreign) => fill({ ...base(ids), [param]: base(foreign)[param] ?? "x" }) + (entry?.query ?? "") });
  }
  for (const query of [pick(rng, QUERY_JUNK), pick(rng, QUERY_JUNK)]) {
    cases.push({ endpoint, actor, label: `query ${query.slice(0, 30)}`, path: (ids) => fill(base(ids)) + query });
  }
  if (method === "POST") {
    for (const [label, body] of routeBodies()) {
      cases.push({ endpoint, actor, label: `body: ${label}`, path: (ids) => fill(base(ids)), body });
    }
  }
  return cases;
}

/** Bodies for a JSON POST: malformed, mistyped, oversize, from a form. None is a gradable answer. */
function routeBodies(): [string, (ids: SideIds) => { body: string; contentType: string }][] {
  const json = (value: unknown) => ({ body: JSON.stringify(value), contentType: "application/json" });
  return [
    ["invalid JSON", () => ({ body: '{"questionId":', contentType: "application/json" })],
    ["NaN literal", (ids) => ({ body: `{"questionId":"${ids.questionId}","response":NaN}`, contentType: "application/json" })],
    ["null", () => json(null)],
    ["array", () => json([1, 2, 3])],
    ["missing fields", () => json({})],
    ["number response", (ids) => json({ questionId: ids.questionId, response: 1899 })],
    ["object response", (ids) => json({ questionId: ids.questionId, response: { $ne: null } })],
    ["list for one answer", (ids) => json({ questionId: ids.questionId, response: ["a", "b"] })],
    ["questionId traversal", () => json({ questionId: "../../etc/passwd", response: "1" })],
    ["questionId NUL", () => json({ questionId: "q\u0000", response: "1" })],
    ["extra fields, no answer", (ids) => json({ questionId: ids.questionId, userId: "someone", correct: true, score: 1 })],
    ["deep nesting", () => ({ body: `${"[".repeat(3000)}${"]".repeat(3000)}`, contentType: "application/json" })],
    ["over the size cap", (ids) => json({ questionId: ids.questionId, response: "x".repeat(40_000) })],
    ["text/plain", (ids) => ({ body: JSON.stringify({ questionId: ids.questionId, response: ids.answer }), contentType: "text/plain" })],
    ["form-encoded", (ids) => ({ body: `questionId=${ids.questionId}&response=${encodeURIComponent(ids.answer)}`, contentType: "application/x-www-form-urlencoded" })],
  ];
}

/** Every case, in a fixed order for one seed. */
export function fuzzCases(endpoints: readonly Endpoint[], seed: number): FuzzCase[] {
  const rng = mulberry32(seed);
  return endpoints.flatMap((endpoint) => (endpoint.kind === "action" ? actionCases(endpoint, rng) : pageOrRouteCases(endpoint, rng)));
}
