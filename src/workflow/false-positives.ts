/**
 * False-positive feedback memory: which messages the service flagged on a
 * ticket, which of them an agent marked as false positives (never flagged
 * again, even when the event is redelivered or replayed), and how many marks
 * there were. Message keys are digests (see keys.ts), never text.
 */
import type { Redis } from 'ioredis';
import type { WorkflowKeys } from './keys.js';

export class FalsePositiveStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: WorkflowKeys,
    private readonly ttlSeconds: number,
  ) {}

  /** Remembers that the service flagged this message on this ticket. */
  async recordFlagged(ticketId: string, messageKey: string): Promise<void> {
    const key = this.keys.flagged(ticketId);
    await this.redis.multi().sadd(key, messageKey).expire(key, this.ttlSeconds).exec();
  }

  async isMarked(ticketId: string, messageKey: string): Promise<boolean> {
    return (await this.redis.sismember(this.keys.falsePositive(ticketId), messageKey)) === 1;
  }

  /** Marks every message the service flagged on the ticket so far; returns how many. */
  async markTicket(ticketId: string): Promise<number> {
    const dest = this.keys.falsePositive(ticketId);
    const [[, n]] = (await this.redis
      .multi()
      .sunionstore(dest, dest, this.keys.flagged(ticketId))
      .expire(dest, this.ttlSeconds)
      .exec()) as [[Error | null, number], [Error | null, number]];
    return n;
  }

  /** Counts one false-positive mark; returns the new total. */
  async count(): Promise<number> {
    return this.redis.incr(this.keys.falsePositiveCount);
  }

  async total(): Promise<number> {
    return Number((await this.redis.get(this.keys.falsePositiveCount)) ?? 0);
  }
}
