import type { Question } from "@/lib/domain/generation/question-types";
import type { DatabaseClient } from "@/lib/server/db";

/** Writes questions (and a bare document row for each of their documents) as the ingest would. */
export async function insertTestQuestions(db: DatabaseClient, questions: Question[]): Promise<void> {
  const documents = new Map(questions.map((q) => [q.source.documentId, q.source.documentTitle]));
  let position = 0;
  for (const [id, title] of documents) {
    await db.contentDocument.upsert({
      where: { id },
      update: {},
      create: { id, title, kind: "other", position: position++, lessonJson: "{}", contentHash: id },
    });
  }
  for (const question of questions) {
    await db.question.create({
      data: {
        id: question.id,
        documentId: question.source.documentId,
        kind: question.kind,
        payloadJson: JSON.stringify(question),
        contentHash: question.id,
      },
    });
  }
}

/** A small, valid question of each shape, for tests that need questions but not the real content. */
export function sampleQuestions(): Question[] {
  const source = (n: number, quote: string) => ({
    documentId: "sample-doc",
    documentTitle: "Sample document",
    sectionId: "history",
    sentenceId: `sample-doc.s${n}`,
    quote,
  });
  return [
    {
      id: "q-year-1899",
      kind: "year-choice",
      prompt: "In what year did 790 Japanese migrants arrive in Peru aboard the Sakuramaru?",
      answer: "1899",
      choices: ["1873", "1899", "1936", "1959"],
      source: source(1, "In 1899, 790 Japanese migrants, aboard the Sakuramaru arrived to Peru."),
      factIds: ["fact-1899"],
    },
    {
      id: "q-tf-1873",
      kind: "true-false",
      prompt: "True or false: In 1873, Japan and Peru formally established diplomatic relations.",
      answer: "True",
      choices: ["True", "False"],
      source: source(2, "A year later, in 1873, Japan and Peru formally established diplomatic relations by signing a Treaty of Friendship and Navigation."),
      factIds: ["fact-1873"],
    },
    {
      id: "q-number-790",
      kind: "number-cloze",
      prompt: "In 1899, _____ Japanese migrants, aboard the Sakuramaru arrived to Peru.",
      answer: "790",
      choices: ["590", "790", "990", "1,200"],
      source: source(1, "In 1899, 790 Japanese migrants, aboard the Sakuramaru arrived to Peru."),
      factIds: ["fact-1899"],
    },
    {
      id: "q-who-1959",
      kind: "who-what",
      prompt: "Which Japanese prime minister visited Peru in 1959?",
      answer: "Prime Minister Nobusuke Kishi",
      choices: ["Prime Minister Zenkō Suzuki", "Prime Minister Nobusuke Kishi", "Prime Minister Tarō Asō", "Prime Minister Shinzō Abe"],
      source: source(3, "Prime Minister Nobusuke Kishi (1959)"),
      factIds: ["fact-1959"],
    },
    {
      id: "q-order-1",
      kind: "chronology",
      prompt: "Put these events in order, earliest first.",
      answer: [
        "Japan and Peru formally established diplomatic relations",
        "790 Japanese migrants arrived in Peru aboard the Sakuramaru",
        "Peru broke diplomatic relations with Japan",
      ],
      choices: [
        "Peru broke diplomatic relations with Japan",
        "Japan and Peru formally established diplomatic relations",
        "790 Japanese migrants arrived in Peru aboard the Sakuramaru",
      ],
      source: source(2, "A year later, in 1873, Japan and Peru formally established diplomatic relations by signing a Treaty of Friendship and Navigation."),
      factIds: ["fact-1873", "fact-1899", "fact-1942"],
    },
  ];
}

/**
 * The sample questions with no fact or sentence in common, for tests of the quiz itself: a quiz never
 * takes two questions that share one (siblings), so the shared facts above would shorten every quiz.
 */
export function unrelatedSampleQuestions(): Question[] {
  return sampleQuestions().map((question, index) =>
    index === 0
      ? question
      : {
          ...question,
          source: { ...question.source, sentenceId: `sample-doc.q${index}` },
          factIds: question.factIds.map((factId) => `${factId}.${question.id}`),
        },
  );
}
