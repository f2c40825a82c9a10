/** The study page's address for a scope, optionally showing one card (its answer revealed) or a notice. */
export function studyHref(options: {
  lesson?: string | null;
  card?: string | null;
  show?: boolean;
  notice?: string | null;
}): string {
  const params = new URLSearchParams();
  if (options.lesson) params.set("lesson", options.lesson);
  if (options.card) params.set("card", options.card);
  if (options.show) params.set("show", "1");
  if (options.notice) params.set("notice", options.notice);
  const query = params.toString();
  return query ? `/study?${query}` : "/study";
}
