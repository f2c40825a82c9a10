/** Where a question's source sentence lives: the lesson page puts `id={sentenceId}` on each sentence. */
export function lessonHref(source: { documentId: string; sentenceId: string }): string {
  return `/lessons/${encodeURIComponent(source.documentId)}#${encodeURIComponent(source.sentenceId)}`;
}
