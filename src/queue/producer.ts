/**
 * The producer used by the HTTP path. It stores the jobs of one Zendesk event
 * at most once, and only reports success once they are in Redis.
 *
 * Ordering, per delivery:
 *   1. claim the event's delivery key (SET NX "pending:<token>", short TTL) —
 *      an existing "done" means duplicate; an existing "pending" means another
 *      delivery of the same event is being stored right now, so wait for it
 *      (bounded; then 503);
 *   2. add the jobs (deterministic job ids, one MULTI per queue);
 *   3. mark the key "done" for `dedupTtlSeconds` (the policy's dedup.days).
 * A Redis error before 3 releases the claim and surfaces (→ 503, Zendesk
 * retries). A crash between 1 and 2 leaves a pending key that expires by
 * itself, and until then redeliveries get 503, never a 200: a 2xx is only ever
 * given for an event whose jobs are stored. A crash between 2 and 3 is covered
 * by the job id (BullMQ collapses the re-add while the job is kept) and by the
 * worker's per-decision "written" marker.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import type { ConnectionOptions, JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../log.js';
import type { TicketEvent } from '../tickets/types.js';
import { JOB_CATALOGUE, jobIds, serviceKeys } from './catalogue.js';
import type { JobName, JobPayloads, JobTuning, ServiceKeys } from './catalogue.js';
import { RedisScript } from './redis-script.js';

/** How long a claim may stay pending before a redelivery may take over. */
const PENDING_TTL_MS = 15_000;
/** A concurrent duplicate waits this long (bounded) for the first delivery to finish. */
const PENDING_POLL_MS = 25;
const PENDING_POLL_LIMIT = 120;
/** Bound on one add: an unanswered Redis must become a 503, not a hung request. */
const ADD_TIMEOUT_MS = 5_000;

const releaseScript = new RedisScript(`
if redis.call('GET', KEYS[1]) == 'pending:' .. ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`);

export type EnqueueOutcome =
  | { status: 'queued'; jobs: { name: JobName; id: string }[] }
  | { status: 'duplicate' }
  /** Another delivery of the same event is still being stored: answer 503 so Zendesk retries. */
  | { status: 'in-progress' };

export interface JobProducerOptions {
  /** The service's own fail-fast client (redisForProducer). */
  redis: Redis;
  /** BullMQ's connection options, also fail-fast (bullProducerConnection). */
  bullConnection: ConnectionOptions;
  prefix: string;
  tuning: JobTuning;
  dedupTtlSeconds: number;
  logger: Logger;
}

interface BulkJob {
  name: JobName;
  data: JobPayloads[JobName];
  opts: JobsOptions;
}

interface Batch {
  items: BulkJob[];
  waiters: { resolve: () => void; reject: (err: unknown) => void }[];
}

export class JobProducer {
  readonly keys: ServiceKeys;
  private readonly batches = new Map<string, Batch>();
  private readonly queues = new Map<string, Queue>();
  private readonly redis: Redis;

  constructor(private readonly opts: JobProducerOptions) {
    this.redis = opts.redis;
    this.keys = serviceKeys(opts.prefix);
    for (const entry of Object.values(JOB_CATALOGUE)) {
      if (!this.queues.has(entry.queue)) {
        this.queues.set(
          entry.queue,
          new Queue(entry.queue, { connection: opts.bullConnection, prefix: opts.prefix }),
        );
      }
    }
  }

  /** The BullMQ queues, for the admin dashboard and tests. */
  allQueues(): Queue[] {
    return [...this.queues.values()];
  }

  /** Stores the given jobs for `event` at most once (see the file comment). Redis errors are thrown. */
  async enqueue(event: TicketEvent, names: JobName[], requestId?: string): Promise<EnqueueOutcome> {
    const key = this.keys.delivery(event.eventId);
    const token = randomUUID();
    for (let i = 0; ; i++) {
      const claimed = await this.redis.set(key, `pending:${token}`, 'PX', PENDING_TTL_MS, 'NX');
      if (claimed === 'OK') break;
      const state = await this.redis.get(key);
      if (state === 'done') return { status: 'duplicate' };
      if (state === null) continue; // the other claim was just released or expired: try again
      if (i >= PENDING_POLL_LIMIT) return { status: 'in-progress' };
      await sleep(PENDING_POLL_MS);
    }

    const data: JobPayloads[JobName] = {
      event,
      receivedAt: new Date().toISOString(),
      ...(requestId ? { requestId } : {}),
    };
    const jobs = names.map((name) => ({ name, id: jobIds[name](event) }));
    try {
      await withTimeout(this.addAll(names, data, jobs), ADD_TIMEOUT_MS);
    } catch (err) {
      await releaseScript.run(this.redis, [key], [token]).catch(() => undefined);
      throw err;
    }
    // Not awaited: the jobs are stored, so the answer is 202 whatever happens
    // here (commands on one connection keep their order, so a later delivery
    // sees "done"). Should the marker be lost, the pending claim expires, and
    // the job ids and the worker's "written" markers keep a redelivery harmless.
    this.redis.set(key, 'done', 'EX', Math.ceil(this.opts.dedupTtlSeconds)).catch((err: unknown) => {
      this.opts.logger.warn(
        { err, ticketId: event.ticketId, eventId: event.eventId },
        'dedup marker not set',
      );
    });
    return { status: 'queued', jobs };
  }

  private async addAll(
    names: JobName[],
    data: JobPayloads[JobName],
    jobs: { name: JobName; id: string }[],
  ): Promise<void> {
    const byQueue = new Map<string, BulkJob[]>();
    names.forEach((name, i) => {
      const entry = JOB_CATALOGUE[name];
      const list = byQueue.get(entry.queue) ?? [];
      list.push({ name, data, opts: { ...entry.options(this.opts.tuning), jobId: jobs[i]?.id } });
      byQueue.set(entry.queue, list);
    });
    await Promise.all([...byQueue].map(([queueName, list]) => this.batchedAdd(queueName, list)));
  }

  /**
   * Adds that arrive in the same event-loop turn (concurrent webhooks) go to
   * Redis together: one job alone is one EVALSHA, several are one MULTI. Each
   * caller learns the batch's outcome, so no caller answers 202 for a job that
   * was not stored.
   */
  private batchedAdd(queueName: string, items: BulkJob[]): Promise<void> {
    let batch = this.batches.get(queueName);
    if (!batch) {
      const fresh: Batch = { items: [], waiters: [] };
      batch = fresh;
      this.batches.set(queueName, fresh);
      setImmediate(() => void this.flush(queueName, fresh));
    }
    batch.items.push(...items);
    const waiters = batch.waiters;
    return new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
  }

  private async flush(queueName: string, batch: Batch): Promise<void> {
    if (this.batches.get(queueName) === batch) this.batches.delete(queueName);
    try {
      const queue = this.queues.get(queueName);
      if (!queue) throw new Error(`queue ${queueName} missing`);
      const [only] = batch.items;
      if (batch.items.length === 1 && only) await queue.add(only.name, only.data, only.opts);
      else await queue.addBulk(batch.items);
      for (const w of batch.waiters) w.resolve();
    } catch (err) {
      for (const w of batch.waiters) w.reject(err);
    }
  }

  /** Resolves once both connections are up (tests, and start-up when Redis is already there). */
  async waitUntilReady(): Promise<void> {
    if (this.redis.status !== 'ready') {
      await new Promise<void>((resolve, reject) => {
        this.redis.once('ready', resolve);
        this.redis.once('end', () => reject(new Error('Redis connection ended')));
      });
    }
    await Promise.all([...this.queues.values()].map((q) => q.waitUntilReady()));
  }

  /** True when Redis answers a PING within the connection's command timeout. */
  async ping(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  /** Closes the queues; bounded, since a close waits for Redis when it is down. */
  async close(timeoutMs = 2_000): Promise<void> {
    await Promise.allSettled(
      [...this.queues.values()].map(async (q) => {
        try {
          await withTimeout(q.close(), timeoutMs);
        } catch {
          await withTimeout(q.disconnect(), timeoutMs).catch(() => undefined);
        }
      }),
    );
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
