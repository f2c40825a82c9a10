/** One radio per choice, each a large tap target; the fieldset's legend is the question. */
export function ChoiceOptions({ questionId, choices }: { questionId: string; choices: string[] }) {
  return (
    <div className="grid gap-2">
      {choices.map((choice, index) => (
        <label
          key={choice}
          htmlFor={`${questionId}-choice-${index}`}
          className="flex cursor-pointer items-start gap-3 rounded-md border border-stone-300 bg-white px-4 py-3 text-base has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
        >
          <input id={`${questionId}-choice-${index}`} type="radio" name="response" value={choice} className="mt-1" />
          <span>{choice}</span>
        </label>
      ))}
    </div>
  );
}
