/**
 * Prometheus metrics. A registry is created per app (never the global one),
 * so tests stay isolated. Labels are small fixed sets: no ids, no text.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface ServiceMetrics {
  registry: Registry;
  webhooks: Counter<'outcome'>;
  jobs: Counter<'name' | 'outcome'>;
  decisions: Counter<'verdict' | 'category'>;
  zendeskCalls: Counter<'status'>;
  jobDuration: Histogram<'name'>;
}

export function createMetrics(opts: { defaultMetrics?: boolean } = {}): ServiceMetrics {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  return {
    registry,
    webhooks: new Counter({
      name: 'hg_webhooks_total',
      help: 'Zendesk webhook deliveries by outcome (queued, duplicate, skipped, ignored, unauthorized, invalid, unavailable)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
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
      help: 'Zendesk API calls by HTTP status class or error',
      labelNames: ['status'],
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

/**
 * Counts every call the service makes through the Zendesk client, by HTTP
 * status ("2xx" on success, the status or "network" on failure). The client's
 * own retries are not separate calls: retries go through BullMQ.
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
          const status = (err as { status?: unknown }).status;
          metrics.zendeskCalls.inc({ status: typeof status === 'number' ? String(status) : 'network' });
          throw err;
        }
      };
    },
  });
}
