/**
 * Every HTTP error body is `{"error": "<code>", "message": "<text>"}`.
 */
import type { FastifyReply } from 'fastify';

export interface ErrorBody {
  error: string;
  message: string;
}

export function sendError(reply: FastifyReply, status: number, error: string, message: string): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error, message } satisfies ErrorBody);
}

/** Stable codes for Fastify's own errors. */
export function errorCodeFor(status: number, fastifyCode: string | undefined): string {
  switch (fastifyCode) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'invalid_json';
    default:
      break;
  }
  if (status === 404) return 'not_found';
  if (status === 401) return 'unauthorized';
  if (status === 413) return 'payload_too_large';
  if (status === 503) return 'unavailable';
  if (status >= 400 && status < 500) return 'bad_request';
  return 'internal_error';
}
