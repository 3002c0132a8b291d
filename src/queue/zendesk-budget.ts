/**
 * The Zendesk requests-per-minute budget shared by every worker process: a
 * token bucket in Redis (GCRA: one key holding the "theoretical arrival
 * time"), taken before every HTTP request (ZendeskClient `beforeRequest`).
 *
 * A request that fits the budget within `maxSleepMs` reserves its slot and
 * waits for it in-process (short waits keep the job going). A longer wait is
 * not reserved: a ZendeskRateLimitError is thrown, which the worker turns into
 * a queue-wide pause (worker.rateLimit) without using an attempt, as for a 429.
 * Redis' own clock (TIME) is used, so workers on several hosts agree.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { ZendeskRateLimitError } from '../zendesk/errors.js';
import { RedisScript } from './redis-script.js';

const gcraScript = new RedisScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local maxWait = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat - tolerance - now
if wait < 0 then wait = 0 end
if wait > maxWait then return -math.ceil(wait) end
local newTat = tat + interval
redis.call('SET', KEYS[1], tostring(newTat), 'PX', math.ceil(newTat - now) + 1000)
return math.ceil(wait)
`);

export interface ZendeskBudgetOptions {
  redis: Redis;
  /** serviceKeys(prefix).zendeskBudget */
  key: string;
  perMinute: number;
  /** Requests that may go at once after an idle spell. Default: 5 % of a minute's budget, at least 1. */
  burst?: number;
  /** Longest in-process wait for a slot; longer waits pause the queue instead. Default 2 s. */
  maxSleepMs?: number;
}

export class ZendeskBudget {
  private readonly intervalMs: number;
  private readonly toleranceMs: number;
  private readonly maxSleepMs: number;

  constructor(private readonly opts: ZendeskBudgetOptions) {
    this.intervalMs = 60_000 / opts.perMinute;
    const burst = Math.max(1, Math.floor(opts.burst ?? opts.perMinute / 20));
    this.toleranceMs = this.intervalMs * (burst - 1);
    this.maxSleepMs = opts.maxSleepMs ?? 2_000;
  }

  /** Waits for a slot, or throws ZendeskRateLimitError (retryAfterMs = the wait) when it is too far off. */
  async take(method = 'GET', path = '/'): Promise<void> {
    const wait = Number(
      await gcraScript.run(
        this.opts.redis,
        [this.opts.key],
        [this.intervalMs, this.toleranceMs, this.maxSleepMs],
      ),
    );
    if (wait < 0) {
      throw new ZendeskRateLimitError(`Zendesk budget of ${this.opts.perMinute}/min used up`, {
        status: 429,
        retryAfterMs: -wait,
        local: true,
        method,
        path,
        retryable: true,
      });
    }
    if (wait > 0) await sleep(wait);
  }
}
