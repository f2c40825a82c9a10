import "server-only";

/**
 * A response body that writes `parts` one at a time, asking for the next only when the client has taken the
 * last (a slow download holds one part in memory, not the file). Stopping the download stops the parts; a failure
 * part-way aborts the body.
 */
export function partsStream(parts: AsyncIterable<Uint8Array>, what: string): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        // The status line is sent: the client sees the download break off (never a file that looks complete).
        console.error(`${what} failed while streaming`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
