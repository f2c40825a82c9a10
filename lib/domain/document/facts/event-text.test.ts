import { describe, expect, it } from "vitest";
import { findDateMentions } from "../dates/find-date-mentions";
import { questionBody } from "./clause";
import { buildEvent } from "./event-text";

const docDate = { year: 2014, month: 11, day: 10 };
function events(sentence: string, dated = false) {
  const ms = findDateMentions(sentence, { documentDate: dated ? docDate : null });
  return ms.map((m) => ({ date: m.text, ...buildEvent(sentence, m, ms) }));
}
const eventOf = (sentence: string, dated = false) => events(sentence, dated).map((e) => e.event);

describe("buildEvent", () => {
  it("strips the date phrase and keeps the source wording (small grammar fixes only)", () => {
    expect(eventOf("In 1899, 790 Japanese migrants, aboard the Sakuramaru arrived to Peru.")).toEqual(["790 Japanese migrants, aboard the Sakuramaru, arrived in Peru"]);
    expect(eventOf("A year later, in 1873, Japan and Peru formally established diplomatic relations by signing a Treaty of Friendship and Navigation.")).toEqual([
      "Japan and Peru formally established diplomatic relations by signing a Treaty of Friendship and Navigation",
    ]);
  });

  it("splits a sentence with two dates into one clause per date", () => {
    expect(eventOf("In 1821, Peru declared its independence from Spain and in October 1868, Japan entered the Meiji period and began fostering diplomatic relations with several nations, after decades of isolation.")).toEqual([
      "Peru declared its independence from Spain",
      "Japan entered the Meiji period and began fostering diplomatic relations with several nations, after decades of isolation",
    ]);
    expect(eventOf("After the war, Peru re-established diplomatic relations with Japan and in 1959, Japanese Prime Minister Nobusuke Kishi paid an official visit to Peru.")).toEqual([
      "Japanese Prime Minister Nobusuke Kishi paid an official visit to Peru",
    ]);
  });

  it("takes the event out of reported speech, subordinate and relative clauses", () => {
    expect(eventOf("Prime Minister Abe mentioned that his grandfather, Prime Minister Nobusuke Kishi, visited Peru in 1959, and stated that it's regretful.", true)).toEqual([
      "Prime Minister Abe's grandfather, Prime Minister Nobusuke Kishi, visited Peru",
    ]);
    expect(eventOf("Prime Minister Abe said that economic relations have been favorable since the bilateral EPA came into force in 2012.", true)).toEqual(["The bilateral EPA came into force"]);
    expect(eventOf("The incident became known as the Japanese embassy hostage crisis and lasted until 22 April 1997 when Peruvian commandos entered the residence and killed all 14 insurgents.")).toEqual([
      "Peruvian commandos entered the residence and killed all 14 insurgents",
    ]);
    expect(eventOf("He would like to work on reform to make the UN, which celebrates its 70th anniversary next year, appropriate for the 21st century.", true)).toEqual(["The UN celebrates its 70th anniversary"]);
  });

  it("shortens long clauses and drops leading time phrases and honorifics", () => {
    expect(eventOf("On Monday, November 10, commencing at 10:25 a.m. until 10:45 a.m. (local time), Prime Minister Shinzo Abe, visiting Beijing, China to attend the APEC Summit Meeting, held a meeting with H.E.Mr. Ollanta Humala, President of the Republic of Peru.", true)).toEqual([
      "Prime Minister Shinzo Abe held a meeting with Mr. Ollanta Humala, President of the Republic of Peru",
    ]);
    expect(eventOf("On 17 December 1996, 14 members of the Túpac Amaru Revolutionary Movement stormed the Japanese Ambassador's residence in Lima as they were celebrating Japanese Emperor Akihito's 63rd birthday, and took hostage more than 400 officials.")).toEqual([
      "14 members of the Túpac Amaru Revolutionary Movement stormed the Japanese Ambassador's residence in Lima",
    ]);
  });

  it("builds noun-phrase events and marks what cannot be rewritten as cloze-only", () => {
    const fy = events("Foreign Minister Kono stated that he hopes to deepen the relationship toward to the Japan-Peru Friendship Year in 2019, which will mark the 120th anniversary of the systematic immigration of Japanese nationals to Peru.");
    expect(fy[0]).toMatchObject({ form: "phrase", event: "The Japan-Peru Friendship Year, marking the 120th anniversary of the systematic immigration of Japanese nationals to Peru" });
    expect(events("The study analyzes these relations, with emphasis on the last three decades and particularly the 1990-2000 period.")[0]?.form).toBe("cloze-only");
    expect(events("He said that in 2005 they agreed.")[0]?.form).toBe("cloze-only"); // pronoun subject
  });

  it("gives clauses that turn into natural questions", () => {
    const [migrants] = events("In 1899, 790 Japanese migrants, aboard the Sakuramaru arrived to Peru.");
    expect(migrants?.clause && questionBody(migrants.clause)).toBe("did 790 Japanese migrants arrive in Peru aboard the Sakuramaru");
    const [killed] = events("It lasted until 22 April 1997 when Peruvian commandos entered the residence and killed all 14 insurgents.");
    expect(killed?.clause && questionBody(killed.clause)).toBe("did Peruvian commandos enter the residence and kill all 14 insurgents");
    const [sendai] = events("Prime Minister Abe stated that the Third UN World Conference on Disaster Risk Reduction is going to be held in Sendai next March and he would like to obtain President Humala’s participation.", true);
    expect(sendai?.clause && questionBody(sendai.clause)).toBe("was the Third UN World Conference on Disaster Risk Reduction going to be held in Sendai");
  });
});
