/**
 * The producer used by the HTTP path. It stores the jobs of one Zendesk event
 * at most once, and only reports success once they are in Redis.
 *
 * For each job of the event, two commands go to Redis back to back on the
 * queue's connection (one round trip): `EXISTS` on the job's deduplication
 * key and on the job itself, then BullMQ's own add script with
 * `deduplication: { id: jobId, ttl }`. The add script stores the job only
 * when neither exists and sets the deduplication key for `dedupTtlSeconds`
 * (the policy's dedup.days); BullMQ keeps that key when a finished job is
 * removed by age or count, so a redelivery days later is still recognised.
 * Storage is therefore exactly once whatever the timing.
 *
 * The answer (202 stored / 200 duplicate) comes from the EXISTS just before
 * the add. Both are written in the same synchronous step and one connection
 * keeps its commands in order, so of several concurrent deliveries of the
 * same event to one process exactly one gets 202. (Two api replicas receiving
 * the same event at the same instant may both answer 202, as may two
 * deliveries racing while Redis reloads its script cache; the job is still
 * stored once.) A 2xx is only given once the add script has answered; a
 * Redis error or timeout surfaces (→ 503, Zendesk retries, and the retry
 * finds the job if the add did run). Every command is bounded by the fail-fast
 * connection's commandTimeout, so an unanswered Redis is a quick 503 too.
 */
import { Job, Queue } from 'bullmq';
import type { ConnectionOptions, JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../log.js';
import type { TicketEvent } from '../tickets/types.js';
import { JOB_CATALOGUE, jobIds, serviceKeys } from './catalogue.js';
import type { JobName, JobPayloads, JobTuning, ServiceKeys } from './catalogue.js';

/** Bound on waiting for a queue's first connection: a Redis down at start is a 503, not a hung request. */
const CONNECT_TIMEOUT_MS = 5_000;

type BullClient = Awaited<Queue['client']>;

export type EnqueueOutcome =
  { status: 'queued'; jobs: { name: JobName; id: string }[] } | { status: 'duplicate' };

export interface JobProducerOptions {
  /** The service's own fail-fast client (redisForProducer): readiness pings. */
  redis: Redis;
  /** BullMQ's connection options, also fail-fast (bullProducerConnection). */
  bullConnection: ConnectionOptions;
  prefix: string;
  tuning: JobTuning;
  dedupTtlSeconds: number;
  logger: Logger;
}

/** What is used of BullMQ's ioredis client besides its scripts (BullMQ types the client narrowly). */
interface RawClient {
  exists(...keys: string[]): Promise<number>;
  /** ioredis' socket to Redis. */
  stream?: { cork(): void; uncork(): void };
}

interface Target {
  queue: Queue;
  /** The queue's connection, once BullMQ has created it. */
  client?: BullClient;
  jobOptions: JobsOptions;
  dedupPrefix: string;
}

export class JobProducer {
  readonly keys: ServiceKeys;
  private readonly queues = new Map<string, Queue>();
  private readonly targets = new Map<JobName, Target>();
  private readonly redis: Redis;

  constructor(private readonly opts: JobProducerOptions) {
    this.redis = opts.redis;
    this.keys = serviceKeys(opts.prefix);
    for (const [name, entry] of Object.entries(JOB_CATALOGUE) as [
      JobName,
      (typeof JOB_CATALOGUE)[JobName],
    ][]) {
      let queue = this.queues.get(entry.queue);
      if (!queue) {
        queue = new Queue(entry.queue, { connection: opts.bullConnection, prefix: opts.prefix });
        this.queues.set(entry.queue, queue);
      }
      const target: Target = {
        queue,
        jobOptions: entry.options(opts.tuning),
        dedupPrefix: `${queue.keys.de}:`,
      };
      void queue.client.then(
        (client) => (target.client = client),
        () => undefined, // surfaces on use
      );
      this.targets.set(name, target);
    }
  }

  /** The BullMQ queues, for the admin dashboard and tests. */
  allQueues(): Queue[] {
    return [...this.queues.values()];
  }

  /** The Redis key that marks `name`'s job for `event` as stored (BullMQ's deduplication key). */
  dedupKey(name: JobName, event: TicketEvent): string {
    return `${this.target(name).dedupPrefix}${jobIds[name](event)}`;
  }

  /** Stores the given jobs for `event` at most once (see the file comment). Redis errors are thrown. */
  async enqueue(event: TicketEvent, names: JobName[], requestId?: string): Promise<EnqueueOutcome> {
    const data: JobPayloads[JobName] = {
      event,
      receivedAt: new Date().toISOString(),
      ...(requestId ? { requestId } : {}),
    };
    const jobs = names.map((name) => ({ name, id: jobIds[name](event) }));
    const targets = jobs.map((job) => this.target(job.name));
    const ready = targets.map((t) => t.client);
    const clients = ready.every((c) => c !== undefined)
      ? ready
      : await withTimeout(Promise.all(targets.map((t) => t.queue.client)), CONNECT_TIMEOUT_MS);
    // Each job's two commands are issued in one synchronous step (see above),
    // and leave in one write: the socket is corked meanwhile (a socket write
    // is a syscall, which under load costs more than building a command).
    const existed: Promise<number>[] = [];
    const added: Promise<unknown>[] = [];
    jobs.forEach((job, i) => {
      const { queue, jobOptions, dedupPrefix } = targets[i] as Target;
      const client = clients[i] as BullClient;
      const opts: JobsOptions = {
        ...jobOptions,
        jobId: job.id,
        deduplication: { id: job.id, ttl: this.opts.dedupTtlSeconds * 1000 },
      };
      const raw = client as unknown as RawClient;
      raw.stream?.cork();
      try {
        existed.push(raw.exists(dedupPrefix + job.id, queue.toKey(job.id)));
        added.push(new Job(queue, job.name, data, opts, job.id).addJob(client));
      } finally {
        raw.stream?.uncork();
      }
    });
    const [counts] = await Promise.all([Promise.all(existed), Promise.all(added)]);
    if (counts.every((n) => n > 0)) return { status: 'duplicate' };
    return { status: 'queued', jobs };
  }

  private target(name: JobName): Target {
    const target = this.targets.get(name);
    if (!target) throw new Error(`no queue for ${name}`);
    return target;
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
