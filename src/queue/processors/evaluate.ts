/**
 * The `evaluate` job: one customer message → one decision → at most one
 * ticket write. A plain function with injected dependencies, so tests call it
 * directly; the worker (../worker.ts) maps its errors to BullMQ behaviour.
 */
import type { Redis } from 'ioredis';
import { UnrecoverableError } from 'bullmq';
import { decisionMarker } from '../../actions/decision-note.js';
import { planDecisionUpdate } from '../../actions/planner.js';
import type { ServicePolicy } from '../../config/policy-file.js';
import type { ActionsMode } from '../../config/env.js';
import type { Logger } from '../../log.js';
import { demandFingerprint } from '../../policy/contact-history.js';
import type { Decision, EvaluationInput } from '../../policy/types.js';
import type { ServiceMetrics } from '../../service/metrics.js';
import type { TicketComment, TicketEvent, TicketUpdate } from '../../tickets/types.js';
import type { ZendeskClient } from '../../zendesk/client.js';
import { writeTicketUpdate } from '../../zendesk/ticket-writer.js';
import { decisionIdFor } from '../catalogue.js';
import type { EvaluateJobData, ServiceKeys } from '../catalogue.js';
import { RedisScript } from '../redis-script.js';
import { messageKey } from '../../workflow/keys.js';
import { contactKey } from '../../workflow/stores.js';
import type { WorkflowStores } from '../../workflow/stores.js';

export interface PolicyEngine {
  evaluate(input: EvaluationInput): Decision;
}

export interface EvaluateDeps {
  engine: PolicyEngine;
  /** Null in dry-run without credentials: events must then carry their text. */
  client: ZendeskClient | null;
  policy: ServicePolicy;
  mode: ActionsMode;
  logger: Logger;
  /** The service's own user (its comments are never evaluated); a getter, as start-up learns it. */
  serviceUserId: () => string | undefined;
  supervisorGroupId: string | undefined;
  redis: Redis;
  keys: ServiceKeys;
  metrics?: ServiceMetrics;
  maxConflictRetries?: number;
  /**
   * Contact history, false-positive memory, exactly-once ledger and decision
   * records (src/workflow). Without them the job still judges and writes once.
   */
  workflow?: WorkflowStores;
}

export type EvaluateResult =
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'already-written'; decisionId: string; recovered?: boolean }
  | { outcome: 'none'; decisionId: string; verdict: Decision['verdict'] }
  | {
      outcome: 'dry-run' | 'written';
      decisionId: string;
      verdict: Decision['verdict'];
      categories: string[];
      tags: string[];
    };

/** Why a comment is not the customer's own public message, or undefined when it is. */
export function skipReason(
  comment: TicketComment | undefined,
  serviceUserId: string | undefined,
): string | undefined {
  if (!comment) return 'no comment';
  if (!comment.isPublic) return 'private comment';
  if (comment.authorIsStaff || comment.authorRole === 'agent' || comment.authorRole === 'admin') {
    return 'staff comment';
  }
  if (serviceUserId !== undefined && comment.authorId === serviceUserId) return 'own comment';
  return undefined;
}

/**
 * "The same first message": ticket.created carries the description, and the
 * comment_added for that first comment carries the same text. Whichever comes
 * first claims the (ticket, text) key; a later event of the *other* kind with
 * the same text is not evaluated again. Two comments with the same text are
 * both evaluated (a customer repeating themselves is persistence evidence).
 * Returns 1 when this event is such a repeat.
 */
const firstMessageScript = new RedisScript(`
local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[3])
  return 0
end
if v == ARGV[1] then return 0 end
if ARGV[2] == 'created' then return 1 end
if string.sub(v, 1, 8) == 'created:' then return 1 end
return 0
`);

function categoriesOf(decision: Decision): string[] {
  return [...decision.means, ...decision.demands];
}

/** The tags this decision adds (the service's own names); the ticket's other tags are not logged. */
function tagsOf(update: TicketUpdate, current: readonly string[]): string[] {
  if (update.addTags) return [...new Set(update.addTags)];
  const had = new Set(current);
  return (update.tags ?? []).filter((t) => !had.has(t));
}

export async function processEvaluate(data: EvaluateJobData, deps: EvaluateDeps): Promise<EvaluateResult> {
  const { event } = data;
  const decisionId = decisionIdFor(event);
  const log = deps.logger.child({ ticketId: event.ticketId, eventId: event.eventId, decisionId });

  const skip = skipReason(event.comment, deps.serviceUserId());
  if (skip || !event.comment) {
    log.info({ reason: skip }, 'message skipped');
    return { outcome: 'skipped', reason: skip ?? 'no comment' };
  }

  const writtenKey = deps.keys.written(decisionId);
  if (await deps.redis.exists(writtenKey)) {
    log.info('decision already written; nothing to do');
    return { outcome: 'already-written', decisionId };
  }

  const text = await commentText(event, deps, log);
  if (text === undefined) return { outcome: 'skipped', reason: 'comment text unavailable' };

  const ttl = Math.ceil(deps.policy.dedup.days * 86_400);
  const kind = event.kind === 'ticket_created' ? 'created' : 'comment';
  const repeat = await firstMessageScript.run(
    deps.redis,
    [deps.keys.firstMessage(event.ticketId, text)],
    [`${kind}:${event.eventId}`, kind, ttl],
  );
  if (repeat === 1) {
    log.info({ kind: event.kind }, 'first message already evaluated from the other event');
    return { outcome: 'skipped', reason: 'first message already evaluated' };
  }

  const started = performance.now();
  const wf = deps.workflow;
  const msgKey = messageKey(event.ticketId, text);
  if (wf && (await wf.falsePositives.isMarked(event.ticketId, msgKey))) {
    log.info('message was marked a false positive; not flagged again');
    return { outcome: 'skipped', reason: 'marked false positive' };
  }

  const input: EvaluationInput = { text, context: {} };
  if (event.noDefectFound !== undefined)
    input.context = { ...input.context, noDefectFound: event.noDefectFound };
  if (event.channel !== undefined) input.context = { ...input.context, channel: event.channel };
  const messageAt = messageTime(data);
  if (wf) {
    // Idempotent per message: a retried job records the same member again.
    const history = await wf.contactLog.recordMessage(
      contactKey(event.requesterId, event.ticketId),
      event.comment.id ? `c:${event.comment.id}` : `m:${msgKey}`,
      { at: messageAt, ticketId: event.ticketId, fingerprint: demandFingerprint(text) },
    );
    input.context = { ...input.context, history };
  }
  const decision = deps.engine.evaluate(input);
  const categories = categoriesOf(decision);
  for (const c of categories.length > 0 ? categories : ['none']) {
    deps.metrics?.decisions.inc({ verdict: decision.verdict, category: c });
  }

  const update = planDecisionUpdate({
    decision,
    event,
    policy: deps.policy,
    supervisorGroupId: deps.supervisorGroupId,
    decisionId,
  });
  const summary = {
    verdict: decision.verdict,
    categories,
    lang: decision.lang,
    severity: decision.severity,
    policyVersion: decision.policyVersion,
    evidenceCount: decision.evidence.length,
  };
  if (!update) {
    log.info(summary, 'decision: no action');
    return { outcome: 'none', decisionId, verdict: decision.verdict };
  }

  const planned = {
    ...summary,
    tags: tagsOf(update, event.tags),
    removeTags: update.removeTags,
    priority: update.priority ?? update.minPriority,
    groupId: update.groupId,
    note: update.comment ? { public: update.comment.public, chars: update.comment.body.length } : undefined,
  };
  const record = (outcome: 'written' | 'recovered' | 'planned') =>
    wf?.records.append({
      kind: 'decision',
      ticketId: event.ticketId,
      eventId: event.eventId,
      decisionId,
      verdict: decision.verdict,
      categories,
      severity: decision.severity,
      policyVersion: decision.policyVersion,
      lang: decision.lang,
      actions: actionsOf(update),
      outcome,
      mode: deps.mode,
      durationMs: performance.now() - started,
      sinceEventMs: Date.now() - messageAt,
    });
  if (deps.mode === 'dry-run') {
    await record('planned');
    log.info({ ...planned, mode: 'dry-run' }, 'decision: planned update (dry-run, not written)');
    return { outcome: 'dry-run', decisionId, verdict: decision.verdict, categories, tags: planned.tags };
  }

  if (!deps.client) throw new UnrecoverableError('live mode without a Zendesk client');
  if (wf && (await wf.ledger.beginAttempt(decisionId, 'write'))) {
    // An earlier attempt sent this write and did not record its end (a timeout
    // after the write reached Zendesk, or a worker that died): look for the
    // note's marker before writing again.
    if (await deps.client.hasCommentContaining(event.ticketId, decisionMarker(decisionId))) {
      await deps.redis.set(writtenKey, new Date().toISOString(), 'EX', ttl);
      await wf.falsePositives.recordFlagged(event.ticketId, msgKey);
      await wf.ledger.markDone(decisionId, 'write');
      await record('recovered');
      log.info('decision note found on the ticket after an interrupted attempt; not written again');
      return { outcome: 'already-written', decisionId, recovered: true };
    }
  }
  await writeTicketUpdate(deps.client, update, { maxConflictRetries: deps.maxConflictRetries ?? 3 });
  await deps.redis.set(writtenKey, new Date().toISOString(), 'EX', ttl);
  if (wf) {
    await wf.falsePositives.recordFlagged(event.ticketId, msgKey);
    await wf.ledger.markDone(decisionId, 'write');
    await record('written');
  }
  log.info({ ...planned, mode: 'live' }, 'decision: ticket updated');
  return { outcome: 'written', decisionId, verdict: decision.verdict, categories, tags: planned.tags };
}

/** When the message was written: the comment's or event's time, else when the webhook arrived (stable across retries). */
function messageTime(data: EvaluateJobData): number {
  for (const s of [data.event.comment?.createdAt, data.event.occurredAt, data.receivedAt]) {
    const t = s ? Date.parse(s) : Number.NaN;
    if (Number.isFinite(t)) return t;
  }
  return Date.now();
}

/** The record's action list for a decision update. */
function actionsOf(update: TicketUpdate): string[] {
  const out = ['tags'];
  if (update.comment) out.push('note');
  if (update.groupId !== undefined) out.push('group');
  const p = update.priority ?? update.minPriority;
  if (p) out.push(`priority:${p}`);
  return out;
}

async function commentText(event: TicketEvent, deps: EvaluateDeps, log: Logger): Promise<string | undefined> {
  const comment = event.comment;
  if (comment?.body !== undefined) return comment.body;
  if (!deps.client || !comment?.id) {
    log.warn(
      { hasClient: Boolean(deps.client), hasCommentId: Boolean(comment?.id) },
      'comment text unavailable',
    );
    return undefined;
  }
  const found = await deps.client.findComment(event.ticketId, comment.id);
  if (!found || found.body === undefined) {
    log.warn({ commentId: comment.id }, 'comment not found on the ticket');
    return undefined;
  }
  // Re-check what the API says about the comment: the webhook may have omitted it.
  const skip = skipReason(
    { ...comment, ...found, authorIsStaff: comment.authorIsStaff || found.authorIsStaff },
    deps.serviceUserId(),
  );
  if (skip) {
    log.info({ reason: skip }, 'message skipped after reading the comment');
    return undefined;
  }
  return found.body;
}
