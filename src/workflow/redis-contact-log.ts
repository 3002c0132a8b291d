/**
 * The engine's ContactLog backed by Redis: one sorted set per requester (per
 * ticket when the requester is unknown), scored by message time, trimmed to
 * the persistence window and expiring on its own.
 *
 * A member is `<messageId>|<ticketId>|<hashed fingerprint>`. Recording is
 * idempotent per message: a retried job adds the same member again (ZADD NX),
 * so it never counts twice. Redis holds no words of the message: each
 * fingerprint token is replaced by a short hash, which keeps the overlap
 * similarity the engine uses.
 */
import type { Redis } from 'ioredis';
import type { ContactEntry, ContactLog } from '../policy/contact-history.js';
import { historyOf } from '../policy/contact-history.js';
import type { ContactHistory } from '../policy/types.js';
import { RedisScript } from '../queue/redis-script.js';
import { digest } from './keys.js';

export interface RedisContactLogOptions {
  redis: Redis;
  /** Builds the sorted-set key for a requester key (already namespaced under the prefix). */
  keyFor: (requesterKey: string) => string;
  windowMinutes: number;
  similarity: number;
  /** Most entries kept per key. Default 500. */
  maxEntriesPerKey?: number;
}

/** One token → 10 hex chars: collisions are negligible at a few dozen tokens a message. */
export function hashFingerprint(fingerprint: string): string {
  return fingerprint
    .split(' ')
    .filter(Boolean)
    .map((t) => digest('token', t).slice(0, 10))
    .sort()
    .join(' ');
}

/**
 * KEYS[1] sorted set; ARGV: member, at (ms), window (ms), max entries, ttl (ms).
 * Returns the members within (at − window, at], this one included.
 */
const recordScript = new RedisScript(`
local key, member = KEYS[1], ARGV[1]
local at, window, max, ttl = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
redis.call('ZADD', key, 'NX', at, member)
local newest = redis.call('ZREVRANGE', key, 0, 0, 'WITHSCORES')
local top = at
if newest[2] and tonumber(newest[2]) > top then top = tonumber(newest[2]) end
redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. (top - window))
redis.call('ZREMRANGEBYRANK', key, 0, -(max + 1))
redis.call('PEXPIRE', key, ttl)
return redis.call('ZRANGEBYSCORE', key, '(' .. (at - window), at)
`);

export class RedisContactLog implements ContactLog {
  constructor(private readonly opts: RedisContactLogOptions) {}

  /** ContactLog: the message id is derived from the entry, so the same message records once. */
  record(requesterKey: string, entry: ContactEntry): Promise<ContactHistory> {
    return this.recordMessage(
      requesterKey,
      digest(String(entry.at), entry.ticketId, entry.fingerprint),
      entry,
    );
  }

  /** Records one message under an explicit id (a retried job passes the same id). */
  async recordMessage(requesterKey: string, messageId: string, entry: ContactEntry): Promise<ContactHistory> {
    const windowMs = Math.round(this.opts.windowMinutes * 60_000);
    const fp = hashFingerprint(entry.fingerprint);
    const member = `${messageId}|${entry.ticketId}|${fp}`;
    const raw = await recordScript.run(
      this.opts.redis,
      [this.opts.keyFor(requesterKey)],
      [member, Math.round(entry.at), windowMs, this.opts.maxEntriesPerKey ?? 500, windowMs * 2 + 60_000],
    );
    const members = Array.isArray(raw) ? raw.map(String) : [];
    let current: ContactEntry | undefined;
    const entries: ContactEntry[] = members.map((m) => {
      const [id = '', ticketId = '', fingerprint = ''] = m.split('|');
      const e: ContactEntry = { at: entry.at, ticketId, fingerprint };
      if (id === messageId) current = e;
      return e;
    });
    if (!current) {
      // The message fell outside its own window (clock skew): count it alone.
      current = { at: entry.at, ticketId: entry.ticketId, fingerprint: fp };
      entries.push(current);
    }
    return historyOf(entries, current, this.opts);
  }
}
