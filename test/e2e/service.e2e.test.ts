/**
 * End to end: the BUILT service (`node dist/server.js`) as a child process,
 * against the fake Zendesk (which delivers signed webhooks after every
 * change, including the service's own writes) and the real Redis.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TICKETS_QUEUE } from '../../src/queue/catalogue.js';
import { FakeZendesk, signedWebhook } from '../support/fake-zendesk.js';
import { waitForSettled } from '../support/jobs.js';
import { testPolicyPath } from '../support/policy.js';
import { REDIS_URL, deleteKeys, freePort, testRedis, uniquePrefix } from '../support/redis.js';
import { ABUSIVE_TEXT, CLEAN_TEXT, TEST_SECRET } from '../support/webhooks.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'dist/server.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  // `npm test` builds first; a lone run of this file builds when dist is stale.
  if (!existsSync(SERVER) || statSync(SERVER).mtimeMs < newestMtime(join(ROOT, 'src'))) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
}, 120_000);

interface Running {
  child: ChildProcess;
  port: number;
  prefix: string;
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
}

const running: Running[] = [];

async function startService(env: Record<string, string>, nodeArgs: string[] = []): Promise<Running> {
  const port = await freePort();
  const prefix = uniquePrefix('e2e');
  const child = spawn(process.execPath, [...nodeArgs, SERVER], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      POLICY_FILE: testPolicyPath(),
      JOB_BACKOFF_MS: '100',
      SHUTDOWN_TIMEOUT_MS: '5000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const r: Running = {
    child,
    port,
    prefix,
    stdout: [],
    stderr: [],
    exited: new Promise((res) => child.once('exit', (code) => res(code))),
  };
  child.stdout
    ?.setEncoding('utf8')
    .on('data', (d: string) => r.stdout.push(...d.split('\n').filter(Boolean)));
  child.stderr
    ?.setEncoding('utf8')
    .on('data', (d: string) => r.stderr.push(...d.split('\n').filter(Boolean)));
  running.push(r);
  return r;
}

async function waitReady(r: Running, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (r.child.exitCode !== null) throw new Error(`service exited: ${r.stderr.join('\n')}`);
    try {
      const res = await fetch(`http://127.0.0.1:${r.port}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('service not ready in time');
}

async function stop(r: Running): Promise<number | null> {
  if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGTERM');
  return Promise.race([r.exited, sleep(15_000).then(() => -1)]);
}

afterEach(async () => {
  const redis = testRedis();
  for (const r of running.splice(0)) {
    await stop(r);
    await deleteKeys(redis, r.prefix);
  }
  redis.disconnect();
});

let zd: FakeZendesk;
beforeAll(async () => {
  zd = await FakeZendesk.start({ token: 'e2e-api-token-0001' });
});
afterAll(async () => {
  await zd.close();
});

function liveEnv(group: string): Record<string, string> {
  return {
    ACTIONS_MODE: 'live',
    ZENDESK_BASE_URL: zd.baseUrl,
    ZENDESK_EMAIL: zd.credentials.email,
    ZENDESK_API_TOKEN: zd.credentials.token,
    ZENDESK_WEBHOOK_SECRET: TEST_SECRET,
    SUPERVISOR_GROUP_ID: group,
  };
}

describe('the built service', () => {
  it('escalates an abusive customer message with one write, ignores a clean one, and shuts down with 0', async () => {
    const customer = zd.addUser({ role: 'end-user', name: 'Kenji Requester', email: 'kenji@example.test' });
    const group = zd.addGroup([zd.addUser({ role: 'agent' }).id]);
    const svc = await startService(liveEnv(group));
    await waitReady(svc);
    zd.subscribe({ url: `http://127.0.0.1:${svc.port}/webhooks/zendesk`, secret: TEST_SECRET });
    try {
      const clean = zd.createTicket({ requesterId: customer.id, body: CLEAN_TEXT, priority: 'normal' });
      const flagged = zd.createTicket({
        requesterId: customer.id,
        body: 'Where is my order?',
        priority: 'normal',
      });
      zd.addComment(flagged.id, { authorId: customer.id, body: ABUSIVE_TEXT });
      await zd.settleDeliveries();

      const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix: svc.prefix });
      try {
        await waitForSettled(queue, 3);
        // The service's own write triggers a comment_added delivery (private, by the service user): skipped.
        await zd.settleDeliveries();
        await waitForSettled(queue, 3);
      } finally {
        await queue.close();
      }

      expect(zd.deliveries.every((d) => d.status === 202 || d.status === 200)).toBe(true);
      expect(zd.ticketWrites(clean.id)).toHaveLength(0);
      expect(zd.ticketWrites(flagged.id)).toHaveLength(1);
      const t = zd.ticket(flagged.id);
      expect(t.tags).toEqual(expect.arrayContaining(['harassment_suspected', 'harassment_escalated']));
      expect(t.groupId).toBe(group);
      expect(t.priority).toBe('urgent');
      expect(zd.comments(flagged.id).at(-1)?.public).toBe(false);

      const metrics = await (await fetch(`http://127.0.0.1:${svc.port}/metrics`)).text();
      expect(metrics).toMatch(/hg_webhooks_total\{outcome="queued"\} [1-9]/);
      expect(metrics).toMatch(/hg_decisions_total\{verdict="harassment"/);
      expect(metrics).toMatch(/hg_zendesk_calls_total\{status="2xx"\} [1-9]/);
    } finally {
      zd.unsubscribe();
    }

    expect(await stop(svc)).toBe(0);
    const out = svc.stdout.join('\n');
    expect(out).toContain('decision: ticket updated');
    for (const leak of [
      'break your face',
      'idiots',
      CLEAN_TEXT.slice(0, 30),
      'kenji@example.test',
      'Kenji',
      zd.credentials.token,
    ]) {
      expect(out, `stdout leaks "${leak}"`).not.toContain(leak);
    }
  });

  it('runs as separate api and worker processes sharing Redis', async () => {
    const customer = zd.addUser({ role: 'end-user' });
    const group = zd.addGroup([]);
    const api = await startService({ ...liveEnv(group), ROLE: 'api' });
    const worker = await startService({ ...liveEnv(group), ROLE: 'worker', QUEUE_PREFIX: api.prefix });
    await Promise.all([waitReady(api), waitReady(worker)]);
    const t = zd.createTicket({ requesterId: customer.id, body: 'Where is my order?', priority: 'normal' });
    const c = zd.addComment(t.id, { authorId: customer.id, body: ABUSIVE_TEXT });
    const { payload, headers } = signedWebhook(zd.commentAddedEvent(t.id, c.id), TEST_SECRET);
    const res = await fetch(`http://127.0.0.1:${api.port}/webhooks/zendesk`, {
      method: 'POST',
      body: payload,
      headers,
    });
    expect(res.status).toBe(202);
    // The worker process has no webhook route.
    const onWorker = await fetch(`http://127.0.0.1:${worker.port}/webhooks/zendesk`, {
      method: 'POST',
      body: payload,
      headers,
    });
    expect(onWorker.status).toBe(404);
    const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix: api.prefix });
    try {
      await waitForSettled(queue, 1);
    } finally {
      await queue.close();
    }
    expect(zd.ticketWrites(t.id)).toHaveLength(1);
    expect(worker.stdout.join('\n')).toContain('decision: ticket updated');
    expect(api.stdout.join('\n')).not.toContain('decision: ticket updated');
  });

  it('finishes the job in flight on SIGTERM, then exits 0', async () => {
    const customer = zd.addUser({ role: 'end-user' });
    const group = zd.addGroup([]);
    const svc = await startService(liveEnv(group));
    await waitReady(svc);
    const t = zd.createTicket({ requesterId: customer.id, body: 'Where is my order?', priority: 'normal' });
    const c = zd.addComment(t.id, { authorId: customer.id, body: ABUSIVE_TEXT });
    zd.delayNext(1, 1_500, { method: 'PUT' });
    const { payload, headers } = signedWebhook(zd.commentAddedEvent(t.id, c.id), TEST_SECRET);
    const res = await fetch(`http://127.0.0.1:${svc.port}/webhooks/zendesk`, {
      method: 'POST',
      body: payload,
      headers,
    });
    expect(res.status).toBe(202);
    // Wait (bounded) until the PUT has reached the fake, then ask the service to stop.
    for (let i = 0; i < 200 && !zd.requests.some((r) => r.method === 'PUT' && r.path.includes(t.id)); i++) {
      await sleep(25);
    }
    svc.child.kill('SIGTERM');
    for (let i = 0; i < 200 && !svc.stdout.some((l) => l.includes('shutting down')); i++) await sleep(25);
    // While it drains, webhooks are refused (503 on a kept-alive connection, or no
    // connection at all), never accepted into a closing process.
    const late = signedWebhook(zd.commentAddedEvent(t.id, c.id, { eventId: `late-${t.id}` }), TEST_SECRET);
    const lateStatus = await fetch(`http://127.0.0.1:${svc.port}/webhooks/zendesk`, {
      method: 'POST',
      body: late.payload,
      headers: late.headers,
    }).then(
      (r) => r.status,
      () => 'refused' as const,
    );
    expect([503, 'refused']).toContain(lateStatus);
    // No second SIGTERM (stop() would send one): close-with-grace exits 1 on a second signal.
    expect(await Promise.race([svc.exited, sleep(15_000).then(() => -1)])).toBe(0);
    expect(zd.ticketWrites(t.id)).toHaveLength(1);
    expect(zd.ticket(t.id).tags).toContain('harassment_suspected');
  });

  // Before Node runs JavaScript (about 0.1 s, more on a loaded machine) a signal still has its
  // default effect, so the delay counts from a line that a preloaded module writes as soon as
  // Node runs any: the entry module's first import installs the listeners right after it.
  it.each([300, 1200, 2500])('exits 0 on a SIGTERM %i ms into start-up', async (delayMs) => {
    const group = zd.addGroup([]);
    const marker = 'e2e: javascript started';
    const preload = `--import=data:text/javascript,process.stderr.write(${JSON.stringify(`${marker}\n`)})`;
    const svc = await startService(liveEnv(group), [preload]);
    for (let i = 0; i < 800 && !svc.stderr.includes(marker) && svc.child.exitCode === null; i++)
      await sleep(25);
    expect(svc.stderr).toContain(marker);
    await sleep(delayMs);
    svc.child.kill('SIGTERM');
    // Wait for the exit without a second SIGTERM: once the graceful handler is
    // installed, a second signal means "exit now" (code 1).
    expect(await Promise.race([svc.exited, sleep(20_000).then(() => -1)])).toBe(0);
    expect(svc.stderr.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('stops with one clear line and exit code 1 when Zendesk refuses the credentials', async () => {
    const group = zd.addGroup([]);
    const svc = await startService({ ...liveEnv(group), ZENDESK_API_TOKEN: 'wrong-token' });
    const code = await Promise.race([svc.exited, sleep(20_000).then(() => -1)]);
    expect(code).toBe(1);
    const line = svc.stderr.find((l) => l.startsWith('harassment-guard:'));
    expect(line).toMatch(/Zendesk refused the credentials .*401/);
    expect(svc.stderr.join('\n')).not.toContain('wrong-token');
    expect(svc.stderr.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('stops with one line naming the variable on a bad environment', async () => {
    const svc = await startService({ WORKER_CONCURRENCY: 'lots' });
    const code = await Promise.race([svc.exited, sleep(20_000).then(() => -1)]);
    expect(code).toBe(1);
    expect(svc.stderr).toEqual([expect.stringMatching(/^harassment-guard: WORKER_CONCURRENCY: /)]);
  });
});
