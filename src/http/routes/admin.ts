/**
 * /admin/*: the BullMQ dashboard at /admin/queues, behind ADMIN_TOKEN. When
 * ADMIN_TOKEN is unset this plugin is not registered, so /admin answers 404.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyPluginAsync } from 'fastify';
import adminAuth from '../plugins/admin-auth.js';

export interface AdminRouteOptions {
  token: string;
  queues: Queue[];
}

export const adminRoutes: FastifyPluginAsync<AdminRouteOptions> = async (app, opts) => {
  await app.register(adminAuth, { token: opts.token });

  const board = new FastifyAdapter();
  board.setBasePath('/admin/queues');
  createBullBoard({
    queues: opts.queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false })),
    serverAdapter: board,
  });
  await app.register(board.registerPlugin(), { prefix: '/queues' });

  app.get('/', async () => ({ status: 'ok', links: ['/admin/queues'] }));
};
