/**
 * POST /webhooks/zendesk. Order matters:
 *   raw bytes (≤ 1 MiB) → signature over the raw bytes → JSON.parse →
 *   parseZendeskWebhook → skip staff/own/private → store the jobs → 202.
 * Nothing is parsed before the signature is checked, and 202 is only sent
 * once the jobs are in Redis.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { ServicePolicy } from '../../config/policy-file.js';
import type { JobName } from '../../queue/catalogue.js';
import type { JobProducer } from '../../queue/producer.js';
import { skipReason } from '../../queue/processors/evaluate.js';
import { needsWorkflow } from '../../queue/processors/ticket-workflow.js';
import type { ServiceMetrics } from '../../service/metrics.js';
import type { ServiceState } from '../../service/state.js';
import {
  SIGNATURE_HEADER,
  SIGNATURE_TIMESTAMP_HEADER,
  verifyZendeskSignature,
} from '../../zendesk/signature.js';
import { parseZendeskWebhook } from '../../zendesk/webhook.js';
import { sendError } from '../errors.js';

export const WEBHOOK_PATH = '/webhooks/zendesk';
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;
/** How often the info summary of accepted/duplicate/skipped/ignored deliveries is logged. */
export const SUMMARY_INTERVAL_MS = 60_000;

export interface WebhookRouteOptions {
  producer: Pick<JobProducer, 'enqueue'>;
  webhookSecrets: readonly string[];
  policy: ServicePolicy;
  state: ServiceState;
  metrics: ServiceMetrics;
  /** Interval of the info summary line (tests shorten it). */
  summaryIntervalMs?: number;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export const webhookRoutes: FastifyPluginAsync<WebhookRouteOptions> = async (app: FastifyInstance, opts) => {
  const { producer, policy, state, metrics } = opts;
  const secrets = [...opts.webhookSecrets];
  const parseOptions = {
    noDefectTag: policy.no_defect.tag,
    noDefectFieldId: policy.no_defect.field_id,
    acceptOtherTicketEvents: true,
  };

  // Keep the raw bytes, whatever the content type: the signature covers them.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) => {
    done(null, body);
  });

  // Accepted, duplicate, skipped and ignored deliveries are logged at debug
  // (one info line per webhook costs ~20% of the ingest CPU); an info summary
  // of the counts is written once a minute instead. Refusals stay warn/error.
  const debug = app.log.level === 'debug' || app.log.level === 'trace';
  const tally = { queued: 0, duplicate: 0, skipped: 0, ignored: 0 };
  const intervalMs = opts.summaryIntervalMs ?? SUMMARY_INTERVAL_MS;
  const summary = setInterval(() => {
    if (tally.queued + tally.duplicate + tally.skipped + tally.ignored === 0) return;
    app.log.info({ ...tally, periodSeconds: intervalMs / 1000 }, 'webhooks received');
    tally.queued = tally.duplicate = tally.skipped = tally.ignored = 0;
  }, intervalMs);
  summary.unref();
  app.addHook('onClose', async () => clearInterval(summary));

  app.post(WEBHOOK_PATH, { bodyLimit: WEBHOOK_BODY_LIMIT }, async (req, reply) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const verified = verifyZendeskSignature({
      rawBody: raw,
      signature: header(req.headers[SIGNATURE_HEADER]),
      timestamp: header(req.headers[SIGNATURE_TIMESTAMP_HEADER]),
      secrets,
    });
    if (!verified) {
      metrics.webhook('rejected', 'signature');
      req.log.warn({ bytes: raw.length }, 'webhook refused: missing or bad signature');
      return sendError(reply, 401, 'invalid_signature', 'missing or bad X-Zendesk-Webhook-Signature');
    }

    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      metrics.webhook('rejected', 'json');
      return sendError(reply, 400, 'invalid_json', 'the body is not valid JSON');
    }

    const parsed = parseZendeskWebhook(json, parseOptions);
    if (parsed.kind === 'invalid') {
      metrics.webhook('rejected', 'shape');
      req.log.warn({ reason: parsed.message }, 'webhook refused: unrecognised shape');
      return sendError(reply, 400, 'invalid_payload', parsed.message);
    }
    if (parsed.kind === 'ignored') {
      metrics.webhook('ignored');
      tally.ignored += 1;
      if (debug) req.log.debug({ type: parsed.type, reason: parsed.reason }, 'webhook ignored');
      return reply.code(200).send({ status: 'ignored', reason: parsed.reason });
    }

    const event = parsed.event;
    // Ids only, inline (no per-request child logger on the hot path).
    const ids = { ticketId: event.ticketId, eventId: event.eventId, type: event.type };
    const log = req.log;
    const jobs: JobName[] = [];
    const skip = skipReason(event.comment, state.serviceUserId);
    const isMessage = event.kind === 'comment_added' || event.kind === 'ticket_created';
    if (isMessage && !skip) jobs.push('evaluate');
    if (needsWorkflow(event.tags, policy.tags)) jobs.push('ticket-workflow');
    if (jobs.length === 0) {
      const reason = isMessage ? (skip ?? 'nothing to do') : 'no message to evaluate';
      metrics.webhook('skipped');
      tally.skipped += 1;
      if (debug) log.debug({ ...ids, reason }, 'webhook skipped');
      return reply.code(200).send({ status: 'skipped', reason });
    }

    let outcome;
    try {
      outcome = await producer.enqueue(event, jobs, req.id);
    } catch (err) {
      metrics.webhook('rejected', 'redis');
      log.error(
        { ...ids, err: { message: (err as Error).message } },
        'webhook not stored: Redis unavailable',
      );
      return sendError(reply, 503, 'queue_unavailable', 'the queue is unavailable; retry later');
    }
    if (outcome.status === 'in-progress') {
      metrics.webhook('rejected', 'in_progress');
      log.warn(ids, 'webhook not stored: the same event is being stored by another delivery');
      return sendError(reply, 503, 'in_progress', 'the same event is being stored; retry later');
    }
    if (outcome.status === 'duplicate') {
      metrics.webhook('duplicate');
      tally.duplicate += 1;
      if (debug) log.debug(ids, 'webhook duplicate');
      return reply.code(200).send({ status: 'duplicate' });
    }
    metrics.webhook('queued');
    tally.queued += 1;
    if (debug) log.debug({ ...ids, jobs: outcome.jobs.map((j) => j.name) }, 'webhook queued');
    return reply.code(202).send({ status: 'queued', jobs: outcome.jobs });
  });
};
