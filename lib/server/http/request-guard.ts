import "server-only";
import { jsonError } from "./json-error";
import { isSameOrigin } from "@/lib/proxy/same-origin";

export { isSameOrigin };

/** Bodies the JSON API accepts are a few hundred bytes; anything near this is not an answer. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

export function crossOriginRefusal(): Response {
  return jsonError("cross-origin");
}

/** Reads at most `maxBytes` of the body, stopping as soon as a larger body shows itself. */
async function readCapped(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export type JsonBody = { ok: true; body: unknown } | { ok: false; response: Response };

/**
 * The checks every JSON write goes through before its own validation: same origin, `application/json`
 * exactly (a cross-site form or text/plain body cannot pass), a small body, valid JSON.
 */
export async function readJsonRequest(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  if (!isSameOrigin(request)) return { ok: false, response: crossOriginRefusal() };
  const mediaType = ((request.headers.get("content-type") ?? "").split(";")[0] ?? "").trim().toLowerCase();
  if (mediaType !== "application/json") {
    return { ok: false, response: jsonError("expected-json") };
  }
  const text = await readCapped(request, maxBytes);
  if (text === null) {
    return { ok: false, response: jsonError("body-too-large", `The body is larger than ${maxBytes} bytes.`) };
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: jsonError("invalid-json") };
  }
}
