import "server-only";
import { db } from "@/lib/server/db";

/** How long a process trusts the stamp it read before it reads it again. */
export const CONTENT_RECHECK_MS = 1_000;

/**
 * A stamp of all content (lessons and teachers' documents, their facts and questions): it changes with every
 * ingest, edit, retirement or hidden question, so a process holding anything derived from that content (the
 * signed-out pages, the question bank) knows when to drop it. A teacher's edit drops the shared pages too,
 * which costs one render each and keeps one stamp for every holder.
 */
export async function readContentVersion(): Promise<string> {
  const [documents, facts, activeFacts, questions] = await Promise.all([
    db.contentDocument.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.datedFact.count(),
    db.datedFact.count({ where: { retiredAt: null } }),
    db.question.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  return [
    documents._count._all,
    documents._max.updatedAt?.getTime() ?? 0,
    facts,
    activeFacts,
    questions._count._all,
    questions._max.updatedAt?.getTime() ?? 0,
  ].join(":");
}

type ContentChangeListener = (version: string) => void;

interface StampState {
  version: string | null;
  checkedAt: number;
  reading: Promise<string> | null;
  listeners: Set<ContentChangeListener>;
}

// One stamp per process: the proxy and the app are bundled apart (two copies of this module), so the state
// lives on globalThis and both read, and both hear about, the same stamp.
const STATE_KEY = Symbol.for("pacific-bridge.content-version");
const holder = globalThis as typeof globalThis & { [STATE_KEY]?: StampState };
const state: StampState = (holder[STATE_KEY] ??= { version: null, checkedAt: Number.NEGATIVE_INFINITY, reading: null, listeners: new Set() });

/**
 * The content stamp, read from the database at most once per CONTENT_RECHECK_MS in this process (callers
 * in between get the held one, and callers during a read share it), so every process sees a content change
 * made anywhere — another process, another server on the same database — within about a second.
 * Rejects when the database cannot be read; the next call after the interval tries again.
 */
export async function contentVersion(now = Date.now()): Promise<string> {
  if (state.version !== null && now - state.checkedAt < CONTENT_RECHECK_MS) return state.version;
  state.reading ??= (async () => {
    state.checkedAt = now;
    try {
      const version = await readContentVersion();
      const previous = state.version;
      state.version = version;
      if (previous !== null && previous !== version) {
        for (const listener of state.listeners) {
          try {
            listener(version);
          } catch {
            // One holder failing to drop its copy must not keep the others from hearing.
          }
        }
      }
      return version;
    } catch (error) {
      state.version = null;
      throw error;
    } finally {
      state.reading = null;
    }
  })();
  return state.reading;
}

/**
 * Calls `listener` whenever this process reads a stamp other than the last one it read (a cache of content
 * drops its copy there). Only reads through contentVersion() notice a change. Returns the unsubscribe.
 */
export function onContentChange(listener: ContentChangeListener): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

/** Makes the next contentVersion() read the database (the process that changed the content need not wait). */
export function forgetContentVersion(): void {
  state.checkedAt = Number.NEGATIVE_INFINITY;
}
