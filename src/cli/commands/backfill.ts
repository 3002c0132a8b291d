/**
 * `harassment-guard backfill --since YYYY-MM-DD [--until YYYY-MM-DD] [--live]`
 *
 * Evaluates past customer messages from Zendesk's incremental ticket-events
 * export (see src/backfill/backfill.ts).
 *
 * - Dry run (default): every message is evaluated here, with the same engine
 *   and policy file as the worker; nothing is queued and nothing is written.
 *   Flagged messages are listed by id (never text) and a summary is printed.
 * - `--live`: every message is stored as an `evaluate` job through the
 *   webhook path's producer (same queue, same delivery dedup key and job id
 *   as a trigger webhook for that comment), so the worker treats it like live
 *   traffic, under its ACTIONS_MODE.
 *
 * Either way the cursor is kept in Redis (per mode and --since), so running
 * the same command again continues where the last run stopped.
 */
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { Redis } from 'ioredis';
import { runBackfillLoop } from '../../backfill/backfill.js';
import type { BackfillSummary } from '../../backfill/backfill.js';
import { backfillCursorKey, redisCursorStore } from '../../backfill/cursor.js';
import { progressWriter } from '../../backfill/progress.js';
import type { ProgressStream } from '../../backfill/progress.js';
import { loadEnv } from '../../config/env.js';
import { loadPolicyFile } from '../../config/policy-file.js';
import { silentLogger } from '../../log.js';
import { compileEngine } from '../../policy/index.js';
import { bullProducerConnection, redisForProducer } from '../../queue/connections.js';
import { JobProducer } from '../../queue/producer.js';
import type { PolicyEngine } from '../../queue/processors/evaluate.js';
import { exportedCommentEvent } from '../../zendesk/incremental-export.js';
import type { ExportedComment } from '../../zendesk/incremental-export.js';
import { createZendeskReader } from '../../zendesk/search-export.js';
import type { ZendeskReaderConfig } from '../../zendesk/search-export.js';

/** Zendesk's documented limit for incremental exports (30 with the High Volume add-on). */
export const DEFAULT_EXPORT_REQUESTS_PER_MINUTE = 10;

export interface BackfillCommandOptions {
  since: string;
  until?: string;
  live?: boolean;
  /** Forget the saved cursor and start at --since. */
  restart?: boolean;
  requestsPerMinute?: number;
  maxPages?: number;
}

export interface BackfillIo {
  /** One line of results (flagged messages in a dry run). */
  stdout: (line: string) => void;
  /** Progress and the summary; `isTTY` selects the bar. */
  stderr: ProgressStream;
  now: () => number;
  cwd: string;
}

/** Test seams. */
export interface BackfillCommandDeps {
  reader?: Partial<Pick<ZendeskReaderConfig, 'maxAttempts' | 'retryBaseMs' | 'maxRetryAfterMs' | 'sleep'>>;
  sleep?: (ms: number) => Promise<void>;
  engine?: PolicyEngine;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A UTC day as unix seconds at its start; throws a one-line error naming the option. */
export function dayStart(value: string, option: string): number {
  const m = DAY.exec(value);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new Error(`${option} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return ms / 1000;
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function describe(summary: BackfillSummary, mode: string, categories: Map<string, number>): string {
  const outcomes = Object.entries(summary.outcomes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const cats = [...categories.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `backfill (${mode}) ${summary.complete ? 'done' : 'stopped at the page bound'}:`,
    `${summary.pages} pages, ${summary.events} ticket events, ${summary.messages} customer messages`,
    outcomes ? `(${outcomes})` : '',
    cats ? `categories: ${cats};` : '',
    `${summary.skipped} comments skipped (staff, private, outside the range);`,
    summary.resumed ? `resumed at ${iso(summary.startedAt)};` : `started at ${iso(summary.startedAt)};`,
    `cursor at ${iso(summary.position)}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Runs the backfill; resolves to the process exit code. Never throws. */
export async function runBackfill(
  opts: BackfillCommandOptions,
  env: NodeJS.ProcessEnv,
  io: BackfillIo,
  deps: BackfillCommandDeps = {},
): Promise<number> {
  const mode = opts.live ? 'live' : 'dry-run';
  const closers: (() => Promise<unknown>)[] = [];
  const progress = progressWriter(io.stderr, `backfill (${mode})`);
  let cursorAt: string | undefined;
  try {
    const since = dayStart(opts.since, '--since');
    const until = opts.until !== undefined ? dayStart(opts.until, '--until') + 86_400 : undefined;
    if (until !== undefined && until <= since) throw new Error('--until must not be before --since');
    // Zendesk refuses a start_time less than a minute in the past.
    if (since > Math.floor(io.now() / 1000) - 60) throw new Error('--since must be in the past');

    // The command itself never writes to Zendesk (the worker does, under its own
    // ACTIONS_MODE), so what live mode requires of the environment does not apply here.
    const config = loadEnv({ ...env, ACTIONS_MODE: 'dry-run' }, { cwd: io.cwd });
    if (!config.zendesk || !config.zendesk.auth) {
      throw new Error(
        'the backfill reads Zendesk: set ZENDESK_BASE_URL (or ZENDESK_SUBDOMAIN) and ZENDESK_EMAIL + ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN)',
      );
    }
    const policy = loadPolicyFile(config.policyFile);
    const reader = createZendeskReader({
      baseUrl: config.zendesk.baseUrl,
      auth: config.zendesk.auth,
      timeoutMs: config.zendesk.timeoutMs,
      // A 429 from the export asks for up to a minute; wait it out.
      maxAttempts: 5,
      maxRetryAfterMs: 120_000,
      ...deps.reader,
    });

    const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 5_000 });
    redis.on('error', () => undefined); // surfaced by the first command
    closers.push(() => redis.quit().catch(() => redis.disconnect()));
    const cursor = redisCursorStore(redis, backfillCursorKey(config.queuePrefix, mode, opts.since));
    if (opts.restart) await cursor.clear();

    const categories = new Map<string, number>();
    let handle: (c: ExportedComment) => Promise<string>;
    if (opts.live) {
      const producerRedis = redisForProducer(config.redisUrl);
      producerRedis.on('error', () => undefined);
      const producer = new JobProducer({
        redis: producerRedis,
        bullConnection: bullProducerConnection(config.redisUrl),
        prefix: config.queuePrefix,
        tuning: config.jobs,
        dedupTtlSeconds: policy.service.dedup.days * 86_400,
        logger: silentLogger(),
      });
      closers.unshift(async () => {
        await producer.close();
        await producerRedis.quit().catch(() => producerRedis.disconnect());
      });
      await producer.waitUntilReady();
      handle = async (c) => {
        const out = await producer.enqueue(exportedCommentEvent(c), ['evaluate']);
        return out.status;
      };
    } else {
      const engine =
        deps.engine ??
        compileEngine({
          version: policy.version,
          engine: policy.engine,
          ruleDocs: policy.ruleDocs,
          backstop: policy.backstop,
        });
      // The export carries no ticket tags, so the no-defect context is left to the worker (--live).
      handle = (c) => {
        const input = { text: c.body, context: c.channel ? { channel: c.channel } : {} };
        const d = engine.evaluate(input);
        const found = [...d.means, ...d.demands];
        for (const cat of found) categories.set(cat, (categories.get(cat) ?? 0) + 1);
        if (d.verdict !== 'none') {
          progress.done();
          io.stdout(
            JSON.stringify({
              ticketId: c.ticketId,
              commentId: c.commentId,
              at: iso(c.timestamp),
              verdict: d.verdict,
              categories: found,
            }),
          );
        }
        return Promise.resolve(d.verdict);
      };
    }

    const summary = await runBackfillLoop(
      { since, ...(until !== undefined ? { until } : {}) },
      {
        reader,
        cursor,
        handle,
        requestsPerMinute: opts.requestsPerMinute ?? DEFAULT_EXPORT_REQUESTS_PER_MINUTE,
        ...(opts.maxPages !== undefined ? { maxPages: opts.maxPages } : {}),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        now: io.now,
        onPage: (p) => {
          cursorAt = iso(p.position);
          progress.update(p.fraction, `page ${p.pages}, ${p.messages} messages, at ${cursorAt}`);
        },
      },
    );
    progress.done();
    io.stderr.write(`${describe(summary, mode, categories)}\n`);
    return 0;
  } catch (err) {
    progress.done();
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    const resume = cursorAt
      ? ` (progress saved: cursor at ${cursorAt}; run the same command again to continue)`
      : '';
    io.stderr.write(`harassment-guard backfill: ${message}${resume}\n`);
    return 1;
  } finally {
    for (const close of closers) await close();
  }
}

const positiveInt = (name: string) => (v: string) => {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1`);
  return Number(v);
};

/** Adds `backfill` to the CLI. */
export function register(program: Command): void {
  program
    .command('backfill')
    .showHelpAfterError(false)
    .description(
      "evaluate past customer messages from Zendesk's incremental ticket-events export (dry run unless --live; resumable)",
    )
    .requiredOption('--since <date>', 'first day, YYYY-MM-DD (UTC)')
    .option('--until <date>', 'last day, YYYY-MM-DD (UTC, inclusive; default: up to now)')
    .option(
      '--live',
      'store each message as an evaluate job for the worker (default: evaluate here, write nothing)',
      false,
    )
    .option('--restart', 'ignore the saved cursor and start again at --since', false)
    .option(
      '--requests-per-minute <n>',
      `export requests per minute (default ${DEFAULT_EXPORT_REQUESTS_PER_MINUTE}, Zendesk's limit)`,
      positiveInt('--requests-per-minute'),
    )
    .option(
      '--max-pages <n>',
      'stop after this many export pages (the cursor keeps the place)',
      positiveInt('--max-pages'),
    )
    .action(async (opts: BackfillCommandOptions) => {
      process.exitCode = await runBackfill(opts, process.env, {
        stdout: (line) => process.stdout.write(`${line}\n`),
        stderr: process.stderr,
        now: () => Date.now(),
        cwd: process.cwd(),
      });
    });
}
