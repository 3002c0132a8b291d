/**
 * Typed errors of the Zendesk client. They carry what a caller needs to
 * decide (status, retryable, retryAfterMs) and Zendesk's short error code and
 * description, never request or response bodies (those hold customer text).
 */
import { AppError } from '../errors.js';

export interface ZendeskApiErrorInit {
  /** HTTP status; undefined for network errors and timeouts. */
  status?: number;
  retryable: boolean;
  retryAfterMs?: number;
  /** Zendesk's `error` field, e.g. "RecordNotFound". */
  zendeskError?: string;
  /** Zendesk's `description` field, truncated. */
  zendeskDescription?: string;
  method: string;
  /** Request path without query string (ids only, no customer text). */
  path: string;
}

export class ZendeskApiError extends AppError {
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly zendeskError: string | undefined;
  readonly zendeskDescription: string | undefined;
  readonly method: string;
  readonly path: string;

  constructor(code: string, message: string, init: ZendeskApiErrorInit) {
    super(code, message, { retryable: init.retryable });
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.zendeskError = init.zendeskError;
    this.zendeskDescription = init.zendeskDescription;
    this.method = init.method;
    this.path = init.path;
  }
}

/** 409: the ticket changed since `updated_stamp` (safe_update), or another write collided. */
export class ZendeskConflictError extends ZendeskApiError {}

/**
 * 429, or a request refused locally because the client is paused after a 429.
 * `retryAfterMs` is how long every Zendesk call should wait: the worker turns
 * it into a queue-wide pause.
 */
export class ZendeskRateLimitError extends ZendeskApiError {
  declare readonly retryAfterMs: number;
  /** True when the request was not sent at all (the pause gate refused it). */
  readonly local: boolean;

  constructor(message: string, init: ZendeskApiErrorInit & { retryAfterMs: number; local: boolean }) {
    super('ZENDESK_RATE_LIMITED', message, { ...init, retryable: true });
    this.local = init.local;
  }
}

export function isZendeskApiError(err: unknown): err is ZendeskApiError {
  return err instanceof ZendeskApiError;
}
