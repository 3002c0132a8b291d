/**
 * Dead letters: jobs that used up their attempts (or failed unrecoverably)
 * stay in BullMQ's failed set for a week (catalogue `removeOnFail`), with one
 * log line per attempt (worker.ts `attemptLine`) and BullMQ's stack trace per
 * attempt. This module lists them and puts them back in the queue. It reads
 * ids, names, attempt counts and error lines, never the job payload's text.
 */
import type { Job, Queue } from 'bullmq';

export interface DeadLetter {
  id: string;
  name: string;
  ticketId: string | undefined;
  attemptsMade: number;
  failedAt: string | undefined;
  /** The final error (BullMQ's failedReason). */
  failedReason: string;
  /** One line per failed attempt, oldest first. */
  errors: string[];
}

/** Upper bound on jobs touched by one call (a bounded loop, whatever the backlog). */
export const MAX_DEAD_LETTERS = 10_000;
const PAGE = 500;

function ticketOf(job: Job): string | undefined {
  const data: unknown = job.data;
  if (data && typeof data === 'object' && 'event' in data) {
    const event = (data as { event?: { ticketId?: unknown } }).event;
    if (typeof event?.ticketId === 'string' || typeof event?.ticketId === 'number') {
      return String(event.ticketId);
    }
  }
  return undefined;
}

async function errorsOf(queue: Queue, job: Job): Promise<string[]> {
  const { logs } = await queue.getJobLogs(job.id ?? '', 0, 99, true);
  const attempts = logs.filter((l) => l.startsWith('attempt '));
  if (attempts.length > 0) return attempts;
  // Jobs failed before attempt logging existed: the first line of each stack trace.
  return (job.stacktrace ?? []).map((s) => (s.split('\n')[0] ?? '').slice(0, 300));
}

async function toDeadLetter(queue: Queue, job: Job): Promise<DeadLetter> {
  return {
    id: job.id ?? '',
    name: job.name,
    ticketId: ticketOf(job),
    attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : undefined,
    failedReason: (job.failedReason ?? '').slice(0, 300),
    errors: await errorsOf(queue, job),
  };
}

/** The newest failed jobs first, at most `limit`. */
export async function listDeadLetters(queue: Queue, limit = 100): Promise<DeadLetter[]> {
  const n = Math.max(1, Math.min(limit, MAX_DEAD_LETTERS));
  const jobs = await queue.getFailed(0, n - 1);
  return Promise.all(jobs.filter((j): j is Job => Boolean(j)).map((j) => toDeadLetter(queue, j)));
}

export interface RetryOutcome {
  retried: string[];
  /** Ids that are not (or no longer) failed jobs. */
  skipped: string[];
}

/** Moves the given failed jobs back to wait with a fresh set of attempts. */
export async function retryDeadLetters(queue: Queue, ids: readonly string[]): Promise<RetryOutcome> {
  const out: RetryOutcome = { retried: [], skipped: [] };
  for (const id of ids.slice(0, MAX_DEAD_LETTERS)) {
    const job = await queue.getJob(id);
    if (!job || !(await job.isFailed())) {
      out.skipped.push(id);
      continue;
    }
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    out.retried.push(id);
  }
  return out;
}

/** Re-queues every failed job (bounded by MAX_DEAD_LETTERS). */
export async function retryAllDeadLetters(queue: Queue): Promise<RetryOutcome> {
  const ids: string[] = [];
  for (let start = 0; start < MAX_DEAD_LETTERS; start += PAGE) {
    const jobs = await queue.getFailed(start, start + PAGE - 1);
    for (const j of jobs) if (j?.id) ids.push(j.id);
    if (jobs.length < PAGE) break;
  }
  return retryDeadLetters(queue, ids);
}
