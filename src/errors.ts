/**
 * Base error of the service. Every error we throw on purpose carries a stable
 * `code` (for logs, metrics and HTTP error bodies) and says whether retrying
 * the same operation later could succeed.
 */
export class AppError extends Error {
  readonly code: string;
  readonly retryable: boolean;

  constructor(code: string, message: string, opts: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.code = code;
    this.retryable = opts.retryable ?? false;
  }
}
