/**
 * Exactly-once bookkeeping for the service's effects on Zendesk.
 *
 * An effect (a decision's note, a refusal, a rejection note, a false-positive
 * cleanup) has stages ("write", "notice", "suspension", …). Before a write is
 * sent, `beginAttempt` records that it is being tried; after it succeeded,
 * `markDone` records the stage. A job that finds a stage not done but an
 * earlier attempt recorded cannot know whether that write reached Zendesk
 * (a timeout after the write, or a worker killed before the job completed):
 * the caller must then look in Zendesk itself (its marker among the recent
 * comments, or the audit trail) before writing again.
 */
import type { Redis } from 'ioredis';
import type { WorkflowKeys } from './keys.js';

export class EffectLedger {
  constructor(
    private readonly redis: Redis,
    private readonly keys: WorkflowKeys,
    private readonly ttlSeconds: number,
  ) {}

  async isDone(effectId: string, stage: string): Promise<boolean> {
    return (await this.redis.hexists(this.keys.effect(effectId), stage)) === 1;
  }

  /** Records the stage as done; true when this call was the first to do so. */
  async markDone(effectId: string, stage: string, at: Date = new Date()): Promise<boolean> {
    const key = this.keys.effect(effectId);
    const [[, set]] = (await this.redis
      .multi()
      .hsetnx(key, stage, at.toISOString())
      .expire(key, this.ttlSeconds)
      .exec()) as [[Error | null, number], [Error | null, number]];
    return set === 1;
  }

  /** Records that a write for this stage is about to be sent; true when an earlier attempt was recorded. */
  async beginAttempt(effectId: string, stage: string): Promise<boolean> {
    const set = await this.redis.set(
      this.keys.attempt(`${effectId}:${stage}`),
      '1',
      'EX',
      this.ttlSeconds,
      'NX',
    );
    return set === null;
  }

  /**
   * A short exclusive claim on a stage that has no compare-and-swap of its own
   * in Zendesk (suspending a user): false when another job holds it.
   */
  async claim(effectId: string, stage: string, seconds = 60): Promise<boolean> {
    const set = await this.redis.set(
      this.keys.attempt(`${effectId}:${stage}:claim`),
      '1',
      'EX',
      seconds,
      'NX',
    );
    return set === 'OK';
  }

  async release(effectId: string, stage: string): Promise<void> {
    await this.redis.del(this.keys.attempt(`${effectId}:${stage}:claim`));
  }
}
