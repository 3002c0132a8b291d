/**
 * The producer used by the HTTP path. It stores the jobs of one Zendesk event
 * at most once, and only reports success once they are in Redis.
 *
 * Ordering, per delivery:
 *   1. claim the event's delivery key (SET NX "pending:<token>", short TTL) —
 *      an existing "done" means duplicate; an existing "pending" means another
 *      delivery of the same event is being stored right now, so wait for it
 *      (bounded; then 503);
 *   2. add the jobs (BullMQ's add script, one per job, deterministic job ids;
 *      the job's JSON is built from a template that BullMQ's own Job class
 *      made at start-up, so the stored job is the one `Job#addJob` would
 *      store, without building a Job per webhook; the payload is serialised
 *      once per event, whatever the number of its jobs);
 *   3. mark the key "done" for `dedupTtlSeconds` (the policy's dedup.days),
 *      with a script that sets it only when every job of the event exists.
 * 2 and 3 are sent together, right after each other on the same connection,
 * so Redis runs 3 after 2 and a failed add never leaves a "done" behind. The
 * answer waits for the adds only. A Redis error in 2 releases the claim and
 * surfaces (→ 503, Zendesk retries). A crash between 1 and 2 leaves a pending
 * key that expires by itself, and until then redeliveries get 503, never a
 * 200: a 2xx is only ever given for an event whose jobs are stored. Should
 * the marker be lost after the adds, the job id (BullMQ collapses the re-add
 * while the job is kept) and the worker's per-decision "written" marker keep
 * a redelivery harmless.
 *
 * Every command goes over the queue's own connection (fail-fast options), so
 * one connection keeps them in order: a later delivery's claim sees "done".
 * Commands issued in one event-loop turn, by all concurrent webhooks, leave
 * in one socket write: the socket is corked from the turn's first command
 * until setImmediate (on loopback a write costs the sender the receiver's
 * kernel work too, and one per command was the largest cost per webhook).
 * Each command's promise is awaited or caught where it is issued, so a
 * connection closed meanwhile rejects into a 503, never an unhandled error.
 */
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Job, Queue } from 'bullmq';
import type { ConnectionOptions, JobJson, JobsOptions, RedisJobOptions } from 'bullmq';
import type { Redis, RedisOptions } from 'ioredis';
import type { Logger } from '../log.js';
import type { TicketEvent } from '../tickets/types.js';
import { JOB_CATALOGUE, jobIds, serviceKeys } from './catalogue.js';
import type { JobName, JobPayloads, JobTuning, ServiceKeys } from './catalogue.js';

/** How long a claim may stay pending before a redelivery may take over. */
const PENDING_TTL_MS = 15_000;
/** A concurrent duplicate waits this long (bounded) for the first delivery to finish. */
const PENDING_POLL_MS = 25;
const PENDING_POLL_LIMIT = 120;
/**
 * Bound on each command, and on waiting for the connection: an unanswered
 * Redis must become a 503, not a hung request. Commands are bounded by the
 * connection's own commandTimeout (bullProducerConnection sets 2 s; options
 * without one get this), so no request needs a timer of its own.
 */
const COMMAND_TIMEOUT_MS = 5_000;

/** KEYS: the delivery key, then every job's key. ARGV: the marker's TTL in seconds. */
const MARK_DONE_LUA = `
for i = 2, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 0 then return 0 end
end
redis.call('SET', KEYS[1], 'done', 'EX', ARGV[1])
return 1
`;
/** KEYS: the delivery key. ARGV: the claim's token. */
const RELEASE_LUA = `
if redis.call('GET', KEYS[1]) == 'pending:' .. ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`;
const MARK_DONE = 'harassmentGuardMarkDelivered';
const RELEASE = 'harassmentGuardReleaseDelivery';

type BullClient = Awaited<Queue['client']>;

/**
 * What the producer uses of the queue's ioredis client (BullMQ types it
 * narrowly). The two scripts are defined on it as ioredis commands, which
 * send EVAL on a socket's first use and EVALSHA after, in order.
 */
interface ProducerClient {
  set(key: string, value: string, px: 'PX', ms: number, nx: 'NX'): Promise<'OK' | null>;
  get(key: string): Promise<string | null>;
  defineCommand(name: string, def: { lua: string }): void;
  [MARK_DONE]?: (numKeys: number, ...keysAndArgs: (string | number)[]) => Promise<number>;
  [RELEASE]?: (numKeys: number, key: string, token: string) => Promise<number>;
  /** ioredis' socket to Redis. */
  stream?: { cork(): void; uncork(): void };
}

export type EnqueueOutcome =
  | { status: 'queued'; jobs: { name: JobName; id: string }[] }
  | { status: 'duplicate' }
  /** Another delivery of the same event is still being stored: answer 503 so Zendesk retries. */
  | { status: 'in-progress' };

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

export class JobProducer {
  readonly keys: ServiceKeys;
  private readonly queue: Queue;
  /** Per job name, the job BullMQ's Job class would store, less id, data, timestamp (see jobTemplate). */
  private readonly templates: Record<JobName, JobTemplate>;
  private readonly redis: Redis;
  private readonly ttlSeconds: number;
  /** The queue's connection, once BullMQ has it up. */
  private client: (BullClient & ProducerClient) | undefined;
  /** The socket corked until this turn's setImmediate, if any. */
  private corked: { uncork(): void } | undefined;
  private readonly uncork = (): void => {
    const stream = this.corked;
    this.corked = undefined;
    stream?.uncork();
  };

  constructor(private readonly opts: JobProducerOptions) {
    this.redis = opts.redis;
    this.keys = serviceKeys(opts.prefix);
    this.ttlSeconds = Math.ceil(opts.dedupTtlSeconds);
    const entries = Object.entries(JOB_CATALOGUE) as [JobName, (typeof JOB_CATALOGUE)[JobName]][];
    const queueNames = [...new Set(entries.map(([, e]) => e.queue))];
    // The done marker must follow every add of the event on one connection.
    if (queueNames.length !== 1) throw new Error('the producer expects every job in one queue');
    this.queue = new Queue(String(queueNames[0]), {
      connection: bounded(opts.bullConnection),
      prefix: opts.prefix,
    });
    this.templates = Object.fromEntries(
      entries.map(([name, e]) => [name, jobTemplate(this.queue, name, e.options(opts.tuning))]),
    ) as Record<JobName, JobTemplate>;
  }

  /** The BullMQ queues, for the admin dashboard and tests. */
  allQueues(): Queue[] {
    return [this.queue];
  }

  /** Stores the given jobs for `event` at most once (see the file comment). Redis errors are thrown. */
  async enqueue(event: TicketEvent, names: JobName[], requestId?: string): Promise<EnqueueOutcome> {
    const client = this.client ?? (await this.connect());
    const key = this.keys.delivery(event.eventId);
    const token = randomUUID();
    for (let i = 0; ; i++) {
      this.hold(client);
      const claimed = await client.set(key, `pending:${token}`, 'PX', PENDING_TTL_MS, 'NX');
      if (claimed === 'OK') break;
      this.hold(client);
      const state = await client.get(key);
      if (state === 'done') return { status: 'duplicate' };
      if (state === null) continue; // the other claim was just released or expired: try again
      if (i >= PENDING_POLL_LIMIT) return { status: 'in-progress' };
      await sleep(PENDING_POLL_MS);
    }

    const jobs: { name: JobName; id: string }[] = [];
    const added: Promise<unknown>[] = [];
    try {
      const payload: JobPayloads[JobName] = {
        event,
        receivedAt: new Date().toISOString(),
        ...(requestId ? { requestId } : {}),
      };
      // What Job#asJSON does with the payload; one string serves every job of the event.
      const data = JSON.stringify(payload);
      const timestamp = Date.now();
      const markKeys: string[] = [key];
      this.hold(client);
      for (const name of names) {
        const id = jobIds[name](event);
        jobs.push({ name, id });
        markKeys.push(this.queue.toKey(id));
        const t = this.templates[name];
        const opts: RedisJobOptions = { ...t.opts, jobId: id };
        const json: JobJson = { ...t.json, id, data, timestamp, opts };
        added.push(this.queue.scripts.addJob(client, json, opts, id));
      }
      // Not awaited: the answer depends on the adds only (see the file comment).
      (client[MARK_DONE] as NonNullable<ProducerClient[typeof MARK_DONE]>)(
        markKeys.length,
        ...markKeys,
        this.ttlSeconds,
      ).catch((err: unknown) => {
        this.opts.logger.warn(
          { err, ticketId: event.ticketId, eventId: event.eventId },
          'dedup marker not set',
        );
      });
      await (added.length === 1 ? added[0] : Promise.all(added));
    } catch (err) {
      // Also reached when building a job threw after earlier adds were sent.
      for (const p of added) p.catch(() => undefined);
      this.hold(client);
      await (client[RELEASE] as NonNullable<ProducerClient[typeof RELEASE]>)(1, key, token).catch(
        () => undefined,
      );
      throw err;
    }
    return { status: 'queued', jobs };
  }

  /** The queue's client, bounded: a Redis that never comes up is a 503, not a hung request. */
  private async connect(): Promise<BullClient & ProducerClient> {
    const client = (await withTimeout(this.queue.client, COMMAND_TIMEOUT_MS)) as BullClient & ProducerClient;
    if (!client[MARK_DONE]) client.defineCommand(MARK_DONE, { lua: MARK_DONE_LUA });
    if (!client[RELEASE]) client.defineCommand(RELEASE, { lua: RELEASE_LUA });
    this.client = client;
    return client;
  }

  /** Corks the connection's socket until setImmediate: this turn's commands leave in one write. */
  private hold(client: ProducerClient): void {
    if (this.corked) return;
    const stream = client.stream;
    if (!stream) return;
    stream.cork();
    this.corked = stream;
    setImmediate(this.uncork);
  }

  /** Resolves once both connections are up (tests, and start-up when Redis is already there). */
  async waitUntilReady(): Promise<void> {
    if (this.redis.status !== 'ready') {
      await new Promise<void>((resolve, reject) => {
        this.redis.once('ready', resolve);
        this.redis.once('end', () => reject(new Error('Redis connection ended')));
      });
    }
    await this.queue.waitUntilReady();
  }

  /** True when Redis answers a PING within the connection's command timeout. */
  async ping(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  /**
   * Closes the queue; bounded, since a close waits for Redis when it is down.
   * A queue closed while its connection is still starting (BullMQ 5.81)
   * re-emits the start-up's failure on that connection after the close has
   * removed every listener: an unhandled rejection, which would turn a clean
   * exit into a crash. So the connection keeps one listener after the close.
   */
  async close(timeoutMs = 2_000): Promise<void> {
    this.uncork();
    try {
      await withTimeout(this.queue.close(), timeoutMs);
    } catch {
      await withTimeout(this.queue.disconnect(), timeoutMs).catch(() => undefined);
    }
    (this.queue as unknown as { connection?: EventEmitter }).connection?.on('error', () => undefined);
  }
}

interface JobTemplate {
  json: JobJson;
  opts: RedisJobOptions;
}

/**
 * The JSON BullMQ's Job class makes for a new job named `name` with these
 * options (Job#asJSON: options encoded, counters at zero, failedReason and
 * friends as BullMQ serialises them), made once. The producer fills in id,
 * data, timestamp and the job id in the options, and hands it to BullMQ's
 * add script (Scripts#addJob) as Job#addJob does. Only what BullMQ's
 * standard add covers is allowed: no delay, priority, repeat, parent or
 * deduplication, which take other scripts or per-job keys.
 */
function jobTemplate(queue: Queue, name: JobName, options: JobsOptions): JobTemplate {
  const probeId = 'template-probe';
  const job = new Job(queue, name, {}, { ...options, jobId: probeId }, probeId);
  const json = job.asJSON();
  // Job#addJob's own checks, once: the options are the same for every job of
  // this name, and its id checks (not an integer, no ':') hold for every id
  // jobIds makes ('evaluate-' or 'workflow-' and 40 hex digits).
  (job as unknown as { validateOptions(j: JobJson): void }).validateOptions(json);
  const special = (
    ['delay', 'priority', 'repeat', 'parent', 'deduplication', 'debounce', 'sizeLimit'] as const
  ).filter((k) => options[k] !== undefined);
  if (special.length > 0 || json.parentKey !== undefined || json.deduplicationId !== undefined) {
    throw new Error(`job ${name}: the producer adds standard jobs only (not ${special.join(', ')})`);
  }
  return { json, opts: json.opts };
}

/** `conn`, with a commandTimeout when it is options that set none (a client instance keeps its own). */
function bounded(conn: ConnectionOptions): ConnectionOptions {
  const isClient = typeof (conn as { sendCommand?: unknown }).sendCommand === 'function';
  if (isClient || (conn as { commandTimeout?: number }).commandTimeout !== undefined) return conn;
  return { ...(conn as RedisOptions), commandTimeout: COMMAND_TIMEOUT_MS };
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
