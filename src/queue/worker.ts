/**
 * The BullMQ worker: one per process (ROLE=worker or all), running the
 * handlers of the job catalogue. It maps errors to BullMQ behaviour:
 *   - Zendesk 429 (or the client's pause gate): a queue-wide rate limit for
 *     Retry-After, then the job goes back to wait without using an attempt;
 *   - other retryable errors: thrown, so BullMQ retries with backoff;
 *   - non-retryable errors (4xx other than 408/409/429, bad data): UnrecoverableError.
 */
import { hostname } from 'node:os';
import { UnrecoverableError, Worker } from 'bullmq';
import type { ConnectionOptions, Job } from 'bullmq';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import type { ServiceMetrics } from '../service/metrics.js';
import { ZendeskApiError, ZendeskRateLimitError } from '../zendesk/errors.js';
import { JOB_CATALOGUE, JOB_NAMES, TICKETS_QUEUE } from './catalogue.js';
import type { JobName, JobPayloads } from './catalogue.js';

export interface JobContext {
  jobId: string;
  attemptsMade: number;
  logger: Logger;
}

export type JobHandlers = { [N in JobName]: (data: JobPayloads[N], ctx: JobContext) => Promise<unknown> };

export class MissingHandlerError extends AppError {
  constructor(name: string) {
    super('ERR_MISSING_HANDLER', `job "${name}" has no handler`);
  }
}

/** Start-up check: every job in the catalogue has a handler, and every handler a job. */
export function assertHandlers(handlers: Partial<Record<string, unknown>>): asserts handlers is JobHandlers {
  for (const name of JOB_NAMES) if (typeof handlers[name] !== 'function') throw new MissingHandlerError(name);
  for (const name of Object.keys(handlers)) {
    if (!(name in JOB_CATALOGUE)) throw new AppError('ERR_UNKNOWN_HANDLER', `handler "${name}" has no job`);
  }
}

export interface TicketsWorkerOptions {
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
  handlers: Partial<JobHandlers>;
  logger: Logger;
  metrics?: ServiceMetrics;
  /** Start processing at once (tests); the server starts it after start-up succeeded. */
  autorun?: boolean;
  /** Delay used after a 429 without a usable Retry-After. */
  defaultRateLimitMs?: number;
  /**
   * The lock on an active job (BullMQ's lockDuration, 30 s by default): a job
   * whose worker died goes back to wait once it expires. The stalled-job check
   * runs as often.
   */
  lockMs?: number;
}

/** Every queue in the catalogue must be served by this worker; there is one today. */
export function createTicketsWorker(opts: TicketsWorkerOptions): Worker {
  const handlers = opts.handlers;
  assertHandlers(handlers);
  const log = opts.logger.child({ component: 'worker' });

  const worker: Worker = new Worker(
    TICKETS_QUEUE,
    async (job: Job, _token?: string) => {
      const name = job.name as JobName;
      const jobLog = log.child({ job: name, jobId: job.id, attempt: job.attemptsMade + 1 });
      const started = process.hrtime.bigint();
      try {
        const handler = handlers[name] as (data: unknown, ctx: JobContext) => Promise<unknown>;
        const result = await handler(job.data, {
          jobId: job.id ?? '',
          attemptsMade: job.attemptsMade,
          logger: jobLog,
        });
        opts.metrics?.jobs.inc({ name, outcome: 'completed' });
        return result;
      } catch (err) {
        const mapped = await mapJobError(err, worker, jobLog, opts, name);
        // Dead letters keep the error of every attempt (BullMQ keeps a stack
        // trace per attempt too); a rate-limit pause is not an attempt.
        if (mapped.name !== 'RateLimitError') {
          await job.log(attemptLine(job.attemptsMade + 1, err, mapped)).catch(() => undefined);
        }
        throw mapped;
      } finally {
        opts.metrics?.jobDuration.observe({ name }, Number(process.hrtime.bigint() - started) / 1e9);
      }
    },
    {
      connection: opts.connection,
      prefix: opts.prefix,
      concurrency: opts.concurrency,
      autorun: opts.autorun ?? false,
      // Stored on each job as processedBy: which process holds an active job.
      name: `${hostname()}:${process.pid}`,
      ...(opts.lockMs !== undefined ? { lockDuration: opts.lockMs, stalledInterval: opts.lockMs } : {}),
      // Needed for worker.rateLimit() to take effect; high enough never to bind otherwise.
      limiter: { max: 100_000, duration: 1_000 },
    },
  );
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (err.name === 'RateLimitError') return;
    log.warn(
      {
        jobId: job.id,
        job: job.name,
        attemptsMade: job.attemptsMade,
        final,
        err: { name: err.name, message: err.message },
      },
      final ? 'job failed for good' : 'job failed; will retry',
    );
  });
  worker.on('error', (err) => log.error({ err }, 'worker error'));
  return worker;
}

/** One line per failed attempt: codes, statuses and ids only (messages are the service's own). */
export function attemptLine(attempt: number, original: unknown, mapped: Error): string {
  const code = original instanceof AppError ? original.code : mapped.name;
  const status = original instanceof ZendeskApiError && original.status ? ` ${original.status}` : '';
  const message = (original instanceof Error ? original.message : mapped.message).slice(0, 300);
  return `attempt ${attempt}: ${code}${status}: ${message}`;
}

async function mapJobError(
  err: unknown,
  worker: Worker,
  log: Logger,
  opts: TicketsWorkerOptions,
  name: JobName,
): Promise<Error> {
  if (err instanceof ZendeskApiError) {
    const errInfo = {
      code: err.code,
      status: err.status,
      method: err.method,
      path: err.path,
      zendeskError: err.zendeskError,
      zendeskDescription: err.zendeskDescription,
    };
    if (err instanceof ZendeskRateLimitError || err.status === 429) {
      const ms = Math.max(1, err.retryAfterMs ?? opts.defaultRateLimitMs ?? 10_000);
      log.warn({ ...errInfo, retryAfterMs: ms }, 'Zendesk rate limit: pausing the queue');
      opts.metrics?.jobs.inc({ name, outcome: 'rate-limited' });
      await worker.rateLimit(ms);
      return Worker.RateLimitError();
    }
    if (!err.retryable) {
      log.error(errInfo, 'Zendesk refused the request; not retrying');
      opts.metrics?.jobs.inc({ name, outcome: 'unrecoverable' });
      return new UnrecoverableError(`${err.code}: ${err.message}`);
    }
    log.warn(errInfo, 'Zendesk call failed; will retry');
    opts.metrics?.jobs.inc({ name, outcome: 'retry' });
    return err;
  }
  if (err instanceof AppError && !err.retryable) {
    log.error({ code: err.code, err: { message: err.message } }, 'job failed; not retrying');
    opts.metrics?.jobs.inc({ name, outcome: 'unrecoverable' });
    return new UnrecoverableError(`${err.code}: ${err.message}`);
  }
  opts.metrics?.jobs.inc({ name, outcome: err instanceof UnrecoverableError ? 'unrecoverable' : 'retry' });
  return err instanceof Error ? err : new Error(String(err));
}
