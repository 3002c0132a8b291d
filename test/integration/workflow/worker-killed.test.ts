/**
 * A worker process killed between the Zendesk write and the job's completion:
 * the write reached Zendesk (through a proxy that then holds the answer), the
 * worker gets SIGKILL, and a restarted worker picks the stalled job up. It
 * must find its note on the ticket and not write a second one.
 *
 * The first worker is the real entry point (src/server.ts, ROLE=worker) in a
 * child process under tsx; the restarted one runs in this process. BullMQ
 * moves a stalled job back to wait once the dead worker's lock expires
 * (JOB_LOCK_MS, 30 s by default; 3 s here, so the test takes seconds).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { afterEach, expect, it } from 'vitest';
import { findDecisionMarkers } from '../../../src/actions/decision-note.js';
import { TICKETS_QUEUE } from '../../../src/queue/catalogue.js';
import { FakeZendesk } from '../../support/fake-zendesk.js';
import { testPolicyPath } from '../../support/policy.js';
import { REDIS_URL, freePort, uniquePrefix } from '../../support/redis.js';
import { startTestService } from '../../support/service.js';
import type { TestService } from '../../support/service.js';
import { ABUSIVE_TEXT, TEST_SECRET, signed, injectWebhook } from '../../support/webhooks.js';
import { HoldingProxy } from './holding-proxy.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const cleanup: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f().catch(() => undefined);
});

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

it('writes one note when the worker dies after the write and before completing the job', async () => {
  const zd = await FakeZendesk.start();
  cleanup.push(() => zd.close());
  const proxy = await HoldingProxy.start(zd.baseUrl);
  cleanup.push(() => proxy.close());
  const customer = zd.addUser({ role: 'end-user' });
  const supervisors = zd.addGroup([zd.addUser({ role: 'agent' }).id]);
  const prefix = uniquePrefix('kill');
  const zendeskEnv = {
    ZENDESK_EMAIL: zd.credentials.email,
    ZENDESK_API_TOKEN: zd.credentials.token,
    SUPERVISOR_GROUP_ID: supervisors,
    ACTIONS_MODE: 'live',
    QUEUE_PREFIX: prefix,
    JOB_LOCK_MS: '3000',
  };

  // The API (in process) stores the job.
  const api: TestService = await startTestService({
    ...zendeskEnv,
    ROLE: 'api',
    ZENDESK_BASE_URL: zd.baseUrl,
  });
  cleanup.push(() => api.close());
  const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix });
  cleanup.push(() => queue.close());

  // The first worker: a child process reaching Zendesk through the proxy.
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      ...zendeskEnv,
      ROLE: 'worker',
      ZENDESK_BASE_URL: proxy.url,
      ZENDESK_WEBHOOK_SECRET: TEST_SECRET,
      REDIS_URL,
      PORT: String(port),
      HOST: '127.0.0.1',
      POLICY_FILE: testPolicyPath(),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (d: string) => stderr.push(d));
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  await waitFor(
    'the child worker to be ready',
    async () => {
      if (child.exitCode !== null) throw new Error(`worker exited: ${stderr.join('')}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      return ok ? true : undefined;
    },
    30_000,
  );

  const written = proxy.loseNext({ method: 'PUT', path: /^\/api\/v2\/tickets\/\d+\.json$/, mode: 'hold' });
  const t = zd.createTicket({ requesterId: customer.id, body: ABUSIVE_TEXT });
  const req = signed(zd.ticketCreatedEvent(t.id));
  const res = await injectWebhook(api.service.app, req);
  expect(res.statusCode).toBe(202);

  // The write has reached Zendesk; the worker is waiting for the answer. Kill it.
  await written;
  child.kill('SIGKILL');
  await exited;
  const notesOf = () =>
    zd
      .comments(t.id)
      .filter((c) => c.authorId === zd.serviceUser.id && findDecisionMarkers(c.body).length > 0);
  expect(notesOf()).toHaveLength(1);
  expect(await queue.getJobCounts('active', 'completed')).toMatchObject({ active: 1, completed: 0 });

  // Restart: a new worker (here, in process) recovers the stalled job.
  const worker = await startTestService({ ...zendeskEnv, ROLE: 'worker', ZENDESK_BASE_URL: zd.baseUrl });
  cleanup.push(() => worker.close());
  await waitFor(
    'the stalled job to complete',
    async () => {
      const counts = await queue.getJobCounts('completed', 'failed');
      if (counts.failed) throw new Error('the stalled job failed instead of being recovered');
      return counts.completed === 1 ? true : undefined;
    },
    // The dead worker's lock (3 s) must expire and a stalled-job check (every
    // 3 s) must run; a loaded CI host may take much longer.
    180_000,
  );
  const [job] = await queue.getJobs(['completed']);
  expect(job?.returnvalue).toMatchObject({ outcome: 'already-written', recovered: true });
  expect(notesOf()).toHaveLength(1);
  expect(zd.ticketWrites(t.id)).toHaveLength(1);
  expect(zd.ticket(t.id).tags).toContain('harassment_escalated');
}, 240_000);
