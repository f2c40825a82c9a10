import type { CardStateName } from "../scheduling/card-state";

/** One flashcard row as exported (CSV or Anki). Plain strings; the exporters do all escaping. */
export interface ExportableCard {
  front: string;
  back: string;
  /** Title (or id) of the source document. */
  sourceDocument: string;
  /** The sentence the card was generated from. */
  quote: string;
  /** null for cards never studied. */
  due: Date | null;
  /** null for cards never studied (exported as "new"). */
  state: CardStateName | null;
  tags?: readonly string[];
}
