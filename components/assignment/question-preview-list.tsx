import { useTranslations } from "next-intl";
import type { AssignmentQuestionView } from "@/lib/domain/assignments/views";

/** Each question as a teacher checks it: prompt, answer, choices and the source sentence it quotes. */
export function QuestionPreview({ question }: { question: AssignmentQuestionView }) {
  const t = useTranslations("teach.preview");
  return (
    <div className="space-y-1 text-sm">
      <p className="font-medium text-stone-900">{question.prompt}</p>
      <p>
        <span className="text-stone-600">{t("answer")}</span> <strong>{question.answer}</strong>
      </p>
      {question.choices ? <p className="text-stone-700">{t("choices", { choices: question.choices.join(" · ") })}</p> : null}
      <blockquote className="border-l-2 border-stone-300 pl-3 text-stone-600">
        “{question.quote}” <cite className="not-italic">({question.documentTitle})</cite>
      </blockquote>
    </div>
  );
}

export function QuestionPreviewList({ questions }: { questions: AssignmentQuestionView[] }) {
  const t = useTranslations("teach.preview");
  return (
    <ol className="space-y-4" aria-label={t("label")}>
      {questions.map((q, i) => (
        <li key={q.id} className="flex gap-3 rounded-md border border-stone-200 bg-white p-3">
          <span className="font-semibold text-stone-500">{i + 1}.</span>
          <QuestionPreview question={q} />
        </li>
      ))}
    </ol>
  );
}
