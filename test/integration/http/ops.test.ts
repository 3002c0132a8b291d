import { afterEach, describe, expect, it } from 'vitest';
import { bearerMatches } from '../../../src/http/plugins/admin-auth.js';
import { startTestService } from '../../support/service.js';
import type { TestService } from '../../support/service.js';
import { commentAdded, signed, injectWebhook } from '../../support/webhooks.js';

let ts: TestService | undefined;
afterEach(async () => {
  await ts?.close();
  ts = undefined;
});

describe('probes', () => {
  it('healthz is 200 at once; readyz is 503 until start-up is done, then 200', async () => {
    ts = await startTestService({ ROLE: 'api' }, { start: false, label: 'ops' });
    expect((await ts.service.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const before = await ts.service.app.inject({ url: '/readyz' });
    expect(before.statusCode).toBe(503);
    expect(before.json()).toEqual({ error: 'starting', message: expect.any(String) });
    await ts.service.start();
    expect((await ts.service.app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('answers unknown routes with a JSON 404', async () => {
    ts = await startTestService({ ROLE: 'api' }, { label: 'ops' });
    const res = await ts.service.app.inject({ url: '/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', message: expect.any(String) });
  });
});

describe('GET /metrics', () => {
  it('exposes default and service metrics in Prometheus text format', async () => {
    ts = await startTestService({ ROLE: 'api' }, { label: 'ops' });
    const req = signed(commentAdded());
    await injectWebhook(ts.service.app, req);
    const res = await ts.service.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('process_cpu_user_seconds_total');
    expect(res.body).toMatch(/hg_webhooks_total\{outcome="queued"\} 1/);
  });
});

describe('/admin', () => {
  it('answers 404 everywhere when ADMIN_TOKEN is unset', async () => {
    ts = await startTestService({ ROLE: 'api' }, { label: 'ops' });
    for (const url of ['/admin', '/admin/queues', '/admin/queues/api/queues']) {
      const res = await ts.service.app.inject({ url, headers: { authorization: 'Bearer anything' } });
      expect(res.statusCode).toBe(404);
    }
  });

  it('requires the bearer token, then serves the queue dashboard', async () => {
    ts = await startTestService({ ROLE: 'api', ADMIN_TOKEN: 'admin-token-123456' }, { label: 'ops' });
    const app = ts.service.app;
    expect((await app.inject({ url: '/admin/queues' })).statusCode).toBe(401);
    expect(
      (await app.inject({ url: '/admin/queues', headers: { authorization: 'Bearer wrong' } })).statusCode,
    ).toBe(401);
    const ok = await app.inject({
      url: '/admin/queues',
      headers: { authorization: 'Bearer admin-token-123456' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('text/html');
    const api = await app.inject({
      url: '/admin/queues/api/queues',
      headers: { authorization: 'Bearer admin-token-123456' },
    });
    expect(api.statusCode).toBe(200);
    expect(JSON.stringify(api.json())).toContain('tickets');
  });
});

describe('bearerMatches', () => {
  it('compares the whole token', () => {
    expect(bearerMatches('Bearer abc', 'abc')).toBe(true);
    expect(bearerMatches('bearer abc', 'abc')).toBe(true);
    expect(bearerMatches('Bearer ab', 'abc')).toBe(false);
    expect(bearerMatches('Bearer abcd', 'abc')).toBe(false);
    expect(bearerMatches('Basic abc', 'abc')).toBe(false);
    expect(bearerMatches(undefined, 'abc')).toBe(false);
  });
});
