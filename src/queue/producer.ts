/**
 * The producer used by the HTTP path. It stores the jobs of one Zendesk event
 * at most once, and only reports success once they are in Redis.
 *
 * One command per delivery: a Lua script (ADD_ONCE_LUA) that, atomically,
 *   1. reads the event's delivery key: "done" means a duplicate (nothing is
 *      written); any other value is a claim left by an earlier release of
 *      this service (which claimed, added and marked in three commands), so
 *      the answer is "in progress" (503, Zendesk retries; the claim expires
 *      by itself);
 *   2. adds the jobs with BullMQ's own add script (addStandardJob, its Lua
 *      source as the installed BullMQ ships it, run as a function: the same
 *      keys, arguments and effects as Scripts#addJob), deterministic job ids;
 *      the job's JSON is built from a template that BullMQ's own Job class
 *      made at start-up, so the stored job is the one `Job#addJob` would
 *      store, without building a Job per webhook; the payload is serialised
 *      once per event, whatever the number of its jobs;
 *   3. marks the delivery key "done" for `dedupTtlSeconds` (the policy's
 *      dedup.days), only when every add succeeded.
 * Redis runs a script whole or not at all, so there is no window in which a
 * redelivery can see a half-stored event, and a 2xx is only ever given for
 * an event whose jobs are stored. A Redis error surfaces (→ 503, Zendesk
 * retries); if the script ran but its answer was lost, the redelivery finds
 * "done" and gets a 200. Should the marker be lost (it is a cache with a
 * TTL), the job id (BullMQ collapses the re-add while the job is kept) and
 * the worker's per-decision "written" marker keep a redelivery harmless.
 *
 * Earlier releases sent the claim, the add and the marker as three commands;
 * one script is one Redis command and one reply per webhook (measured with
 * `npm run bench:ingest`, see the README).
 *
 * Every command goes over the queue's own connection (fail-fast options).
 * Commands issued in one event-loop turn, by all concurrent webhooks, leave
 * in one socket write: the socket is corked from the turn's first command
 * until setImmediate (on loopback a write costs the sender the receiver's
 * kernel work too, and one per command was the largest cost per webhook).
 * Each command's promise is awaited where it is issued, so a connection
 * closed meanwhile rejects into a 503, never an unhandled error.
 */
import type { EventEmitter } from 'node:events';
import { Job, Queue } from 'bullmq';
import type { ConnectionOptions, JobJson, JobsOptions, RedisJobOptions } from 'bullmq';
// BullMQ's add script (its source with includes resolved) and the encoder of
// its arguments: the versions are pinned together in package.json, and the
// producer test compares what this stores with what BullMQ's Job#addJob stores.
import { addStandardJob as bullAddStandardJob } from 'bullmq/dist/esm/scripts/addStandardJob-9.js';
import { Packr } from 'msgpackr';
import type { Redis, RedisOptions } from 'ioredis';
import type { Logger } from '../log.js';
import type { TicketEvent } from '../tickets/types.js';
import { JOB_CATALOGUE, jobIds, serviceKeys } from './catalogue.js';
import type { JobName, JobPayloads, JobTuning, ServiceKeys } from './catalogue.js';

/**
 * Bound on each command, and on waiting for the connection: an unanswered
 * Redis must become a 503, not a hung request. Commands are bounded by the
 * connection's own commandTimeout (bullProducerConnection sets 2 s; options
 * without one get this), so no request needs a timer of its own.
 */
const COMMAND_TIMEOUT_MS = 5_000;

/** Keys and arguments of one BullMQ addStandardJob call. */
const BULL_KEYS = bullAddStandardJob.keys;
const BULL_ARGS = 3;

/**
 * KEYS: the delivery key, then BULL_KEYS keys per job. ARGV: the marker's TTL
 * in seconds, the number of jobs, then BULL_ARGS arguments per job.
 * Returns {1, id…} when stored; {0, value} when the delivery key exists;
 * {code, i} when BullMQ's add of the i-th job failed with a negative code
 * (the marker is then not set).
 * BullMQ's script reads the globals KEYS and ARGV; as a function, its
 * parameters of those names stand in for them.
 */
const ADD_ONCE_LUA = `
local function bullAddStandardJob(KEYS, ARGV)
${bullAddStandardJob.content}
end
local state = redis.call('GET', KEYS[1])
if state then return {0, state} end
local ids = {}
for i = 1, tonumber(ARGV[2]) do
  local k, a = {}, {}
  for j = 1, ${BULL_KEYS} do k[j] = KEYS[1 + ${BULL_KEYS} * (i - 1) + j] end
  for j = 1, ${BULL_ARGS} do a[j] = ARGV[2 + ${BULL_ARGS} * (i - 1) + j] end
  local r = bullAddStandardJob(k, a)
  if type(r) == 'number' and r < 0 then return {r, i} end
  ids[i] = r
end
redis.call('SET', KEYS[1], 'done', 'EX', ARGV[1])
return {1, unpack(ids)}
`;
const ADD_ONCE = 'harassmentGuardAddOnce';

/** BullMQ's encoder for the add script's arguments (Scripts: msgpackr with these options). */
const packer = new Packr({ useRecords: false, encodeUndefinedAsNil: true });

type BullClient = Awaited<Queue['client']>;

/**
 * What the producer uses of the queue's ioredis client (BullMQ types it
 * narrowly). The add-once script is defined on it as an ioredis command,
 * which sends EVAL on a socket's first use and EVALSHA after.
 */
interface ProducerClient {
  defineCommand(name: string, def: { lua: string }): void;
  [ADD_ONCE]?: (numKeys: number, ...keysAndArgs: (string | number | Buffer)[]) => Promise<unknown>;
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
  /** BullMQ's Scripts#addStandardJobArgs (protected in its types): the add script's keys and arguments. */
  private readonly addArgs: (job: JobJson, encodedOpts: Buffer, args: unknown[]) => (string | Buffer)[];
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
    const scripts = this.queue.scripts as unknown as {
      addStandardJobArgs: JobProducer['addArgs'];
    };
    this.addArgs = scripts.addStandardJobArgs.bind(scripts);
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
    const payload: JobPayloads[JobName] = {
      event,
      receivedAt: new Date().toISOString(),
      ...(requestId ? { requestId } : {}),
    };
    // What Job#asJSON does with the payload; one string serves every job of the event.
    const data = JSON.stringify(payload);
    const timestamp = Date.now();
    const jobs: { name: JobName; id: string }[] = [];
    const keys: (string | Buffer)[] = [this.keys.delivery(event.eventId)];
    const args: (string | number | Buffer)[] = [this.ttlSeconds, names.length];
    for (const name of names) {
      const id = jobIds[name](event);
      jobs.push({ name, id });
      const t = this.templates[name];
      const opts: RedisJobOptions = { ...t.opts, jobId: id };
      const json: JobJson = { ...t.json, id, data, timestamp, opts };
      // What Scripts#addJob passes to addStandardJob for a job without parent, repeat or deduplication.
      const list = this.addArgs(json, packer.pack(opts), [
        this.queue.keys[''] ?? '',
        id,
        name,
        timestamp,
        null,
        null,
        undefined,
        undefined,
        null,
      ]);
      if (list.length !== BULL_KEYS + BULL_ARGS) throw new Error("BullMQ's add arguments changed shape");
      keys.push(...list.slice(0, BULL_KEYS));
      args.push(...list.slice(BULL_KEYS));
    }
    this.hold(client);
    const reply = (await (client[ADD_ONCE] as NonNullable<ProducerClient[typeof ADD_ONCE]>)(
      keys.length,
      ...keys,
      ...args,
    )) as [number, ...unknown[]];
    const [status, detail] = reply;
    if (status === 1) return { status: 'queued', jobs };
    if (status === 0) return detail === 'done' ? { status: 'duplicate' } : { status: 'in-progress' };
    throw new Error(`BullMQ's add script failed with code ${status} (job ${String(detail)})`);
  }

  /** The queue's client, bounded: a Redis that never comes up is a 503, not a hung request. */
  private async connect(): Promise<BullClient & ProducerClient> {
    const client = (await withTimeout(this.queue.client, COMMAND_TIMEOUT_MS)) as BullClient & ProducerClient;
    if (!client[ADD_ONCE]) client.defineCommand(ADD_ONCE, { lua: ADD_ONCE_LUA });
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
