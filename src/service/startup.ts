/**
 * Start-up: learn the service's own Zendesk user with GET /api/v2/users/me.
 * 401/403 means the credentials are wrong: a StartupError stops the process.
 * Network errors, 5xx and 429 are retried with capped exponential backoff
 * until it succeeds or the process shuts down.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import type { TicketUser } from '../tickets/types.js';
import { ZendeskApiError } from '../zendesk/errors.js';

export class StartupError extends AppError {
  constructor(message: string) {
    super('ERR_STARTUP', message);
  }
}

export interface ResolveServiceUserOptions {
  logger: Logger;
  signal?: AbortSignal;
  /** First retry delay; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export async function resolveServiceUser(
  client: { getMe(): Promise<TicketUser> },
  opts: ResolveServiceUserOptions,
): Promise<TicketUser> {
  const log = opts.logger.child({ component: 'startup' });
  let delay = opts.initialDelayMs ?? 500;
  const maxDelay = opts.maxDelayMs ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    opts.signal?.throwIfAborted();
    try {
      const me = await client.getMe();
      log.info({ serviceUserId: me.id, role: me.role, attempt }, 'start-up: service user resolved');
      return me;
    } catch (err) {
      if (err instanceof ZendeskApiError && (err.status === 401 || err.status === 403)) {
        throw new StartupError(
          `Zendesk refused the credentials (GET /api/v2/users/me answered ${err.status}): check ZENDESK_EMAIL/ZENDESK_API_TOKEN or ZENDESK_OAUTH_TOKEN`,
        );
      }
      if (err instanceof ZendeskApiError && !err.retryable) {
        throw new StartupError(
          `GET /api/v2/users/me failed with ${err.status ?? err.code}: check ZENDESK_BASE_URL`,
        );
      }
      const wait =
        err instanceof ZendeskApiError && err.retryAfterMs ? Math.max(err.retryAfterMs, delay) : delay;
      log.warn(
        {
          attempt,
          retryInMs: wait,
          status: err instanceof ZendeskApiError ? err.status : undefined,
          code: (err as { code?: string }).code,
        },
        'start-up: users/me failed; retrying',
      );
      await sleep(wait, undefined, opts.signal ? { signal: opts.signal } : undefined);
      delay = Math.min(maxDelay, delay * 2);
    }
  }
}
