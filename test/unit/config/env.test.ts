import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnv, resolvePolicyPath } from '../../../src/config/env.js';
import { ConfigError } from '../../../src/config/errors.js';

const LIVE = {
  ACTIONS_MODE: 'live',
  ZENDESK_BASE_URL: 'https://acme.zendesk.com',
  ZENDESK_EMAIL: 'bot@acme.example',
  ZENDESK_API_TOKEN: 'tok',
  ZENDESK_WEBHOOK_SECRET: 's1',
  SUPERVISOR_GROUP_ID: '360001',
};

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadEnv', () => {
  it('runs with no environment at all: dry-run defaults', () => {
    const c = loadEnv({}, { cwd: '/nonexistent', packageRoot: '/pkg' });
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      redisUrl: 'redis://127.0.0.1:6379',
      role: 'all',
      actionsMode: 'dry-run',
      logLevel: 'info',
      workerConcurrency: 4,
      adminToken: undefined,
      queuePrefix: 'hg',
      zendesk: null,
      webhookSecrets: [],
      supervisorGroupId: undefined,
      policyFile: '/pkg/config/policy.yaml',
      jobs: { attempts: 10, backoffMs: 2000, lockMs: 30_000 },
    });
  });

  it('reads the job lock from JOB_LOCK_MS', () => {
    expect(loadEnv({ JOB_LOCK_MS: '5000' }).jobs.lockMs).toBe(5000);
  });

  it('matches enum values case-insensitively', () => {
    expect(loadEnv({ LOG_LEVEL: 'DEBUG', ROLE: 'Worker', ACTIONS_MODE: 'DRY-RUN' })).toMatchObject({
      logLevel: 'debug',
      role: 'worker',
      actionsMode: 'dry-run',
    });
  });

  it('treats empty values as unset', () => {
    expect(loadEnv({ PORT: '', ADMIN_TOKEN: ' ', ZENDESK_WEBHOOK_SECRET: '' })).toMatchObject({
      port: 3000,
      adminToken: undefined,
      webhookSecrets: [],
    });
  });

  it('parses a full live configuration', () => {
    const c = loadEnv({
      ...LIVE,
      ZENDESK_WEBHOOK_SECRET: 'new-secret, old-secret',
      PORT: '8080',
      ROLE: 'worker',
    });
    expect(c.zendesk).toEqual({
      baseUrl: 'https://acme.zendesk.com',
      auth: { kind: 'token', email: 'bot@acme.example', token: 'tok' },
      timeoutMs: 10_000,
    });
    expect(c.webhookSecrets).toEqual(['new-secret', 'old-secret']);
    expect(c).toMatchObject({ port: 8080, role: 'worker', actionsMode: 'live', supervisorGroupId: '360001' });
  });

  it('builds the base URL from ZENDESK_SUBDOMAIN and accepts an OAuth token', () => {
    const c = loadEnv({
      ...LIVE,
      ZENDESK_BASE_URL: '',
      ZENDESK_SUBDOMAIN: 'acme',
      ZENDESK_EMAIL: '',
      ZENDESK_API_TOKEN: '',
      ZENDESK_OAUTH_TOKEN: 'oauth',
    });
    expect(c.zendesk).toMatchObject({
      baseUrl: 'https://acme.zendesk.com',
      auth: { kind: 'oauth', token: 'oauth' },
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ HOST: '' }, null],
    [{ REDIS_URL: 'http://localhost:6379' }, 'REDIS_URL'],
    [{ ZENDESK_BASE_URL: 'acme.zendesk.com' }, 'ZENDESK_BASE_URL'],
    [{ ZENDESK_SUBDOMAIN: 'https://acme.zendesk.com' }, 'ZENDESK_SUBDOMAIN'],
    [{ ZENDESK_BASE_URL: 'https://a.zendesk.com', ZENDESK_SUBDOMAIN: 'a' }, 'ZENDESK_SUBDOMAIN'],
    [{ ZENDESK_EMAIL: 'not-an-email' }, 'ZENDESK_EMAIL'],
    [{ ZENDESK_EMAIL: 'bot@acme.example' }, 'ZENDESK_API_TOKEN'],
    [{ ZENDESK_API_TOKEN: 'tok' }, 'ZENDESK_EMAIL'],
    [{ ZENDESK_OAUTH_TOKEN: 'tok' }, 'ZENDESK_BASE_URL'],
    [{ ZENDESK_WEBHOOK_SECRET: 'a,b,c' }, 'ZENDESK_WEBHOOK_SECRET'],
    [{ ZENDESK_WEBHOOK_SECRET: 'a,,' }, 'ZENDESK_WEBHOOK_SECRET'],
    [{ SUPERVISOR_GROUP_ID: 'supervisors' }, 'SUPERVISOR_GROUP_ID'],
    [{ ACTIONS_MODE: 'dryrun' }, 'ACTIONS_MODE'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ WORKER_CONCURRENCY: '0' }, 'WORKER_CONCURRENCY'],
    [{ WORKER_CONCURRENCY: '2.5' }, 'WORKER_CONCURRENCY'],
    [{ ROLE: 'both' }, 'ROLE'],
    [{ QUEUE_PREFIX: 'a:b' }, 'QUEUE_PREFIX'],
    [{ SHUTDOWN_TIMEOUT_MS: '10' }, 'SHUTDOWN_TIMEOUT_MS'],
    [{ ZENDESK_TIMEOUT_MS: 'soon' }, 'ZENDESK_TIMEOUT_MS'],
    [{ JOB_LOCK_MS: '500' }, 'JOB_LOCK_MS'],
    [{ ...LIVE, ZENDESK_BASE_URL: '' }, 'ZENDESK_BASE_URL'],
    [{ ...LIVE, ZENDESK_EMAIL: '', ZENDESK_API_TOKEN: '' }, 'ZENDESK_API_TOKEN'],
    [{ ...LIVE, ZENDESK_WEBHOOK_SECRET: '' }, 'ZENDESK_WEBHOOK_SECRET'],
    [{ ...LIVE, SUPERVISOR_GROUP_ID: '' }, 'SUPERVISOR_GROUP_ID'],
  ])('rejects %j with one line naming %s', (env, variable) => {
    if (variable === null) {
      // An empty HOST means "unset": the default applies.
      expect(loadEnv(env).host).toBe('0.0.0.0');
      return;
    }
    const err = errorOf(env);
    expect(err.message.startsWith(`${variable}: `)).toBe(true);
    expect(err.message).not.toContain('\n');
  });

  it('never echoes a secret value in its error', () => {
    const err = errorOf({ ZENDESK_WEBHOOK_SECRET: 'top-secret-1,top-secret-2,top-secret-3' });
    expect(err.message).not.toContain('top-secret');
  });
});

describe('resolvePolicyPath', () => {
  it('prefers the working directory, then the package root', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hg-cwd-'));
    expect(resolvePolicyPath('config/policy.yaml', cwd, '/pkg')).toBe('/pkg/config/policy.yaml');
    mkdirSync(join(cwd, 'config'));
    writeFileSync(join(cwd, 'config/policy.yaml'), 'version: x\n');
    expect(resolvePolicyPath('config/policy.yaml', cwd, '/pkg')).toBe(join(cwd, 'config/policy.yaml'));
    expect(resolvePolicyPath('/etc/hg/policy.yaml', cwd, '/pkg')).toBe('/etc/hg/policy.yaml');
  });
});
