/**
 * The Fastify app factory. `buildApp` returns the app without listening, so
 * tests drive it with `inject`; src/server.ts owns `listen` and shutdown.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { LogController } from 'fastify';
import type { FastifyError } from 'fastify';
import type { Queue } from 'bullmq';
import type { ServicePolicy } from '../config/policy-file.js';
import type { Logger } from '../log.js';
import type { JobProducer } from '../queue/producer.js';
import type { ServiceMetrics } from '../service/metrics.js';
import type { ServiceState } from '../service/state.js';
import { INVOCATION_ID_HEADER } from '../zendesk/signature.js';
import { errorCodeFor, sendError } from './errors.js';
import { lazyRequestLogger } from './request-logger.js';
import { adminRoutes } from './routes/admin.js';
import { healthRoutes } from './routes/health.js';
import { metricsRoutes } from './routes/metrics.js';
import { WEBHOOK_BODY_LIMIT, WEBHOOK_PATH, webhookRoutes } from './routes/webhook.js';

export interface AppDeps {
  logger: Logger;
  state: ServiceState;
  metrics: ServiceMetrics;
  policy: ServicePolicy;
  /** True when Redis answers (readiness). */
  redisPing: () => Promise<boolean>;
  /** Absent: no webhook route (ROLE=worker serves only probes and metrics). */
  webhook?: { producer: Pick<JobProducer, 'enqueue'>; secrets: readonly string[] };
  /** Absent: every /admin route answers 404. */
  admin?: { token: string; queues: Queue[] };
}

export type App = Awaited<ReturnType<typeof buildApp>>;

export async function buildApp(deps: AppDeps) {
  const app = Fastify({
    loggerInstance: deps.logger.child({ component: 'http' }),
    // No per-request logs: the webhook route logs ids at debug, refusals at
    // warn, and an info summary of the counts once a minute.
    logController: new LogController({ disableRequestLogging: true }),
    // Each request's child logger is made on its first log line (request-logger.ts).
    childLoggerFactory: lazyRequestLogger,
    bodyLimit: WEBHOOK_BODY_LIMIT,
    // A request (headers and body) must arrive within 30 s, headers within
    // 16 KiB: a slow or bloated client cannot hold a socket (Fastify's default
    // requestTimeout of 0 would switch Node's own timeout off).
    requestTimeout: 30_000,
    http: { maxHeaderSize: 16 * 1024 },
    requestIdHeader: INVOCATION_ID_HEADER,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    // Rejections before the route's handler runs (body over the limit, aborted reads).
    if (req.routeOptions.url === WEBHOOK_PATH) {
      deps.metrics.webhook('rejected', status === 413 ? 'size' : 'other');
    }
    if (status >= 500) req.log.error({ err }, 'request failed');
    return sendError(
      reply,
      status,
      errorCodeFor(status, err.code),
      status >= 500 ? 'internal error' : err.message,
    );
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, 404, 'not_found', `no route for ${req.method} ${req.url.split('?')[0]}`),
  );

  await app.register(healthRoutes, { state: deps.state, redisPing: deps.redisPing });
  await app.register(metricsRoutes, { registry: deps.metrics.registry });
  if (deps.webhook) {
    await app.register(webhookRoutes, {
      producer: deps.webhook.producer,
      webhookSecrets: deps.webhook.secrets,
      policy: deps.policy,
      state: deps.state,
      metrics: deps.metrics,
    });
  }
  if (deps.admin) {
    await app.register(adminRoutes, { prefix: '/admin', token: deps.admin.token, queues: deps.admin.queues });
  }
  return app;
}
