/**
 * Redis connections. The HTTP path fails fast (no offline queue, short
 * timeouts) so an outage is a quick 503; the worker waits patiently, as
 * BullMQ requires for its blocking commands.
 *
 * BullMQ ships its own ioredis, so it gets connection *options* and opens its
 * own clients. The webhook path's delivery markers are read and set by the
 * producer's one script over the queue's BullMQ connection, with the job adds
 * (see producer.ts); the service's other keys (written markers, ledgers) use
 * clients from the top-level ioredis with the same options.
 */
import type { ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';

export interface RedisEndpoint {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: Record<string, never>;
}

export function parseRedisUrl(url: string): RedisEndpoint {
  const u = new URL(url);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db: Number.isInteger(db) ? db : 0,
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

const failFast = {
  enableOfflineQueue: false,
  connectTimeout: 2_000,
  commandTimeout: 2_000,
  maxRetriesPerRequest: 1,
  retryStrategy: (times: number) => Math.min(100 * times, 2_000),
};

const patient = {
  maxRetriesPerRequest: null,
  connectTimeout: 5_000,
  retryStrategy: (times: number) => Math.min(200 * times, 5_000),
};

/** The HTTP path's own client: readiness pings. */
export function redisForProducer(url: string): Redis {
  return new Redis({ ...parseRedisUrl(url), ...failFast });
}

/** The worker side's own client: "written" markers and first-message claims. */
export function redisForWorker(url: string): Redis {
  return new Redis({ ...parseRedisUrl(url), ...patient });
}

export function bullProducerConnection(url: string): ConnectionOptions {
  return { ...parseRedisUrl(url), ...failFast };
}

export function bullWorkerConnection(url: string): ConnectionOptions {
  return { ...parseRedisUrl(url), ...patient };
}
