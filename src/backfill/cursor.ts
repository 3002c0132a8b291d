/**
 * Where a backfill stands, kept in Redis under the queue prefix so a second
 * run (after an error, Ctrl-C or a deploy) continues instead of starting over.
 * One cursor per mode and start day: a dry run never moves the live cursor.
 */
import type { Redis } from 'ioredis';

export interface BackfillCursor {
  /** The export's next start_time (unix seconds). */
  startTime: number;
  /** Pages done so far, over every run. */
  pages: number;
  /** Messages handed on (evaluated or enqueued) so far, over every run. */
  messages: number;
  updatedAt: string;
}

export interface CursorStore {
  load(): Promise<BackfillCursor | undefined>;
  save(cursor: BackfillCursor): Promise<void>;
  clear(): Promise<void>;
  readonly key: string;
}

/** Cursors outlive any sensible pause between runs, but not forever. */
const CURSOR_TTL_SECONDS = 90 * 86_400;

export function backfillCursorKey(prefix: string, mode: 'live' | 'dry-run', since: string): string {
  return `${prefix}:backfill:cursor:${mode}:${since}`;
}

export function redisCursorStore(redis: Redis, key: string): CursorStore {
  return {
    key,
    async load() {
      const raw = await redis.get(key);
      if (raw === null) return undefined;
      try {
        const v = JSON.parse(raw) as Partial<BackfillCursor>;
        if (typeof v.startTime !== 'number' || !Number.isFinite(v.startTime)) return undefined;
        return {
          startTime: v.startTime,
          pages: typeof v.pages === 'number' ? v.pages : 0,
          messages: typeof v.messages === 'number' ? v.messages : 0,
          updatedAt: typeof v.updatedAt === 'string' ? v.updatedAt : '',
        };
      } catch {
        return undefined;
      }
    },
    async save(cursor) {
      await redis.set(key, JSON.stringify(cursor), 'EX', CURSOR_TTL_SECONDS);
    },
    async clear() {
      await redis.del(key);
    },
  };
}
