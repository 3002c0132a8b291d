/**
 * A full flagged flow, then a supervisor-approved refusal, at the most verbose log level: no log line may carry
 * the message text, the requester's name or email, the API token, Basic
 * credentials, the webhook secret or the signature.
 */
import { Queue } from 'bullmq';
import { afterEach, expect, it } from 'vitest';
import { TICKETS_QUEUE } from '../../../src/queue/catalogue.js';
import { FakeZendesk } from '../../support/fake-zendesk.js';
import { waitForSettled } from '../../support/jobs.js';
import { REDIS_URL } from '../../support/redis.js';
import { startTestService } from '../../support/service.js';
import type { TestService } from '../../support/service.js';
import { ABUSIVE_TEXT, TEST_SECRET, signed, injectWebhook } from '../../support/webhooks.js';

let zd: FakeZendesk | undefined;
let ts: TestService | undefined;
let queue: Queue | undefined;

afterEach(async () => {
  await queue?.close();
  await ts?.close();
  await zd?.close();
});

it('keeps customer text, names, emails, tokens and signatures out of every log line (flag, then refusal)', async () => {
  zd = await FakeZendesk.start({ token: 'zd-api-token-SHOULD-NOT-LEAK-42' });
  const customer = zd.addUser({
    role: 'end-user',
    name: 'Hanako Requester',
    email: 'hanako.requester@example.test',
  });
  const boss = zd.addUser({ role: 'agent', name: 'Jiro Supervisor', email: 'jiro.boss@example.test' });
  const group = zd.addGroup([boss.id]);
  ts = await startTestService(
    {
      ROLE: 'all',
      ACTIONS_MODE: 'live',
      LOG_LEVEL: 'trace',
      ZENDESK_BASE_URL: zd.baseUrl,
      ZENDESK_EMAIL: zd.credentials.email,
      ZENDESK_API_TOKEN: zd.credentials.token,
      SUPERVISOR_GROUP_ID: group,
    },
    { label: 'logs' },
  );
  queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix: ts.prefix });

  const text = `${ABUSIVE_TEXT} Write to me at hanako.requester@example.test, Hanako Requester.`;
  const t = zd.createTicket({
    requesterId: customer.id,
    body: 'Where is my order?',
    subject: 'Order 4411 missing',
  });
  const c = zd.addComment(t.id, { authorId: customer.id, body: text });
  const req = signed(zd.commentAddedEvent(t.id, c.id));
  const res = await injectWebhook(ts.service.app, req);
  expect(res.statusCode).toBe(202);
  // A retry path too: the second delivery with a bad signature is logged as refused.
  await ts.service.app.inject({
    method: 'POST',
    url: '/webhooks/zendesk',
    payload: req.payload,
    headers: { ...req.headers, 'x-zendesk-webhook-signature': 'bm9wZQ==' },
  });
  await waitForSettled(queue, 1);
  expect(zd.ticketWrites(t.id)).toHaveLength(1);

  // The refusal flow: a supervisor approves, the service posts the public notice.
  zd.updateTicketAs(boss.id, t.id, { addTags: ['harassment_refusal_approved'] });
  const approval = signed(
    zd.tagsChangedEvent(t.id, { actorId: boss.id, added: ['harassment_refusal_approved'] }),
  );
  const approved = await injectWebhook(ts.service.app, approval);
  expect(approved.statusCode).toBe(202);
  await waitForSettled(queue, 2);
  const notices = zd.comments(t.id).filter((x) => x.public && x.authorId === zd?.serviceUser.id);
  expect(notices).toHaveLength(1);
  expect(zd.ticket(t.id).tags).toContain('harassment_support_refused');

  const logs = ts.logs.text();
  expect(ts.logs.lines.length).toBeGreaterThan(3);
  expect(logs).toContain('decision: ticket updated');
  const forbidden = [
    ...ABUSIVE_TEXT.split(/[.,]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 8),
    'break your face',
    'idiots',
    'hanako.requester@example.test',
    'Hanako',
    'Requester',
    'Order 4411 missing',
    zd.credentials.token,
    Buffer.from(`${zd.credentials.email}/token:${zd.credentials.token}`).toString('base64'),
    TEST_SECRET,
    req.headers['x-zendesk-webhook-signature'] ?? 'unreachable',
    approval.headers['x-zendesk-webhook-signature'] ?? 'unreachable',
    'Jiro',
    'jiro.boss@example.test',
    // The notice's own wording is customer-facing text too.
    ...(notices[0]?.body ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 20)
      .slice(0, 3),
  ];
  for (const s of forbidden) expect(logs, `log leaks "${s}"`).not.toContain(s);
});
