// Documents the engine has never seen, for tests. Not in content/: they must not reach the quiz.
import type { RawFile } from "../../document/types";

/** Plain text, no front matter: the first line is the title, no date, one paragraph per line. */
export const PLAIN_TEXT_NOTE: RawFile = {
  fileName: "brazil-notes.txt",
  text: [
    "Japanese Migration to Brazil",
    "",
    "On 18 June 1908, the Kasato Maru arrived in Santos with 781 Japanese immigrants.",
    "By 1940, some 190,000 Japanese had settled in Brazil, mostly in São Paulo.",
    "Next year the community will celebrate another anniversary, according to Dr. Sato.",
    "In 1990, Brazil and Japan eased visa rules; the U.S. was not involved.",
    "Key dates",
    "- Kasato Maru arrives (1908)",
    "- Immigration treaty (1960)",
  ].join("\n"),
};

/** Markdown with front matter, Markdown headings, a numbered press-release list and relative dates. */
export const DATED_PRESS_RELEASE: RawFile = {
  fileName: "tokyo-meeting.md",
  text: `---
title: "Japan-Chile Foreign Ministers' Meeting"
kind: press-release
publisher: Ministry of Foreign Affairs of Japan
date: 2021-03-05
language: en
---

# Japan-Chile Foreign Ministers' Meeting

On Friday, March 5, Foreign Minister Motegi held a meeting with H.E. Mr. Andrés Allamand, Minister of Foreign Affairs of Chile.

## 1. Bilateral relations

(1) Foreign Minister Motegi stated that the Japan-Chile EPA came into force in 2007 and that trade has grown since.
(2) Minister Allamand said that Chile will host the conference next October.

## 2. Other matters

1. Both ministers noted that 2022 marks the 125th anniversary of diplomatic relations.
2. They agreed to meet again next year.
`,
};

/** Markdown without a date, with a first "# Heading" title, wiki headings and a wiki list. */
export const UNDATED_WIKI: RawFile = {
  fileName: "mexico-relations.md",
  text: `# Japan–Mexico relations

==History==
In 1888, Japan and Mexico signed a Treaty of Amity, Commerce and Navigation. Next year, a new embassy opened.
During the 1990s and 2000s, trade grew quickly.

===Visits===
;High-level visits from Mexico to Japan
- President Ernesto Zedillo (1996, 1997)
- President Felipe Calderón (2008)
- President Enrique Peña Nieto (2013)
- President Vicente Fox (2001)
`,
};
