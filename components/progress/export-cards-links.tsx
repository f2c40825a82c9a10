import { buttonClasses } from "@/components/ui/button";
import { plural } from "./day-labels";

/** Plain download links: they work without JavaScript and the route checks who is asking. */
export function ExportCardsLinks({ cardCount }: { cardCount: number }) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700">
        Download your {plural(cardCount, "card")}, each with the sentence it was drawn from and the document it came
        from.
      </p>
      <div className="flex flex-wrap gap-3">
        <a href="/api/export/cards?format=csv" download className={buttonClasses("secondary")}>
          Download CSV
        </a>
        <a href="/api/export/cards?format=anki" download className={buttonClasses("secondary")}>
          Download for Anki (.txt)
        </a>
      </div>
      <p className="text-xs text-stone-600">
        In Anki, choose File › Import and pick the .txt file: it comes in as Basic notes with the source quote under
        each answer.
      </p>
    </div>
  );
}
