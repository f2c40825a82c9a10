// What the lesson pages hand their components: plain, serialisable data.

export interface LessonSummaryView {
  slug: string;
  title: string;
  kind: string;
  publisher: string | null;
  date: string | null;
  factCount: number;
  questionCount: number;
}
