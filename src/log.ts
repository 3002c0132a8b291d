/**
 * The pino logger factory. Components take a child logger
 * (`{ component, jobId, ticketId }`), log ids, categories, counts and timings,
 * and never customer text, names, emails, tokens or signatures. `redact` is
 * the safety net for headers and secrets that end up in a logged object.
 */
import { pino } from 'pino';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';
import type { LogLevel } from './config/env.js';

export type { Logger } from 'pino';

/** Paths censored wherever they appear (one or two levels deep, and in request/response headers). */
export const REDACT_PATHS: string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-zendesk-webhook-signature"]',
  'req.headers["x-admin-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-zendesk-webhook-signature"]',
  'config.headers.authorization',
  'config.headers.Authorization',
  'config.auth',
  'authorization',
  'Authorization',
  'signature',
  'token',
  'apiToken',
  'oauthToken',
  'secret',
  'secrets',
  'password',
  'adminToken',
  'webhookSecrets',
  '*.authorization',
  '*.Authorization',
  '*.signature',
  '*.token',
  '*.apiToken',
  '*.oauthToken',
  '*.secret',
  '*.secrets',
  '*.password',
  '*.adminToken',
  '*.webhookSecrets',
  // Customer content, should a payload ever reach a log call by mistake.
  'body',
  'text',
  'subject',
  'description',
  '*.body',
  '*.text',
  '*.subject',
  '*.description',
  '*.requesterEmail',
  '*.requesterName',
];

export interface CreateLoggerOptions {
  level: LogLevel;
  /** Where lines go; stdout by default. Tests pass a capture stream. */
  destination?: DestinationStream;
  base?: Record<string, unknown>;
}

export function loggerOptions(level: LogLevel, base?: Record<string, unknown>): LoggerOptions {
  return {
    level,
    base: { service: 'harassment-guard', ...base },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Error objects under `err` keep their message, type and stack; axios
    // errors are never logged whole (they carry the request config).
    serializers: { err: pino.stdSerializers.err },
  };
}

export function createLogger(opts: CreateLoggerOptions): Logger {
  const options = loggerOptions(opts.level, opts.base);
  return opts.destination ? pino(options, opts.destination) : pino(options);
}

/** A logger that writes nothing, for tests and tools. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
