/**
 * The whole loop for workflow tests: the fake Zendesk delivers signed
 * webhooks after every change (the service's own writes included) to an
 * in-process service (ROLE=all, live) listening on 127.0.0.1, on a unique
 * Redis prefix. `settle()` waits until no delivery is in flight and no job is
 * pending, twice in a row (a job's write causes deliveries, which cause jobs).
 */
import { Queue } from 'bullmq';
import type { Job } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { loadEnv } from '../../../src/config/env.js';
import type { PolicyFile, ServicePolicy } from '../../../src/config/policy-file.js';
import { createLogger } from '../../../src/log.js';
import { TICKETS_QUEUE } from '../../../src/queue/catalogue.js';
import { createService } from '../../../src/service/bootstrap.js';
import type { Service } from '../../../src/service/bootstrap.js';
import { DecisionRecorder } from '../../../src/workflow/decision-records.js';
import { workflowKeys } from '../../../src/workflow/keys.js';
import { FakeZendesk } from '../../support/fake-zendesk.js';
import type { FakeComment, FakeUser } from '../../support/fake-zendesk.js';
import { LogCapture } from '../../support/logs.js';
import { loadTestPolicy } from '../../support/policy.js';
import { REDIS_URL, deleteKeys, testRedis, uniquePrefix } from '../../support/redis.js';
import { TEST_SECRET, signed, injectWebhook } from '../../support/webhooks.js';
import { HoldingProxy } from './holding-proxy.js';

export interface Loop {
  zd: FakeZendesk;
  service: Service;
  prefix: string;
  queue: Queue;
  logs: LogCapture;
  customer: FakeUser;
  supervisor: FakeUser;
  agent: FakeUser;
  supervisorGroup: string;
  records: DecisionRecorder;
  /** Present with `proxy: true`: the service reaches Zendesk through it. */
  proxy: HoldingProxy | undefined;
  settle(): Promise<void>;
  /** Comments the service's own user wrote on a ticket. */
  serviceComments(ticketId: string): FakeComment[];
  jobs(name?: string): Promise<Job[]>;
  close(): Promise<void>;
}

export interface LoopOptions {
  policy?: (p: ServicePolicy) => ServicePolicy;
  env?: Record<string, string>;
  customerLocale?: string;
  /** Put a HoldingProxy between the service and the fake (to lose answers). */
  proxy?: boolean;
}

export async function startLoop(opts: LoopOptions = {}): Promise<Loop> {
  const zd = await FakeZendesk.start();
  const customer = zd.addUser({ role: 'end-user', locale: opts.customerLocale ?? 'ja' });
  const supervisor = zd.addUser({ role: 'agent' });
  const agent = zd.addUser({ role: 'agent' });
  const supervisorGroup = zd.addGroup([supervisor.id]);
  zd.addGroup([agent.id]);

  const proxy = opts.proxy ? await HoldingProxy.start(zd.baseUrl) : undefined;
  const prefix = uniquePrefix('wf');
  const base = loadTestPolicy();
  const policy: PolicyFile = {
    ...base,
    service: opts.policy ? opts.policy(structuredClone(base.service)) : base.service,
  };
  const config = loadEnv({
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    ZENDESK_WEBHOOK_SECRET: TEST_SECRET,
    LOG_LEVEL: 'debug',
    JOB_BACKOFF_MS: '100',
    ROLE: 'all',
    ACTIONS_MODE: 'live',
    ZENDESK_BASE_URL: proxy?.url ?? zd.baseUrl,
    ZENDESK_EMAIL: zd.credentials.email,
    ZENDESK_API_TOKEN: zd.credentials.token,
    SUPERVISOR_GROUP_ID: supervisorGroup,
    WORKER_CONCURRENCY: '4',
    ...opts.env,
  });
  const logs = new LogCapture();
  const logger = createLogger({ level: config.logLevel, destination: logs });
  const service = await createService({ config, policy, logger, startupDelayMs: { initial: 50, max: 200 } });
  await service.producer?.waitUntilReady();
  await service.start();
  await service.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (service.app.server.address() as AddressInfo).port;
  zd.subscribe({ url: `http://127.0.0.1:${port}/webhooks/zendesk`, secret: TEST_SECRET });
  const queue = new Queue(TICKETS_QUEUE, { connection: { url: REDIS_URL }, prefix });
  const redis = testRedis();
  const records = new DecisionRecorder(redis, workflowKeys(prefix).records, 1000);

  async function pending(): Promise<number> {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0);
  }

  return {
    zd,
    service,
    prefix,
    queue,
    logs,
    customer,
    supervisor,
    agent,
    supervisorGroup,
    records,
    proxy,
    async settle() {
      const deadline = Date.now() + 60_000;
      let quiet = 0;
      while (quiet < 2) {
        if (Date.now() > deadline) throw new Error(`loop did not settle: ${await pending()} jobs pending`);
        await zd.settleDeliveries();
        const before = zd.deliveries.length;
        if ((await pending()) === 0 && zd.deliveries.length === before) quiet++;
        else quiet = 0;
        await sleep(40);
      }
    },
    serviceComments(ticketId) {
      return zd.comments(ticketId).filter((c) => c.authorId === zd.serviceUser.id);
    },
    async jobs(name) {
      const all = await queue.getJobs(['completed', 'failed', 'waiting', 'active', 'delayed']);
      return all.filter((j) => !name || j.name === name);
    },
    async close() {
      zd.unsubscribe();
      await queue.close();
      await service.close();
      await proxy?.close();
      await zd.close();
      await deleteKeys(redis, prefix);
      redis.disconnect();
    },
  };
}

/** Sends one signed webhook to the loop's API, as Zendesk would. */
export async function deliver(l: Loop, body: Record<string, unknown>) {
  const req = signed(body);
  return injectWebhook(l.service.app, req);
}
