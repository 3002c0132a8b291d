/**
 * Guards every route registered in its scope with
 * `Authorization: Bearer <ADMIN_TOKEN>` (constant-time comparison).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { sendError } from '../errors.js';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Equal-length digests, so neither length nor content leaks through timing. */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  const given = m?.[1]?.trim() ?? '';
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}

const adminAuth: FastifyPluginAsync<{ token: string }> = async (app, opts) => {
  app.addHook('onRequest', async (req, reply) => {
    if (!bearerMatches(req.headers.authorization, opts.token)) {
      reply.header('www-authenticate', 'Bearer');
      return sendError(reply, 401, 'unauthorized', 'a valid admin bearer token is required');
    }
  });
};

export default fp(adminAuth, { name: 'admin-auth', fastify: '5.x' });
