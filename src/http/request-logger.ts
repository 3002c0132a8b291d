/**
 * Each request's logger (Fastify's `childLoggerFactory`), made on its first
 * use. Fastify gives every request a child of the app logger bound to its
 * request id; making a pino child runs those bindings through the logger's
 * redaction, which cost several µs per webhook, while an accepted webhook
 * writes no line at all. So the request gets this stand-in, and the pino
 * child is made, with the same bindings and options as Fastify's own
 * factory, the first time anything is logged or the child is asked for:
 * every line written still carries the request id (the Zendesk invocation
 * id) and goes through the same redaction.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions } from 'pino';

type AnyLogFn = (...args: unknown[]) => void;

export class LazyRequestLogger implements FastifyBaseLogger {
  private made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  /** The pino child, as Fastify's default factory makes it. */
  get logger(): FastifyBaseLogger {
    this.made ??= this.parent.child(this.bindings, this.options);
    return this.made;
  }

  get level(): string {
    return this.made ? this.made.level : (this.options.level ?? this.parent.level);
  }

  set level(level: string) {
    this.logger.level = level;
  }

  fatal(...args: unknown[]): void {
    (this.logger.fatal as AnyLogFn).apply(this.logger, args);
  }

  error(...args: unknown[]): void {
    (this.logger.error as AnyLogFn).apply(this.logger, args);
  }

  warn(...args: unknown[]): void {
    (this.logger.warn as AnyLogFn).apply(this.logger, args);
  }

  info(...args: unknown[]): void {
    (this.logger.info as AnyLogFn).apply(this.logger, args);
  }

  debug(...args: unknown[]): void {
    (this.logger.debug as AnyLogFn).apply(this.logger, args);
  }

  trace(...args: unknown[]): void {
    (this.logger.trace as AnyLogFn).apply(this.logger, args);
  }

  silent(...args: unknown[]): void {
    (this.logger.silent as AnyLogFn).apply(this.logger, args);
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.logger.child(bindings, options);
  }
}

/** For `Fastify({ childLoggerFactory })`. */
export function lazyRequestLogger(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  return new LazyRequestLogger(logger, bindings, options);
}
