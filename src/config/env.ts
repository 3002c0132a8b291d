/**
 * The process environment, parsed once with zod into a typed config. Only
 * entry points read `process.env`; they pass it here and hand the result down.
 * Any problem is a ConfigError with one line naming the variable.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from './errors.js';

export const ROLES = ['all', 'api', 'worker'] as const;
export type Role = (typeof ROLES)[number];
export const ACTIONS_MODES = ['dry-run', 'live'] as const;
export type ActionsMode = (typeof ACTIONS_MODES)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type ZendeskAuth = { kind: 'token'; email: string; token: string } | { kind: 'oauth'; token: string };

export interface ZendeskConfig {
  baseUrl: string;
  /** Null when no credentials are configured (dry-run only). */
  auth: ZendeskAuth | null;
  timeoutMs: number;
}

export interface AppConfig {
  port: number;
  host: string;
  redisUrl: string;
  role: Role;
  actionsMode: ActionsMode;
  /** Absolute path of the policy file. */
  policyFile: string;
  logLevel: LogLevel;
  workerConcurrency: number;
  /** Unset: every /admin route answers 404. */
  adminToken: string | undefined;
  /** Prefix of every Redis key the service writes (BullMQ and its own). */
  queuePrefix: string;
  shutdownTimeoutMs: number;
  /** Null when neither ZENDESK_BASE_URL nor ZENDESK_SUBDOMAIN is set (dry-run only). */
  zendesk: ZendeskConfig | null;
  /** One secret, or two while rotating. Empty: every webhook is refused (401). */
  webhookSecrets: string[];
  supervisorGroupId: string | undefined;
  /** Retries, their backoff, and the active-job lock (BullMQ lockDuration and stalledInterval). */
  jobs: { attempts: number; backoffMs: number; lockMs: number };
  /** Zendesk requests per minute for all workers together; undefined: no budget. */
  zendeskRateLimitPerMinute?: number | undefined;
}

/** `FOO=` (common in compose files) means "unset". Defaults go through the schema (prefault). */
const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, value: z.input<T>) =>
  z.preprocess(blankToUndefined, schema.prefault(value as never));

/** Enum values are matched case-insensitively (`LOG_LEVEL=INFO` works). */
const lowerCase = (v: unknown): unknown => (typeof v === 'string' ? v.trim().toLowerCase() : v);
const enumWithDefault = <T extends z.ZodType>(schema: T, value: z.input<T>) =>
  z.preprocess((v) => lowerCase(blankToUndefined(v)), schema.prefault(value as never));

const intIn = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const numericId = z.string().regex(/^\d+$/, 'must be a numeric Zendesk id');

const envSchema = z.object({
  PORT: withDefault(intIn(0, 65535), '3000'),
  HOST: withDefault(z.string().min(1), '0.0.0.0'),
  REDIS_URL: withDefault(
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }),
    'redis://127.0.0.1:6379',
  ),
  ZENDESK_BASE_URL: opt(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  ZENDESK_SUBDOMAIN: opt(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/i, 'must be a bare subdomain such as "acme" (not a URL)'),
  ),
  ZENDESK_EMAIL: opt(z.email('must be an email address')),
  ZENDESK_API_TOKEN: opt(z.string().min(1)),
  ZENDESK_OAUTH_TOKEN: opt(z.string().min(1)),
  ZENDESK_WEBHOOK_SECRET: opt(
    z
      .string()
      .transform((s) => s.split(',').map((p) => p.trim()))
      .pipe(
        z
          .array(z.string().min(1, 'must not contain an empty secret'))
          .max(2, 'must hold one secret, or two separated by a comma while rotating'),
      ),
  ),
  SUPERVISOR_GROUP_ID: opt(numericId),
  ACTIONS_MODE: enumWithDefault(z.enum(ACTIONS_MODES, 'must be "dry-run" or "live"'), 'dry-run'),
  POLICY_FILE: withDefault(z.string().min(1), 'config/policy.yaml'),
  LOG_LEVEL: enumWithDefault(z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`), 'info'),
  WORKER_CONCURRENCY: withDefault(intIn(1, 256), '4'),
  ADMIN_TOKEN: opt(z.string().min(1)),
  ROLE: enumWithDefault(z.enum(ROLES, 'must be "all", "api" or "worker"'), 'all'),
  QUEUE_PREFIX: withDefault(
    // A Redis Cluster hash tag ("{hg}", "{hg}-prod") keeps every key in one slot.
    z
      .string()
      .regex(
        /^(?:[A-Za-z0-9_.-]+|\{[A-Za-z0-9_.-]+\}[A-Za-z0-9_.-]*)$/,
        'must be letters, digits, "_", "." or "-", optionally starting with a {hash-tag}',
      ),
    'hg',
  ),
  SHUTDOWN_TIMEOUT_MS: withDefault(intIn(1000, 600_000), '30000'),
  ZENDESK_TIMEOUT_MS: withDefault(intIn(100, 120_000), '10000'),
  JOB_ATTEMPTS: withDefault(intIn(1, 100), '10'),
  JOB_BACKOFF_MS: withDefault(intIn(1, 600_000), '2000'),
  /**
   * How long a worker's lock on an active job lasts (renewed at half that while
   * it runs); a job of a worker that died is moved back to wait once its lock
   * has expired, found by a check that runs as often.
   */
  JOB_LOCK_MS: withDefault(intIn(1000, 600_000), '30000'),
  /** Zendesk requests per minute shared by every worker (a Redis token bucket). Unset: no budget. */
  ZENDESK_RATE_LIMIT_PER_MINUTE: opt(intIn(1, 100_000)),
});

export type RawEnv = z.infer<typeof envSchema>;

/** The package root: two levels above this file, in src/ and in dist/ alike. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A relative POLICY_FILE is tried from the working directory, then from the package root. */
export function resolvePolicyPath(path: string, cwd: string, packageRoot: string): string {
  if (isAbsolute(path)) return path;
  const fromCwd = resolve(cwd, path);
  if (existsSync(fromCwd)) return fromCwd;
  return resolve(packageRoot, path);
}

function fail(variable: string, message: string): never {
  throw new ConfigError(`${variable}: ${message}`);
}

export interface LoadEnvOptions {
  cwd?: string;
  packageRoot?: string;
}

export function loadEnv(env: NodeJS.ProcessEnv, opts: LoadEnvOptions = {}): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.map(String)[0] ?? 'environment';
    fail(key, issue?.message ?? 'invalid');
  }
  const e = parsed.data;
  const live = e.ACTIONS_MODE === 'live';

  if (e.ZENDESK_BASE_URL && e.ZENDESK_SUBDOMAIN) {
    fail('ZENDESK_SUBDOMAIN', 'set either ZENDESK_BASE_URL or ZENDESK_SUBDOMAIN, not both');
  }
  const baseUrl =
    e.ZENDESK_BASE_URL?.replace(/\/+$/, '') ??
    (e.ZENDESK_SUBDOMAIN ? `https://${e.ZENDESK_SUBDOMAIN.toLowerCase()}.zendesk.com` : undefined);

  if (e.ZENDESK_EMAIL && !e.ZENDESK_API_TOKEN)
    fail('ZENDESK_API_TOKEN', 'required when ZENDESK_EMAIL is set');
  if (e.ZENDESK_API_TOKEN && !e.ZENDESK_EMAIL)
    fail('ZENDESK_EMAIL', 'required when ZENDESK_API_TOKEN is set');
  if (e.ZENDESK_API_TOKEN && e.ZENDESK_OAUTH_TOKEN) {
    fail(
      'ZENDESK_OAUTH_TOKEN',
      'set either ZENDESK_OAUTH_TOKEN or ZENDESK_EMAIL + ZENDESK_API_TOKEN, not both',
    );
  }
  let auth: ZendeskAuth | null = null;
  if (e.ZENDESK_EMAIL && e.ZENDESK_API_TOKEN) {
    auth = { kind: 'token', email: e.ZENDESK_EMAIL, token: e.ZENDESK_API_TOKEN };
  } else if (e.ZENDESK_OAUTH_TOKEN) {
    auth = { kind: 'oauth', token: e.ZENDESK_OAUTH_TOKEN };
  }

  if (auth && !baseUrl)
    fail('ZENDESK_BASE_URL', 'required when Zendesk credentials are set (or ZENDESK_SUBDOMAIN)');
  if (live) {
    if (!baseUrl) fail('ZENDESK_BASE_URL', 'required when ACTIONS_MODE=live (or ZENDESK_SUBDOMAIN)');
    if (!auth) {
      fail(
        'ZENDESK_API_TOKEN',
        'ACTIONS_MODE=live requires ZENDESK_EMAIL + ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN',
      );
    }
    if (!e.ZENDESK_WEBHOOK_SECRET) fail('ZENDESK_WEBHOOK_SECRET', 'required when ACTIONS_MODE=live');
    if (!e.SUPERVISOR_GROUP_ID) fail('SUPERVISOR_GROUP_ID', 'required when ACTIONS_MODE=live');
  }

  return {
    port: e.PORT,
    host: e.HOST,
    redisUrl: e.REDIS_URL,
    role: e.ROLE,
    actionsMode: e.ACTIONS_MODE,
    policyFile: resolvePolicyPath(e.POLICY_FILE, opts.cwd ?? process.cwd(), opts.packageRoot ?? PACKAGE_ROOT),
    logLevel: e.LOG_LEVEL,
    workerConcurrency: e.WORKER_CONCURRENCY,
    adminToken: e.ADMIN_TOKEN,
    queuePrefix: e.QUEUE_PREFIX,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    zendesk: baseUrl ? { baseUrl, auth, timeoutMs: e.ZENDESK_TIMEOUT_MS } : null,
    webhookSecrets: e.ZENDESK_WEBHOOK_SECRET ?? [],
    supervisorGroupId: e.SUPERVISOR_GROUP_ID,
    jobs: { attempts: e.JOB_ATTEMPTS, backoffMs: e.JOB_BACKOFF_MS, lockMs: e.JOB_LOCK_MS },
    zendeskRateLimitPerMinute: e.ZENDESK_RATE_LIMIT_PER_MINUTE,
  };
}
