/** A stored response as one line of text: a chosen or typed answer as is, an ordering as "a → b → c". */
export function responseText(response: unknown): string {
  if (typeof response === "string") return response.trim();
  if (Array.isArray(response)) return response.map((item) => String(item)).join(" → ");
  return "";
}

/** A stored responseJson as one line of text; a damaged payload reads as no answer. */
export function storedResponseText(json: string): string {
  try {
    return responseText(JSON.parse(json));
  } catch {
    return "";
  }
}
