/**
 * Prometheus metrics. A registry is created per app (never the global one),
 * so tests stay isolated. Labels are small fixed sets: no ids, no text.
 *
 * Names other modules rely on (others may append counters below; keep the
 * existing names and labels stable, dashboards and alerts use them):
 *   hg_webhooks_total{outcome,reason}        webhook deliveries (see WEBHOOK_OUTCOMES)
 *   hg_queue_jobs{queue,state}               BullMQ job counts, read at scrape time
 *   hg_jobs_total{name,outcome}              job attempts by outcome
 *   hg_job_duration_seconds{name}            job processing time
 *   hg_decisions_total{verdict,category}     engine decisions
 *   hg_zendesk_calls_total{status}           Zendesk client operations by status class
 *   hg_zendesk_requests_total{method,endpoint,status}  each HTTP request to Zendesk
 *   hg_zendesk_request_duration_seconds{method,endpoint}
 *   hg_rate_limit_waits_total{source}        pauses after a 429 (zendesk) or calls refused while paused (gate)
 *   hg_rate_limit_wait_seconds_total{source} seconds of pause asked for
 *   hg_refusals_total{outcome}               support refusals (incremented by the workflow)
 *   hg_false_positives_total                 false-positive feedback (incremented by the workflow)
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { settlesWithin } from './settles-within.js';

/**
 * Webhook outcomes. `queued` is the accepted case (202, jobs stored);
 * `rejected` carries a `reason`.
 */
export const WEBHOOK_OUTCOMES = ['queued', 'duplicate', 'skipped', 'ignored', 'rejected'] as const;
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];
export const WEBHOOK_REJECT_REASONS = [
  'signature',
  'json',
  'shape',
  'size',
  'redis',
  'in_progress',
  'other',
] as const;
export type WebhookRejectReason = (typeof WEBHOOK_REJECT_REASONS)[number];

/** BullMQ states exported by hg_queue_jobs. */
export const QUEUE_STATES = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'failed',
  'completed',
  'paused',
] as const;

/** What the queue-depth collector needs from a BullMQ Queue. */
export interface CountableQueue {
  readonly name: string;
  getJobCounts(...types: string[]): Promise<Record<string, number>>;
}

export interface ServiceMetrics {
  registry: Registry;
  webhooks: Counter<'outcome' | 'reason'>;
  jobs: Counter<'name' | 'outcome'>;
  decisions: Counter<'verdict' | 'category'>;
  zendeskCalls: Counter<'status'>;
  zendeskRequests: Counter<'method' | 'endpoint' | 'status'>;
  zendeskRequestDuration: Histogram<'method' | 'endpoint'>;
  rateLimitWaits: Counter<'source'>;
  rateLimitWaitSeconds: Counter<'source'>;
  refusals: Counter<'outcome'>;
  falsePositives: Counter;
  jobDuration: Histogram<'name'>;
  queueJobs: Gauge<'queue' | 'state'>;
  /** Counts one webhook outcome (a rejection needs its reason). */
  webhook(outcome: Exclude<WebhookOutcome, 'rejected'>): void;
  webhook(outcome: 'rejected', reason: WebhookRejectReason): void;
  /** Reads these queues' job counts at each scrape (bounded; see createMetrics). */
  observeQueues(queues: readonly CountableQueue[]): void;
}

export interface MetricsOptions {
  defaultMetrics?: boolean;
  /** Longest a scrape waits for queue counts; stale or absent values are kept after that. Default 1 s. */
  queueCountTimeoutMs?: number;
  /** Counts younger than this are reused instead of asking Redis again. Default 0 (overlapping scrapes share one read). */
  queueCountMaxAgeMs?: number;
}

export function createMetrics(opts: MetricsOptions = {}): ServiceMetrics {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const countTimeoutMs = opts.queueCountTimeoutMs ?? 1_000;
  const countMaxAgeMs = opts.queueCountMaxAgeMs ?? 0;
  const queues: CountableQueue[] = [];
  let lastRead = 0;
  let reading: Promise<void> | undefined;

  const webhooks = new Counter({
    name: 'hg_webhooks_total',
    help: 'Zendesk webhook deliveries by outcome (queued = accepted with 202, duplicate, skipped, ignored, rejected) and, for rejections, reason (signature, json, shape, size, redis, in_progress)',
    labelNames: ['outcome', 'reason'],
    registers: [registry],
  });

  const queueJobs = new Gauge({
    name: 'hg_queue_jobs',
    help: 'Jobs per queue and state, read from Redis at scrape time (one bounded read per scrape)',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      if (queues.length === 0 || Date.now() - lastRead < countMaxAgeMs) return;
      // One read at a time, however many scrapes overlap; bounded by a timeout.
      reading ??= readQueueCounts(this, queues).finally(() => {
        reading = undefined;
      });
      if (await settlesWithin(reading, countTimeoutMs)) lastRead = Date.now();
    },
  });

  function webhook(outcome: WebhookOutcome, reason?: WebhookRejectReason): void {
    if (reason) webhooks.inc({ outcome, reason });
    else webhooks.inc({ outcome });
  }

  return {
    registry,
    webhooks,
    webhook: webhook as ServiceMetrics['webhook'],
    queueJobs,
    observeQueues(list) {
      for (const q of list) if (!queues.includes(q)) queues.push(q);
    },
    jobs: new Counter({
      name: 'hg_jobs_total',
      help: 'Jobs processed by name and outcome',
      labelNames: ['name', 'outcome'],
      registers: [registry],
    }),
    decisions: new Counter({
      name: 'hg_decisions_total',
      help: 'Engine decisions by verdict and category ("none" when no category)',
      labelNames: ['verdict', 'category'],
      registers: [registry],
    }),
    zendeskCalls: new Counter({
      name: 'hg_zendesk_calls_total',
      help: 'Zendesk client operations by HTTP status class or error (an operation may span several pages)',
      labelNames: ['status'],
      registers: [registry],
    }),
    zendeskRequests: new Counter({
      name: 'hg_zendesk_requests_total',
      help: 'HTTP requests to Zendesk by method, templated endpoint (e.g. /tickets/:id) and status ("network", "timeout" without one)',
      labelNames: ['method', 'endpoint', 'status'],
      registers: [registry],
    }),
    zendeskRequestDuration: new Histogram({
      name: 'hg_zendesk_request_duration_seconds',
      help: 'Zendesk request time by method and templated endpoint',
      labelNames: ['method', 'endpoint'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    rateLimitWaits: new Counter({
      name: 'hg_rate_limit_waits_total',
      help: 'Rate-limit pauses: "zendesk" = a 429 paused all Zendesk calls, "gate" = a call refused while paused',
      labelNames: ['source'],
      registers: [registry],
    }),
    rateLimitWaitSeconds: new Counter({
      name: 'hg_rate_limit_wait_seconds_total',
      help: 'Seconds of pause asked for by Retry-After ("zendesk") or remaining when a call was refused ("gate")',
      labelNames: ['source'],
      registers: [registry],
    }),
    refusals: new Counter({
      name: 'hg_refusals_total',
      help: 'Refusal workflow effects by outcome (notice, rejected, suspended)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    falsePositives: new Counter({
      name: 'hg_false_positives_total',
      help: 'False-positive marks on flagged tickets acted on by the service',
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'hg_job_duration_seconds',
      help: 'Job processing time',
      labelNames: ['name'],
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
  };
}

async function readQueueCounts(gauge: Gauge<'queue' | 'state'>, queues: readonly CountableQueue[]) {
  await Promise.all(
    queues.map(async (q) => {
      // One Lua call per queue; a failed read keeps the previous values.
      const counts = await q.getJobCounts(...QUEUE_STATES).catch(() => undefined);
      if (!counts) return;
      for (const state of QUEUE_STATES) gauge.set({ queue: q.name, state }, counts[state] ?? 0);
    }),
  );
}

/**
 * A Zendesk API path as a low-cardinality endpoint label: no /api/v2 prefix,
 * no .json, numeric ids as :id ("/api/v2/tickets/42/comments.json" →
 * "/tickets/:id/comments"). Query strings are dropped.
 */
export function zendeskEndpoint(path: string): string {
  const p = path
    .split('?')[0]!
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/^\/api\/v2/, '')
    .replace(/\.json$/, '')
    .split('/')
    .map((seg) => (/^\d+$/.test(seg) || /^[0-9a-f-]{16,}$/i.test(seg) ? ':id' : seg))
    .join('/');
  return p === '' ? '/' : p;
}

/** One finished Zendesk HTTP request, as the client reports it. */
export interface ZendeskRequestInfo {
  method: string;
  path: string;
  /** HTTP status, or "network" / "timeout" when none came back. */
  status: number | 'network' | 'timeout';
  ms: number;
  /** Retry-After (ms) applied after a 429. */
  retryAfterMs?: number;
}

/** Observer to pass to ZendeskClient (`onRequest`): counts and times each request. */
export function zendeskRequestObserver(metrics: ServiceMetrics): (info: ZendeskRequestInfo) => void {
  return (info) => {
    const endpoint = zendeskEndpoint(info.path);
    metrics.zendeskRequests.inc({ method: info.method, endpoint, status: String(info.status) });
    metrics.zendeskRequestDuration.observe({ method: info.method, endpoint }, info.ms / 1000);
    if (info.status === 429) {
      metrics.rateLimitWaits.inc({ source: 'zendesk' });
      if (info.retryAfterMs !== undefined) {
        metrics.rateLimitWaitSeconds.inc({ source: 'zendesk' }, info.retryAfterMs / 1000);
      }
    }
  };
}

/**
 * Counts every call the service makes through the Zendesk client, by HTTP
 * status ("2xx" on success, the status or "network" on failure). The client's
 * own retries are not separate calls: retries go through BullMQ. A call the
 * client refused because of an earlier 429 (the pause gate) counts as a
 * rate-limit wait with source "gate".
 */
export function instrumentZendeskClient<T extends object>(client: T, metrics: ServiceMetrics): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          const out: unknown = await (value as (...a: unknown[]) => unknown).apply(target, args);
          metrics.zendeskCalls.inc({ status: '2xx' });
          return out;
        } catch (err) {
          const e = err as { status?: unknown; local?: unknown; retryAfterMs?: unknown };
          metrics.zendeskCalls.inc({ status: typeof e.status === 'number' ? String(e.status) : 'network' });
          if (e.local === true) {
            metrics.rateLimitWaits.inc({ source: 'gate' });
            if (typeof e.retryAfterMs === 'number') {
              metrics.rateLimitWaitSeconds.inc({ source: 'gate' }, e.retryAfterMs / 1000);
            }
          }
          throw err;
        }
      };
    },
  });
}
