// Students × questions: what each student's counting attempt scored on each question, as words and symbols
// a screen reader and a colour-blind reader can both read (colour only repeats them).

export type HeatmapOutcome = "correct" | "partial" | "wrong" | "unanswered" | "no-attempt";

export interface HeatmapCell {
  outcome: HeatmapOutcome;
  /** 0..1; null without an answer. */
  score: number | null;
}

export interface HeatmapRow {
  studentId: string;
  name: string;
  cells: HeatmapCell[];
}

export interface Heatmap {
  /** Column headings: "Q1", "Q2", … in the assignment's order. */
  columns: { questionId: string; label: string }[];
  rows: HeatmapRow[];
}

export interface HeatmapStudent {
  studentId: string;
  name: string;
  /** Null: no finished attempt counts yet. */
  answers: ReadonlyMap<string, { correct: boolean; score: number }> | null;
}

export function outcomeOf(answer: { correct: boolean; score: number } | undefined): HeatmapOutcome {
  if (!answer) return "unanswered";
  if (answer.correct) return "correct";
  return answer.score > 0 ? "partial" : "wrong";
}

/** Rows in the order given (the status table's), columns in the assignment's question order. */
export function buildHeatmap(questionIds: readonly string[], students: readonly HeatmapStudent[]): Heatmap {
  return {
    columns: questionIds.map((questionId, index) => ({ questionId, label: `Q${index + 1}` })),
    rows: students.map((student) => ({
      studentId: student.studentId,
      name: student.name,
      cells: questionIds.map((questionId): HeatmapCell => {
        if (!student.answers) return { outcome: "no-attempt", score: null };
        const answer = student.answers.get(questionId);
        return { outcome: outcomeOf(answer), score: answer ? answer.score : null };
      }),
    })),
  };
}
