/**
 * Input hardening of POST /webhooks/zendesk (property-based, fast-check):
 * over 10,000 random and mutated bodies and headers through `app.inject`,
 * against the real producer on the real Redis (ROLE=api, unique prefix).
 *   - never a 5xx (Redis is up) and never a crash;
 *   - nothing without a valid signature is ever accepted or enqueued;
 *   - signed but mangled envelopes are 2xx or 400, never 5xx;
 *   - every job in Redis belongs to a request that was signed and got 202.
 */
import { Queue } from 'bullmq';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TICKETS_QUEUE } from '../../src/queue/catalogue.js';
import {
  SIGNATURE_HEADER,
  SIGNATURE_TIMESTAMP_HEADER,
  signZendeskBody,
} from '../../src/zendesk/signature.js';
import { REDIS_URL } from '../support/redis.js';
import { startTestService } from '../support/service.js';
import type { TestService } from '../support/service.js';
import { TEST_SECRET, commentAdded, ticketCreated, injectWebhook } from '../support/webhooks.js';

let svc: TestService;
let queue: Queue;
let accepted202 = 0; // signed requests answered 202

async function jobCount(): Promise<number> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
  return Object.values(c).reduce((a, b) => a + b, 0);
}

beforeAll(async () => {
  svc = await startTestService({ ROLE: 'api', LOG_LEVEL: 'silent' }, { label: 'fuzz' });
  queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix: svc.prefix });
});
afterAll(async () => {
  await queue.close();
  await svc.close();
});

const RUNS = { unsigned: 4_000, badSignature: 2_000, signedMutated: 4_000 };

interface Req {
  payload: string | Buffer;
  headers: Record<string, string>;
}

async function send(req: Req): Promise<number> {
  const res = await injectWebhook(svc.service.app, req);
  expect(res.statusCode, `answered ${res.statusCode}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
  // Every error body is JSON with a code.
  if (res.statusCode >= 400) expect(JSON.parse(res.body)).toHaveProperty('error');
  return res.statusCode;
}

const headerValue = fc.oneof(
  fc.string({ maxLength: 80 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
  fc.base64String({ maxLength: 60 }),
  fc.constant(''),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'multipart/form-data; boundary=x',
);
const anyBody = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((v) => JSON.stringify({ type: 'zen:event-type:ticket.comment_added', detail: v })),
);

/** A valid envelope, then a random field replaced, removed or retyped. */
const envelope = fc
  .record({
    kind: fc.constantFrom('comment', 'created'),
    ticketId: fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.string({ maxLength: 12 })),
    body: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(null)),
    isPublic: fc.boolean(),
    tags: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
  })
  .map((r) =>
    r.kind === 'comment'
      ? commentAdded({ ticketId: r.ticketId, body: r.body, isPublic: r.isPublic, tags: r.tags })
      : ticketCreated({ ticketId: r.ticketId, ...(r.body === null ? {} : { body: r.body }), tags: r.tags }),
  );
const mutation = fc.tuple(
  fc.constantFrom(
    'detail',
    'event',
    'type',
    'id',
    'subject',
    'time',
    'detail.tags',
    'detail.id',
    'event.comment',
  ),
  fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 40 })),
  fc.boolean(),
);

function mutate(body: Record<string, unknown>, [path, value, apply]: [string, unknown, boolean]) {
  if (!apply) return body;
  const copy = structuredClone(body);
  const parts = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const p of parts.slice(0, -1)) {
    const next = target[p];
    if (!next || typeof next !== 'object') return copy;
    target = next as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] as string;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

function signedHeaders(payload: string, timestamp: string, secret = TEST_SECRET): Record<string, string> {
  return {
    'content-type': 'application/json',
    [SIGNATURE_TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: signZendeskBody(secret, timestamp, payload),
  };
}

describe('POST /webhooks/zendesk under random input', () => {
  it('never accepts an unsigned or randomly signed request, and never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyBody,
        contentType,
        fc.option(headerValue),
        fc.option(headerValue),
        fc.dictionary(fc.stringMatching(/^x-[a-z-]{1,20}$/), headerValue, { maxKeys: 4 }),
        async (body, ct, sig, ts, extra) => {
          const headers: Record<string, string> = { ...extra, 'content-type': ct };
          if (sig !== null) headers[SIGNATURE_HEADER] = sig;
          if (ts !== null) headers[SIGNATURE_TIMESTAMP_HEADER] = ts;
          const status = await send({ payload: body, headers });
          expect(status).not.toBe(200);
          expect(status).not.toBe(202);
        },
      ),
      { numRuns: RUNS.unsigned, seed: 5_001 },
    );
    expect(await jobCount()).toBe(0);
  });

  it('refuses a valid envelope whose signature, timestamp or secret is off by a little', async () => {
    await fc.assert(
      fc.asyncProperty(
        envelope,
        fc.constantFrom(
          'flip-sig',
          'other-ts',
          'other-secret',
          'truncate-sig',
          'body-changed',
          'sig-of-body-only',
        ),
        fc.nat(),
        async (body, how, n) => {
          const payload = JSON.stringify(body);
          const ts = '2026-11-29T03:00:00Z';
          let headers = signedHeaders(payload, ts);
          let sent: string = payload;
          const sig = headers[SIGNATURE_HEADER] as string;
          if (how === 'flip-sig') {
            const i = n % sig.length;
            const c = sig[i] === 'A' ? 'B' : 'A';
            headers[SIGNATURE_HEADER] = sig.slice(0, i) + c + sig.slice(i + 1);
          } else if (how === 'other-ts') headers[SIGNATURE_TIMESTAMP_HEADER] = '2026-11-29T03:00:01Z';
          else if (how === 'other-secret') headers = signedHeaders(payload, ts, `${TEST_SECRET}x`);
          else if (how === 'truncate-sig') headers[SIGNATURE_HEADER] = sig.slice(0, n % sig.length);
          else if (how === 'body-changed') sent = `${payload} `;
          else headers[SIGNATURE_HEADER] = signZendeskBody(TEST_SECRET, '', payload);
          expect(await send({ payload: sent, headers })).toBe(401);
        },
      ),
      { numRuns: RUNS.badSignature, seed: 5_002 },
    );
    expect(await jobCount()).toBe(0);
  });

  it('answers 2xx or 400 to signed envelopes with mangled fields, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(envelope, mutation, mutation, async (body, m1, m2) => {
        const mutated = mutate(mutate(body, m1), m2);
        const payload = JSON.stringify(mutated);
        const status = await send({ payload, headers: signedHeaders(payload, new Date().toISOString()) });
        expect([200, 202, 400]).toContain(status);
        if (status === 202) accepted202 += 1;
      }),
      { numRuns: RUNS.signedMutated, seed: 5_003 },
    );
  });

  it('enqueued jobs only for signed requests told 202 (at most two jobs each)', async () => {
    const jobs = await jobCount();
    expect(accepted202).toBeGreaterThan(0);
    expect(jobs).toBeGreaterThan(0);
    expect(jobs).toBeLessThanOrEqual(2 * accepted202);
  });

  it('answers 413 above 1 MiB and 431 to oversized headers on a real socket; requests time out', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(1024 * 1024 + 10) });
    const res = await svc.service.app.inject({
      method: 'POST',
      url: '/webhooks/zendesk',
      payload: big,
      headers: signedHeaders(big, '2026-11-29T03:00:00Z'),
    });
    expect(res.statusCode).toBe(413);

    const server = svc.service.app.server;
    expect(server.requestTimeout).toBeGreaterThan(0);
    expect((server as { maxHeaderSize?: number }).maxHeaderSize).toBeLessThanOrEqual(16 * 1024);
    // Node enforces the header limit below Fastify: check it on a listening socket.
    const address = await svc.service.app.listen({ port: 0, host: '127.0.0.1' });
    const r = await fetch(`${address}/webhooks/zendesk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-padding': 'p'.repeat(20 * 1024) },
      body: '{}',
    });
    expect(r.status).toBe(431);
  });
});
