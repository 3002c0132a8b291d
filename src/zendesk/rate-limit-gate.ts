/**
 * Process-wide pause after a Zendesk 429. While paused, the client refuses to
 * send (it throws a retryable rate-limit error at once with the remaining
 * time) instead of sleeping, so a job never holds a worker slot while waiting
 * and every Zendesk call of the process respects Retry-After, not only the one
 * that received it. The worker additionally pauses the queue (BullMQ
 * `worker.rateLimit`) so other processes stop too.
 */
export class RateLimitGate {
  private pausedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Pause for `ms` from now; never shortens an existing pause. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + Math.max(0, ms));
  }

  /** Milliseconds left in the pause; 0 when requests may be sent. */
  remainingMs(): number {
    return Math.max(0, this.pausedUntil - this.now());
  }

  reset(): void {
    this.pausedUntil = 0;
  }
}

/** The gate shared by every ZendeskClient of this process unless one is passed in. */
export const sharedRateLimitGate = new RateLimitGate();

const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/**
 * `Retry-After` as milliseconds: delta-seconds ("2", "1.5") or an HTTP date.
 * Undefined when absent or unreadable; capped at one hour.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  if (s === '') return undefined;
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(s)) ms = Math.ceil(Number(s) * 1000);
  else {
    const at = Date.parse(s);
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}
