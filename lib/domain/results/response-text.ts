/** A stored response as one line of text: a chosen or typed answer as is, an ordering as "a → b → c". */
export function responseText(response: unknown): string {
  if (typeof response === "string") return response.trim();
  if (Array.isArray(response)) return response.map((item) => String(item)).join(" → ");
  return "";
}
