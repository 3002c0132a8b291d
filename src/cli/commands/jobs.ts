/**
 * `harassment-guard jobs failed` lists dead letters (jobs that used up their
 * attempts) with the error of every attempt; `harassment-guard jobs retry
 * <id...>` or `--all` puts them back in the queue with fresh attempts.
 * Redis and the key prefix come from the service's own environment
 * (REDIS_URL, QUEUE_PREFIX), or --redis-url / --prefix.
 */
import { Queue } from 'bullmq';
import type { Command } from 'commander';
import { z } from 'zod';
import { TICKETS_QUEUE } from '../../queue/catalogue.js';
import { parseRedisUrl } from '../../queue/connections.js';
import { listDeadLetters, retryAllDeadLetters, retryDeadLetters } from '../../queue/dead-letters.js';
import type { DeadLetter } from '../../queue/dead-letters.js';

export interface JobsTarget {
  redisUrl: string;
  prefix: string;
}

interface CommonOptions {
  redisUrl?: string;
  prefix?: string;
}

const targetSchema = z.object({
  redisUrl: z.url({ protocol: /^rediss?$/, error: 'REDIS_URL must be a redis:// or rediss:// URL' }),
  prefix: z.string().regex(/^(?:[A-Za-z0-9_.-]+|\{[A-Za-z0-9_.-]+\}[A-Za-z0-9_.-]*)$/, 'bad QUEUE_PREFIX'),
});

/** --redis-url / --prefix, else REDIS_URL / QUEUE_PREFIX, else the service's defaults. */
export function resolveTarget(opts: CommonOptions, env: NodeJS.ProcessEnv): JobsTarget {
  const r = targetSchema.safeParse({
    redisUrl: opts.redisUrl ?? (env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379'),
    prefix: opts.prefix ?? (env.QUEUE_PREFIX?.trim() || 'hg'),
  });
  if (!r.success) throw new Error(r.error.issues[0]?.message ?? 'bad Redis target');
  return r.data;
}

async function withQueue<T>(target: JobsTarget, fn: (q: Queue) => Promise<T>): Promise<T> {
  const queue = new Queue(TICKETS_QUEUE, {
    connection: { ...parseRedisUrl(target.redisUrl), maxRetriesPerRequest: 1, connectTimeout: 3_000 },
    prefix: target.prefix,
  });
  try {
    return await fn(queue);
  } finally {
    await queue.close();
  }
}

export function formatDeadLetters(letters: DeadLetter[]): string {
  if (letters.length === 0) return 'no failed jobs\n';
  const lines: string[] = [];
  for (const l of letters) {
    lines.push(
      `${l.id}  ${l.name}  ticket ${l.ticketId ?? '-'}  attempts ${l.attemptsMade}  failed ${l.failedAt ?? '-'}`,
    );
    for (const e of l.errors.slice(-5)) lines.push(`    ${e}`);
    if (l.errors.length > 5) lines.push(`    … ${l.errors.length - 5} earlier attempt(s)`);
  }
  lines.push(`${letters.length} failed job(s)`);
  return `${lines.join('\n')}\n`;
}

export function register(program: Command): void {
  const jobs = program
    .command('jobs')
    .description('inspect and re-queue jobs that failed for good (dead letters)');
  jobs
    .command('failed')
    .description('list failed jobs, newest first, with the error of every attempt')
    .option('--limit <n>', 'at most this many (default 100)', (v) => Number.parseInt(v, 10))
    .option('--json', 'one JSON object per line')
    .option('--redis-url <url>', 'Redis (default: REDIS_URL)')
    .option('--prefix <prefix>', 'key prefix (default: QUEUE_PREFIX or hg)')
    .action(async (opts: CommonOptions & { limit?: number; json?: boolean }) => {
      const target = resolveTarget(opts, process.env);
      const letters = await withQueue(target, (q) => listDeadLetters(q, opts.limit ?? 100));
      if (opts.json) for (const l of letters) process.stdout.write(`${JSON.stringify(l)}\n`);
      else process.stdout.write(formatDeadLetters(letters));
    });
  jobs
    .command('retry')
    .description('re-queue failed jobs by id, or all of them, with fresh attempts')
    .argument('[ids...]', 'job ids (from `jobs failed`)')
    .option('--all', 'every failed job')
    .option('--redis-url <url>', 'Redis (default: REDIS_URL)')
    .option('--prefix <prefix>', 'key prefix (default: QUEUE_PREFIX or hg)')
    .action(async (ids: string[], opts: CommonOptions & { all?: boolean }) => {
      if (!opts.all && ids.length === 0) throw new Error('jobs retry: give job ids or --all');
      if (opts.all && ids.length > 0) throw new Error('jobs retry: give job ids or --all, not both');
      const target = resolveTarget(opts, process.env);
      const out = await withQueue(target, (q) =>
        opts.all ? retryAllDeadLetters(q) : retryDeadLetters(q, ids),
      );
      process.stdout.write(`re-queued ${out.retried.length} job(s)\n`);
      if (out.skipped.length > 0) {
        process.stderr.write(`not failed jobs (skipped): ${out.skipped.join(' ')}\n`);
        process.exitCode = 1;
      }
    });
}
