/**
 * The per-request logger is made on first use (src/http/request-logger.ts):
 * every line a request writes still carries its request id (the Zendesk
 * invocation id) and goes through redaction; a request that logs nothing
 * never makes a pino child.
 */
import type { FastifyBaseLogger } from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../../src/http/app.js';
import { LazyRequestLogger } from '../../../src/http/request-logger.js';
import { createLogger } from '../../../src/log.js';
import { createMetrics } from '../../../src/service/metrics.js';
import { ServiceState } from '../../../src/service/state.js';
import { loadPolicyFile } from '../../../src/config/policy-file.js';
import { LogCapture } from '../../support/logs.js';

async function appWithLogs() {
  const logs = new LogCapture();
  const app = await buildApp({
    logger: createLogger({ level: 'info', destination: logs }),
    state: new ServiceState(),
    metrics: createMetrics({ defaultMetrics: false }),
    policy: loadPolicyFile('config/policy.yaml').service,
    redisPing: () => Promise.resolve(true),
    webhook: {
      producer: { enqueue: () => Promise.reject(new Error('not used')) },
      secrets: ['test-secret'],
    },
  });
  return { app, logs };
}

describe('per-request logger', () => {
  it('writes the request id and redacts, in lines a route and Fastify write', async () => {
    const { app, logs } = await appWithLogs();
    let seen: FastifyBaseLogger | undefined;
    app.get('/log-test', (req) => {
      seen = req.log;
      req.log.info({ signature: 'sig-value-1', headers: { authorization: 'Bearer tok-2' } }, 'route line');
      return { ok: true };
    });
    app.get('/fail-test', () => {
      throw new Error('boom');
    });
    const res = await app.inject({
      method: 'GET',
      url: '/log-test',
      headers: { 'x-zendesk-webhook-invocation-id': 'inv-123' },
    });
    expect(res.statusCode).toBe(200);
    expect(seen).toBeInstanceOf(LazyRequestLogger);
    const failed = await app.inject({
      method: 'GET',
      url: '/fail-test',
      headers: { 'x-zendesk-webhook-invocation-id': 'inv-456' },
    });
    expect(failed.statusCode).toBe(500);
    // The webhook route's own refusal line.
    const refused = await app.inject({
      method: 'POST',
      url: '/webhooks/zendesk',
      payload: '{}',
      headers: { 'content-type': 'application/json', 'x-zendesk-webhook-invocation-id': 'inv-789' },
    });
    expect(refused.statusCode).toBe(401);
    await app.close();

    const lines = logs.parsed();
    expect(lines.find((l) => l.msg === 'route line')).toMatchObject({
      reqId: 'inv-123',
      component: 'http',
      signature: '[redacted]',
      headers: { authorization: '[redacted]' },
    });
    expect(lines.find((l) => l.msg === 'request failed')).toMatchObject({ reqId: 'inv-456', level: 50 });
    expect(lines.find((l) => l.reqId === 'inv-789')).toMatchObject({ level: 40 });
    expect(logs.text()).not.toContain('sig-value-1');
    expect(logs.text()).not.toContain('tok-2');
  });

  it('makes no pino child for a request that logs nothing, and one for a request that logs', () => {
    const child = vi.fn(() => parent);
    const parent = { level: 'info', child, info: vi.fn() } as unknown as FastifyBaseLogger;
    const quiet = new LazyRequestLogger(parent, { reqId: 'a' }, {});
    expect(quiet.level).toBe('info');
    expect(child).not.toHaveBeenCalled();

    const loud = new LazyRequestLogger(parent, { reqId: 'b' }, { level: 'debug' });
    expect(loud.level).toBe('debug');
    loud.info('one');
    loud.info('two');
    expect(child).toHaveBeenCalledTimes(1);
    expect(child).toHaveBeenCalledWith({ reqId: 'b' }, { level: 'debug' });
    expect(parent.info).toHaveBeenCalledTimes(2);
  });
});
