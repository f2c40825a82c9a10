// A dated fact: one date the text states, the sentence that states it, and what happened then.
import type { DateMention, DateStyle, FactDate, ResolvedFrom } from "../dates/date-types";
import type { DurationMention } from "../dates/find-durations";
import type { Clause } from "./clause";
import type { EventForm } from "./event-text";

export type FactCategory =
  | "visit" | "agreement" | "migration" | "conflict" | "diplomacy" | "politics" | "economy" | "culture" | "other";

export interface ListContext {
  /** "High-level visits from Japan to Peru", or the noun phrase of an inline list ("bilateral agreements/treaties"). */
  title: string;
  /** The entry's name: "Prime Minister Nobusuke Kishi", "Technical Cooperation Agreement". */
  entry: string;
  /** Every year the entry lists ("(1996, 1997)") and which one this fact is. */
  years: number[];
  yearIndex: number;
  /** Stable id of the list (block id, or sentence id for inline lists), to find sibling entries. */
  listId: string;
  origin?: string;
  destination?: string;
  /** Singular noun for "Which agreement …?" questions. */
  noun?: string;
  /** For inline lists: subject and base verb of the sentence ("Japan and Peru", "sign"). */
  actor?: string;
  verbBase?: string;
}

export interface DatedFact {
  id: string;
  documentId: string;
  sectionId: string;
  sentenceId: string;
  /** The exact sentence (or list item) text. */
  quote: string;
  /** The exact date span inside `quote`. */
  dateText: string;
  dateStart: number;
  dateEnd: number;
  date: FactDate;
  dateLabel: string;
  dateStyle: DateStyle;
  weekday?: string;
  resolvedFrom?: ResolvedFrom;
  /** "in", "on", "by", "since"…: "by 1936" is a bound, not the year it happened. */
  preposition?: string;
  event: string;
  eventForm: EventForm;
  clause?: Clause;
  subject?: string;
  category: FactCategory;
  origin: "prose" | "list" | "inline-list";
  list?: ListContext;
  /** A figure for a year ("trade totaled US$3.5 billion"), not an event: no year questions. */
  statistic?: boolean;
  /** The date only qualifies a noun ("the 1990-2000 period"): not an event, left off the timeline. */
  attributive?: boolean;
  /** Normalized names/acronyms in the event, used to keep true years out of distractors and to match sources. */
  keys: string[];
  /** Event concepts ("visit", "election", "agreement"…) used to match sources. */
  concepts: string[];
  reporter?: string;
}

/** A duration or anniversary, with the start year it implies (compared with facts, never quizzed as a date). */
export interface DurationClaim extends DurationMention {
  id: string;
  documentId: string;
  sectionId: string;
  sentenceId: string;
  quote: string;
  concepts: string[];
}

export type { DateMention };
