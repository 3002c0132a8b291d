/**
 * Wires the service from a typed config and a loaded policy file: Redis
 * connections, producer, worker, HTTP app, start-up and shutdown. Reads no
 * environment; src/server.ts is the entry point.
 */
import type { Worker } from 'bullmq';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/env.js';
import type { PolicyFile } from '../config/policy-file.js';
import { buildApp } from '../http/app.js';
import type { App } from '../http/app.js';
import type { Logger } from '../log.js';
import { compileEngine } from '../policy/index.js';
import { queueNames, serviceKeys } from '../queue/catalogue.js';
import {
  bullProducerConnection,
  bullWorkerConnection,
  redisForProducer,
  redisForWorker,
} from '../queue/connections.js';
import { JobProducer } from '../queue/producer.js';
import { processEvaluate } from '../queue/processors/evaluate.js';
import type { PolicyEngine } from '../queue/processors/evaluate.js';
import { processTicketWorkflow } from '../queue/processors/ticket-workflow.js';
import { createTicketsWorker } from '../queue/worker.js';
import { ZendeskBudget } from '../queue/zendesk-budget.js';
import { createWorkflowStores } from '../workflow/stores.js';
import { ZendeskClient } from '../zendesk/client.js';
import { RateLimitGate } from '../zendesk/rate-limit-gate.js';
import { createMetrics, instrumentZendeskClient, zendeskRequestObserver } from './metrics.js';
import type { ServiceMetrics } from './metrics.js';
import { ServiceState } from './state.js';
import { resolveServiceUser } from './startup.js';
import { settlesWithin } from './settles-within.js';

export interface ServiceOptions {
  config: AppConfig;
  policy: PolicyFile;
  logger: Logger;
  /** Tests may pass an engine; by default the policy file's engine is compiled. */
  engine?: PolicyEngine;
  /** Passed to compileEngine (the server passes a full garbage collection: peak memory at start-up). */
  collectGarbage?: () => void;
  metrics?: ServiceMetrics;
  /** Start-up retry delays (tests shorten them). */
  startupDelayMs?: { initial: number; max: number };
}

export interface Service {
  app: App;
  state: ServiceState;
  worker: Worker | undefined;
  producer: JobProducer | undefined;
  metrics: ServiceMetrics;
  /** Call users/me (when credentials exist), then start the worker. Throws StartupError on bad credentials. */
  start(): Promise<void>;
  /** Readiness 503, close HTTP, drain the worker (bounded), close Redis. Idempotent. */
  close(): Promise<void>;
}

export async function createService(opts: ServiceOptions): Promise<Service> {
  const { config, policy, logger } = opts;
  const metrics = opts.metrics ?? createMetrics();
  const state = new ServiceState();
  const runsApi = config.role !== 'worker';
  const runsWorker = config.role !== 'api';
  const keys = serviceKeys(config.queuePrefix);
  const aborter = new AbortController();

  // The Zendesk requests-per-minute budget shared by every process (ZENDESK_RATE_LIMIT_PER_MINUTE).
  const budgetRedis = config.zendeskRateLimitPerMinute ? redisForWorker(config.redisUrl) : undefined;
  budgetRedis?.on('error', () => undefined);
  const budget =
    budgetRedis && config.zendeskRateLimitPerMinute
      ? new ZendeskBudget({
          redis: budgetRedis,
          key: keys.zendeskBudget,
          perMinute: config.zendeskRateLimitPerMinute,
        })
      : undefined;

  const client =
    config.zendesk?.auth != null
      ? instrumentZendeskClient(
          new ZendeskClient({
            baseUrl: config.zendesk.baseUrl,
            auth: config.zendesk.auth,
            timeoutMs: config.zendesk.timeoutMs,
            logger,
            // One pause gate per service instance (a process runs one service).
            gate: new RateLimitGate(),
            ...(budget ? { beforeRequest: (method: string, path: string) => budget.take(method, path) } : {}),
            onRequest: zendeskRequestObserver(metrics),
          }),
          metrics,
        )
      : null;

  // The fail-fast client: readiness pings (delivery markers go over the producer queue's connection).
  const pingRedis: Redis = redisForProducer(config.redisUrl);
  pingRedis.on('error', () => undefined); // reconnects are logged by readiness, not per attempt
  const redisPing = async (): Promise<boolean> => {
    try {
      return (await pingRedis.ping()) === 'PONG';
    } catch {
      return false;
    }
  };

  let producer: JobProducer | undefined;
  if (runsApi) {
    producer = new JobProducer({
      redis: pingRedis,
      bullConnection: bullProducerConnection(config.redisUrl),
      prefix: config.queuePrefix,
      tuning: config.jobs,
      dedupTtlSeconds: policy.service.dedup.days * 86_400,
      logger: logger.child({ component: 'producer' }),
    });
  }

  let worker: Worker | undefined;
  let workerRedis: Redis | undefined;
  if (runsWorker) {
    const engine =
      opts.engine ??
      compileEngine(
        {
          version: policy.version,
          engine: policy.engine,
          ruleDocs: policy.ruleDocs,
          backstop: policy.backstop,
        },
        { collectGarbage: opts.collectGarbage },
      );
    const wRedis = redisForWorker(config.redisUrl);
    wRedis.on('error', () => undefined);
    workerRedis = wRedis;
    const workflow = createWorkflowStores({
      redis: wRedis,
      prefix: config.queuePrefix,
      policy: policy.service,
      engineSection: policy.engine,
      logger: logger.child({ component: 'workflow' }),
    });
    const evaluateDeps = {
      engine,
      client,
      policy: policy.service,
      mode: config.actionsMode,
      logger: logger.child({ component: 'evaluate' }),
      serviceUserId: () => state.serviceUserId,
      supervisorGroupId: config.supervisorGroupId,
      redis: wRedis,
      keys,
      metrics,
      workflow,
    };
    worker = createTicketsWorker({
      connection: bullWorkerConnection(config.redisUrl),
      prefix: config.queuePrefix,
      concurrency: config.workerConcurrency,
      lockMs: config.jobs.lockMs,
      logger,
      metrics,
      handlers: {
        evaluate: (data, ctx) => processEvaluate(data, { ...evaluateDeps, logger: ctx.logger }),
        'ticket-workflow': (data, ctx) =>
          processTicketWorkflow(data, { ...evaluateDeps, logger: ctx.logger }),
      },
    });
  }

  // The dashboard needs Queue objects even in ROLE=worker.
  const adminQueues: Queue[] = [];
  if (config.adminToken) {
    if (producer) adminQueues.push(...producer.allQueues());
    else {
      for (const name of queueNames()) {
        adminQueues.push(
          new Queue(name, {
            connection: bullProducerConnection(config.redisUrl),
            prefix: config.queuePrefix,
          }),
        );
      }
    }
  }

  // Queue depth for /metrics, read at scrape time.
  metrics.observeQueues(producer ? producer.allQueues() : adminQueues);

  const app = await buildApp({
    logger,
    state,
    metrics,
    policy: policy.service,
    redisPing,
    ...(producer ? { webhook: { producer, secrets: config.webhookSecrets } } : {}),
    ...(config.adminToken ? { admin: { token: config.adminToken, queues: adminQueues } } : {}),
  });

  let closing: Promise<void> | undefined;

  return {
    app,
    state,
    worker,
    producer,
    metrics,
    async start() {
      if (client) {
        const me = await resolveServiceUser(client, {
          logger,
          signal: aborter.signal,
          ...(opts.startupDelayMs
            ? { initialDelayMs: opts.startupDelayMs.initial, maxDelayMs: opts.startupDelayMs.max }
            : {}),
        });
        state.markStarted(me.id);
      } else {
        logger.info(
          { mode: config.actionsMode },
          'start-up: no Zendesk credentials; users/me skipped (dry-run)',
        );
        state.markStarted(undefined);
      }
      if (worker && !state.shuttingDown) {
        void worker.run().catch((err: unknown) => logger.error({ err }, 'worker stopped'));
      }
    },
    close() {
      closing ??= (async () => {
        const log = logger.child({ component: 'shutdown' });
        state.shuttingDown = true;
        aborter.abort();
        await app.close().catch((err: unknown) => log.error({ err }, 'closing HTTP failed'));
        if (worker) {
          const drained = await settlesWithin(worker.close(), config.shutdownTimeoutMs);
          if (!drained) {
            log.warn(
              { timeoutMs: config.shutdownTimeoutMs },
              'jobs still running at the shutdown timeout; forcing',
            );
            await worker.close(true).catch(() => undefined);
          }
        }
        await producer?.close();
        await Promise.allSettled(
          adminQueues.filter((q) => !producer?.allQueues().includes(q)).map((q) => q.close()),
        );
        await Promise.allSettled([pingRedis.quit(), workerRedis?.quit(), budgetRedis?.quit()]);
        log.info('shut down');
      })();
      return closing;
    },
  };
}
