/**
 * Probes. /healthz: the process is up. /readyz: Redis answers and start-up
 * (the users/me call) is done, and the process is not shutting down.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ServiceState } from '../../service/state.js';
import { sendError } from '../errors.js';

export interface HealthRouteOptions {
  state: ServiceState;
  redisPing: () => Promise<boolean>;
}

export const healthRoutes: FastifyPluginAsync<HealthRouteOptions> = async (app, opts) => {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_req, reply) => {
    if (opts.state.shuttingDown)
      return sendError(reply, 503, 'shutting_down', 'the service is shutting down');
    if (!opts.state.startupDone) return sendError(reply, 503, 'starting', 'start-up has not finished');
    if (!(await opts.redisPing()))
      return sendError(reply, 503, 'redis_unavailable', 'Redis is not reachable');
    return { status: 'ready' };
  });
};
