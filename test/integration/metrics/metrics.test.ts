/**
 * GET /metrics moves as webhooks and jobs flow through real Redis, a real
 * worker and the fake Zendesk (live mode).
 */
import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TICKETS_QUEUE } from '../../../src/queue/catalogue.js';
import { createMetrics, zendeskEndpoint } from '../../../src/service/metrics.js';
import { FakeZendesk } from '../../support/fake-zendesk.js';
import type { FakeUser } from '../../support/fake-zendesk.js';
import { waitForSettled } from '../../support/jobs.js';
import { REDIS_URL } from '../../support/redis.js';
import { startTestService } from '../../support/service.js';
import type { TestService } from '../../support/service.js';
import { ABUSIVE_TEXT, signed } from '../../support/webhooks.js';

let zd: FakeZendesk;
let ts: TestService | undefined;
let queue: Queue | undefined;
let customer: FakeUser;
let supervisors: string;

beforeEach(async () => {
  zd = await FakeZendesk.start();
  customer = zd.addUser({ role: 'end-user' });
  supervisors = zd.addGroup([zd.addUser({ role: 'agent' }).id]);
});

afterEach(async () => {
  await queue?.close();
  await ts?.close();
  await zd.close();
  queue = undefined;
  ts = undefined;
});

/** The value of one sample in Prometheus text, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(): Promise<string> {
  const res = await ts!.service.app.inject({ url: '/metrics' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('text/plain');
  return res.body;
}

async function post(payload: string, headers: Record<string, string>) {
  return ts!.service.app.inject({ method: 'POST', url: '/webhooks/zendesk', payload, headers });
}

describe('GET /metrics', () => {
  it('counts webhook outcomes, queue depth, job durations, decisions, Zendesk requests and 429 waits', async () => {
    ts = await startTestService(
      {
        ROLE: 'all',
        ACTIONS_MODE: 'live',
        ZENDESK_BASE_URL: zd.baseUrl,
        ZENDESK_EMAIL: zd.credentials.email,
        ZENDESK_API_TOKEN: zd.credentials.token,
        SUPERVISOR_GROUP_ID: supervisors,
      },
      { label: 'metrics' },
    );
    queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix: ts.prefix });

    const before = await scrape();
    expect(before).toContain('process_cpu_user_seconds_total');
    expect(sample(before, 'hg_webhooks_total{outcome="queued"}')).toBeUndefined();

    const t = zd.createTicket({ requesterId: customer.id, body: 'Where is my order?', priority: 'normal' });
    const c = zd.addComment(t.id, { authorId: customer.id, body: ABUSIVE_TEXT });
    // The first PUT is refused with a 429: the worker waits Retry-After, then writes.
    zd.rateLimitNext(1, 1, { method: 'PUT' });
    const event = signed(zd.commentAddedEvent(t.id, c.id));
    expect((await post(event.payload, event.headers)).statusCode).toBe(202);
    expect((await post(event.payload, event.headers)).statusCode).toBe(200);
    const badSig = signed(zd.commentAddedEvent(t.id, c.id), { secret: 'not-the-secret' });
    expect((await post(badSig.payload, badSig.headers)).statusCode).toBe(401);
    const badJson = signed('{"type": ');
    expect((await post(badJson.payload, badJson.headers)).statusCode).toBe(400);
    const badShape = signed({ hello: 'world' });
    expect((await post(badShape.payload, badShape.headers)).statusCode).toBe(400);
    const big = signed(`{"pad":"${'x'.repeat(1024 * 1024)}"}`);
    expect((await post(big.payload, big.headers)).statusCode).toBe(413);
    await waitForSettled(queue, 1);

    const text = await scrape();
    expect(sample(text, 'hg_webhooks_total{outcome="queued"}')).toBe(1);
    expect(sample(text, 'hg_webhooks_total{outcome="duplicate"}')).toBe(1);
    for (const reason of ['signature', 'json', 'shape', 'size']) {
      expect(sample(text, `hg_webhooks_total{outcome="rejected",reason="${reason}"}`)).toBe(1);
    }
    expect(sample(text, 'hg_queue_jobs{queue="tickets",state="completed"}')).toBe(1);
    expect(sample(text, 'hg_queue_jobs{queue="tickets",state="waiting"}')).toBe(0);
    // One observation per attempt: the rate-limited one and the one that wrote.
    expect(sample(text, 'hg_job_duration_seconds_count{name="evaluate"}')).toBe(2);
    expect(
      sample(text, 'hg_decisions_total{verdict="harassment",category="violence"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'hg_zendesk_requests_total{method="PUT",endpoint="/tickets/:id",status="429"}')).toBe(
      1,
    );
    expect(sample(text, 'hg_zendesk_requests_total{method="PUT",endpoint="/tickets/:id",status="200"}')).toBe(
      1,
    );
    expect(sample(text, 'hg_zendesk_requests_total{method="GET",endpoint="/users/me",status="200"}')).toBe(1);
    expect(
      sample(text, 'hg_zendesk_request_duration_seconds_count{method="PUT",endpoint="/tickets/:id"}'),
    ).toBe(2);
    expect(sample(text, 'hg_rate_limit_waits_total{source="zendesk"}')).toBe(1);
    expect(sample(text, 'hg_rate_limit_wait_seconds_total{source="zendesk"}')).toBe(1);
    // Defined now so dashboards exist before the workflow increments them.
    expect(text).toContain('# TYPE hg_refusals_total counter');
    expect(text).toContain('# TYPE hg_false_positives_total counter');
    // No ids or text in any label.
    expect(text).not.toContain(t.id === '1' ? 'ticket_id' : t.id);
    expect(text).not.toContain('idiots');
  });

  it('keeps the last queue counts when Redis does not answer within the bound', async () => {
    const metrics = createMetrics({ defaultMetrics: false, queueCountTimeoutMs: 20, queueCountMaxAgeMs: 0 });
    let answer: Record<string, number> | undefined = { waiting: 3, failed: 2 };
    metrics.observeQueues([
      {
        name: 'tickets',
        getJobCounts: () =>
          answer ? Promise.resolve(answer) : new Promise<Record<string, number>>(() => undefined),
      },
    ]);
    let text = await metrics.registry.metrics();
    expect(sample(text, 'hg_queue_jobs{queue="tickets",state="waiting"}')).toBe(3);
    expect(sample(text, 'hg_queue_jobs{queue="tickets",state="failed"}')).toBe(2);
    answer = undefined; // Redis hangs: the scrape still answers, with the last values
    text = await metrics.registry.metrics();
    expect(sample(text, 'hg_queue_jobs{queue="tickets",state="waiting"}')).toBe(3);
  });
});

describe('zendeskEndpoint', () => {
  it('templates ids and drops the API prefix, .json and the query', () => {
    expect(zendeskEndpoint('/api/v2/tickets/42.json')).toBe('/tickets/:id');
    expect(zendeskEndpoint('/api/v2/tickets/42/comments.json?page[size]=100')).toBe('/tickets/:id/comments');
    expect(zendeskEndpoint('/api/v2/users/me.json')).toBe('/users/me');
    expect(zendeskEndpoint('/api/v2/incremental/ticket_events.json')).toBe('/incremental/ticket_events');
  });
});
