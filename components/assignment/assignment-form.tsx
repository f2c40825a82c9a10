"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveAssignment, type AssignmentFormValues, type SaveAssignmentState } from "@/lib/actions/save-assignment";
import { GRADING_RULES, REVIEW_POLICIES } from "@/lib/domain/assignments/rules";
import type { AssignmentQuestionView } from "@/lib/domain/assignments/views";
import { PendingSubmitButton } from "@/components/quiz/pending-submit-button";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import { useServerMessage } from "@/components/ui/use-server-message";
import { QuestionPreview } from "./question-preview-list";

export interface AssignmentFormProps {
  classId: string;
  assignmentId?: string;
  lessons: { id: string; title: string }[];
  kinds: { kind: string; label: string }[];
  /** The bank for hand-picking, by lesson. */
  bank: { lessonTitle: string; questions: AssignmentQuestionView[] }[];
  defaults: AssignmentFormValues;
  /** The teacher's zone, named next to the date fields. */
  timeZone: string;
}

const box = "rounded-lg border border-stone-200 bg-white p-4 space-y-4";
const selectClass = "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm";

/** Create or edit an assignment; a plain form that works without JavaScript. */
export function AssignmentForm({ classId, assignmentId, lessons, kinds, bank, defaults, timeZone }: AssignmentFormProps) {
  const t = useTranslations("teach.form");
  const labels = useTranslations("assignmentLabels");
  const say = useServerMessage();
  const [state, formAction] = useActionState<SaveAssignmentState, FormData>(saveAssignment, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const v = state?.values ?? defaults;
  const text = (key: string) => (typeof v[key] === "string" ? (v[key] as string) : "");
  const list = (key: string) => (Array.isArray(v[key]) ? (v[key] as string[]) : []);
  const field = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <TextField label={label} name={name} defaultValue={text(name)} errors={errors[name]} {...props} />
  );
  return (
    <form action={formAction} className="space-y-6" noValidate>
      {state && !state.ok && (state.formError || Object.keys(errors).length > 0) ? (
        <Alert>{state.formError ? say(state.formError) : t("checkFields")}</Alert>
      ) : null}
      <input type="hidden" name="classId" value={classId} />
      {assignmentId ? <input type="hidden" name="assignmentId" value={assignmentId} /> : null}
      {field("title", t("title"), { required: true, maxLength: 120 })}

      <fieldset className={box}>
        <legend className="px-1 font-semibold">{t("questions")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="draw" defaultChecked={text("mode") !== "pick"} /> {t("drawRandom")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="pick" defaultChecked={text("mode") === "pick"} /> {t("handPick")}
          </label>
        </div>
        <div className="space-y-4 border-t border-stone-100 pt-4">
          <p className="text-sm font-medium">{t("drawRandom")}</p>
          <div className="grid gap-4 sm:grid-cols-3">
            {field("count", t("count"), { type: "number", min: 1, max: 50, inputMode: "numeric" })}
            {field("fromYear", t("fromYear"), { type: "number", inputMode: "numeric" })}
            {field("toYear", t("toYear"), { type: "number", inputMode: "numeric" })}
          </div>
          <fieldset aria-describedby={errors.documentIds ? "documentIds-error" : undefined}>
            <legend className="text-sm font-medium">{t("lessons")}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {lessons.map((l) => (
                <label key={l.id} className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="documentIds" value={l.id} defaultChecked={list("documentIds").includes(l.id)} className="mt-1" />
                  {l.title}
                </label>
              ))}
            </div>
            <FieldError id="documentIds-error" messages={errors.documentIds} />
          </fieldset>
          <fieldset aria-describedby={errors.kinds ? "kinds-error" : undefined}>
            <legend className="text-sm font-medium">{t("kinds")}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {kinds.map((k) => (
                <label key={k.kind} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="kinds" value={k.kind} defaultChecked={list("kinds").includes(k.kind)} /> {k.label}
                </label>
              ))}
            </div>
            <FieldError id="kinds-error" messages={errors.kinds} />
          </fieldset>
        </div>
        <div className="space-y-2 border-t border-stone-100 pt-4">
          <p className="text-sm font-medium" id="pick-heading">{t("pickHeading")}</p>
          <FieldError id="questionIds-error" messages={errors.questionIds} />
          {bank.map((group) => (
            <details key={group.lessonTitle} className="rounded-md border border-stone-200">
              <summary className="cursor-pointer px-3 py-2 text-sm font-medium">
                {group.lessonTitle} ({group.questions.length})
              </summary>
              <ul className="max-h-[32rem] space-y-3 overflow-y-auto p-3">
                {group.questions.map((q) => (
                  <li key={q.id}>
                    <label className="flex gap-3">
                      <input type="checkbox" name="questionIds" value={q.id} defaultChecked={list("questionIds").includes(q.id)} className="mt-1" />
                      <QuestionPreview question={q} />
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
        <div className="flex flex-wrap gap-4 border-t border-stone-100 pt-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="shuffleQuestions" defaultChecked={text("shuffleQuestions") === "on"} /> {t("shuffleQuestions")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="shuffleChoices" defaultChecked={text("shuffleChoices") === "on"} /> {t("shuffleChoices")}
          </label>
        </div>
      </fieldset>

      <fieldset className={box}>
        <legend className="px-1 font-semibold">{t("dates", { zone: timeZone })}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {field("opensAt", t("opensAt"), { type: "datetime-local" })}
          {field("dueAt", t("dueAt"), { type: "datetime-local", required: true })}
          {field("lateUntil", t("lateUntil"), { type: "datetime-local" })}
        </div>
      </fieldset>

      <fieldset className={box}>
        <legend className="px-1 font-semibold">{t("rules")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("timeLimitMinutes", t("timeLimit"), { type: "number", min: 1, max: 600, inputMode: "numeric" })}
          {field("attemptsAllowed", t("attemptsAllowed"), { type: "number", min: 1, max: 100, inputMode: "numeric" })}
          <div className="space-y-1">
            <label htmlFor="grading" className="block text-sm font-medium">{t("grading")}</label>
            <select id="grading" name="grading" defaultValue={text("grading") || "highest"} className={selectClass}>
              {GRADING_RULES.map((g) => <option key={g} value={g}>{labels(`grading.${g}`)}</option>)}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="reviewPolicy" className="block text-sm font-medium">{t("reviewPolicy")}</label>
            <select id="reviewPolicy" name="reviewPolicy" defaultValue={text("reviewPolicy") || "after-submit"} className={selectClass}>
              {REVIEW_POLICIES.map((p) => <option key={p} value={p}>{labels(`reviewPolicy.${p}`)}</option>)}
            </select>
          </div>
        </div>
      </fieldset>
      <PendingSubmitButton label={assignmentId ? t("saveChanges") : t("saveDraft")} pendingLabel={t("saving")} />
    </form>
  );
}
