/**
 * The `ticket-workflow` job: reacts to any event whose current tags carry the
 * refusal-approval tag (without the support-refused tag yet) or the
 * false-positive tag. The event is only a wake-up call: who added a tag comes
 * from the ticket's audits, and what to write from a fresh read of the ticket.
 *
 * Refusal (DESIGN.md §3 "Refusal"):
 *   approver = author of the latest audit that added the approval tag;
 *   a member of SUPERVISOR_GROUP_ID → ONE write: public notice in the
 *   requester's language + support-refused tag + status solved; then, only
 *   when `refusal.suspend_requester`, suspend the requester (after the notice:
 *   suspended users get no email) and record it with the
 *   `tags.requester_suspended` tag in a follow-up write;
 *   anyone else → ONE write removing the approval tag with a private note.
 *
 * False positive: remove the service's flag tags in one write, remember the
 * ticket's flagged messages so they are never flagged again, count the mark.
 *
 * Exactly once, per approval (its audit id) and per mark:
 *   - Redis ledger (src/workflow/effect-ledger.ts) of the stages done;
 *   - Zendesk's own state as the compare-and-swap: every write is a
 *     safe_update against a fresh read, and after a 409 the ticket is re-read
 *     and the plan recomputed (a concurrent job that already posted the notice
 *     leaves the support-refused tag, so the plan becomes "nothing");
 *   - after an ambiguous failure, the audit trail (refusal: a service audit
 *     after the approval that added support-refused) or the note's marker
 *     (rejection) shows whether the write landed.
 */
import { UnrecoverableError } from 'bullmq';
import { AppError } from '../../errors.js';
import { decisionMarker } from '../../actions/decision-note.js';
import {
  flagTags,
  planApprovalRejection,
  planFalsePositiveCleanup,
  planRefusal,
} from '../../actions/workflow-planner.js';
import type { ApprovalRejectionReason, TicketState } from '../../actions/workflow-planner.js';
import type { ActionsMode } from '../../config/env.js';
import type { ServicePolicy } from '../../config/policy-file.js';
import type { Logger } from '../../log.js';
import type { ServiceMetrics } from '../../service/metrics.js';
import type { TicketAudit, TicketSnapshot, TicketUpdate } from '../../tickets/types.js';
import { checkApprovalInAudits, latestTagAddition, serviceActedAfter } from '../../zendesk/approval.js';
import type { ZendeskClient } from '../../zendesk/client.js';
import { ZendeskConflictError } from '../../zendesk/errors.js';
import { resolveUpdate } from '../../zendesk/ticket-writer.js';
import type { WorkflowStores } from '../../workflow/stores.js';
import type { TicketWorkflowJobData } from '../catalogue.js';

export type WorkflowClient = Pick<
  ZendeskClient,
  | 'getTicket'
  | 'updateTicket'
  | 'listAudits'
  | 'listGroupMemberships'
  | 'getUser'
  | 'suspendUser'
  | 'hasCommentContaining'
>;

export interface TicketWorkflowDeps {
  logger: Logger;
  /** Null in dry-run without credentials: nothing can be checked, so nothing is done. */
  client?: WorkflowClient | null;
  policy?: ServicePolicy;
  mode?: ActionsMode;
  supervisorGroupId?: string | undefined;
  serviceUserId?: () => string | undefined;
  workflow?: WorkflowStores;
  metrics?: ServiceMetrics;
  maxConflictRetries?: number;
}

export type WorkflowStep =
  | { step: 'refusal'; outcome: 'written' | 'recovered' | 'already-done' | 'stale' | 'planned' }
  | { step: 'suspension'; outcome: 'suspended' | 'already-suspended' | 'not-end-user' | 'planned' }
  | {
      step: 'rejection';
      reason: ApprovalRejectionReason;
      outcome: 'written' | 'recovered' | 'already-done' | 'stale' | 'planned';
    }
  | { step: 'false-positive'; outcome: 'written' | 'already-done' | 'nothing-to-clean' | 'planned' };

export type TicketWorkflowResult =
  | { outcome: 'not-configured'; tags: number }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'done'; steps: WorkflowStep[] };

/** Whether an event must also go to the ticket workflow (refusal approval or false positive). */
export function needsWorkflow(
  tags: readonly string[],
  policyTags: { refusal_approved: string; support_refused: string; false_positive: string },
): boolean {
  const has = new Set(tags);
  return (
    (has.has(policyTags.refusal_approved) && !has.has(policyTags.support_refused)) ||
    has.has(policyTags.false_positive)
  );
}

interface Ctx {
  data: TicketWorkflowJobData;
  client: WorkflowClient;
  policy: ServicePolicy;
  mode: ActionsMode;
  wf: WorkflowStores;
  deps: TicketWorkflowDeps;
  log: Logger;
  started: number;
  audits?: TicketAudit[];
}

export async function processTicketWorkflow(
  data: TicketWorkflowJobData,
  deps: TicketWorkflowDeps,
): Promise<TicketWorkflowResult> {
  const { event } = data;
  const log = deps.logger.child({ ticketId: event.ticketId, eventId: event.eventId });
  const { policy, workflow: wf } = deps;
  if (!policy || !wf) {
    log.warn({ type: event.type }, 'ticket workflow: not configured; event ignored');
    return { outcome: 'not-configured', tags: event.tags.length };
  }
  if (!deps.client) {
    log.info('ticket workflow: no Zendesk client (dry-run without credentials); nothing checked');
    return { outcome: 'skipped', reason: 'no Zendesk client' };
  }
  const ctx: Ctx = {
    data,
    client: deps.client,
    policy,
    mode: deps.mode ?? 'dry-run',
    wf,
    deps,
    log,
    started: performance.now(),
  };
  const tags = new Set(event.tags);
  const steps: WorkflowStep[] = [];
  if (tags.has(policy.tags.refusal_approved) && !tags.has(policy.tags.support_refused)) {
    steps.push(...(await approvalWorkflow(ctx)));
  }
  if (tags.has(policy.tags.false_positive) && flagTags(policy).some((t) => tags.has(t))) {
    steps.push(await falsePositiveWorkflow(ctx));
  }
  if (steps.length === 0) return { outcome: 'skipped', reason: 'nothing to do for these tags' };
  return { outcome: 'done', steps };
}

// ---------------------------------------------------------------- helpers ---

async function auditsOf(ctx: Ctx): Promise<TicketAudit[]> {
  ctx.audits ??= await ctx.client.listAudits(ctx.data.event.ticketId);
  return ctx.audits;
}

function stateOf(t: TicketSnapshot): TicketState {
  return { ticketId: t.id, tags: t.tags, updatedAt: t.updatedAt };
}

/**
 * One safe_update, planned against a fresh read. After a 409 the ticket is
 * read again and the plan recomputed: null means another writer already did
 * (or made moot) what this plan was for.
 */
async function writePlanned(
  ctx: Ctx,
  plan: (ticket: TicketSnapshot) => TicketUpdate | null,
  first: TicketSnapshot,
): Promise<'written' | 'moot'> {
  let ticket = first;
  const max = ctx.deps.maxConflictRetries ?? 3;
  for (let attempt = 0; ; attempt++) {
    const update = plan(ticket);
    if (!update) return 'moot';
    try {
      await ctx.client.updateTicket(resolveUpdate({ ...update, updatedStamp: ticket.updatedAt }, undefined));
      return 'written';
    } catch (err) {
      if (!(err instanceof ZendeskConflictError) || attempt >= max) throw err;
      ticket = await ctx.client.getTicket(ticket.id);
    }
  }
}

function record(ctx: Ctx, r: Omit<Parameters<WorkflowStores['records']['append']>[0], 'ticketId' | 'mode'>) {
  const e = ctx.data.event;
  const since = Date.parse(e.occurredAt ?? ctx.data.receivedAt);
  return ctx.wf.records.append({
    ...r,
    ticketId: e.ticketId,
    eventId: e.eventId,
    mode: ctx.mode,
    durationMs: performance.now() - ctx.started,
    ...(Number.isFinite(since) ? { sinceEventMs: Date.now() - since } : {}),
  });
}

// ---------------------------------------------------------------- refusal ---

async function approvalWorkflow(ctx: Ctx): Promise<WorkflowStep[]> {
  const { policy, client, log } = ctx;
  const ticketId = ctx.data.event.ticketId;
  const audits = await auditsOf(ctx);
  const addition = latestTagAddition(audits, policy.tags.refusal_approved);
  const check = await checkApprovalInAudits(
    client,
    audits,
    policy.tags.refusal_approved,
    ctx.deps.supervisorGroupId,
  );
  if (check.approved) return refuse(ctx, check.auditId);
  // No audit shows the tag being added: key the rejection on the ticket's stamp of the event.
  const effectKey = addition?.auditId ?? `none-${ctx.data.event.updatedAt ?? 'unknown'}`;
  log.info({ reason: check.reason, auditId: addition?.auditId }, 'refusal approval not accepted');
  return [await reject(ctx, check.reason, effectKey, ticketId)];
}

async function refuse(ctx: Ctx, auditId: string): Promise<WorkflowStep[]> {
  const { policy, client, wf, log } = ctx;
  const ticketId = ctx.data.event.ticketId;
  const effect = `refusal-${ticketId}-${auditId}`;
  const serviceUserId = ctx.deps.serviceUserId?.();
  const steps: WorkflowStep[] = [];
  let requesterId = ctx.data.event.requesterId;

  if (await wf.ledger.isDone(effect, 'notice')) {
    steps.push({ step: 'refusal', outcome: 'already-done' });
  } else if (serviceActedAfter(await auditsOf(ctx), auditId, serviceUserId, policy.tags.support_refused)) {
    // The notice went out (an earlier attempt's answer was lost): the audit trail says so.
    await wf.ledger.markDone(effect, 'notice');
    await record(ctx, { kind: 'refusal', auditId, actions: ['notice'], outcome: 'recovered' });
    log.info({ auditId }, 'refusal notice found in the audit trail; not posted again');
    steps.push({ step: 'refusal', outcome: 'recovered' });
  } else {
    const ticket = await client.getTicket(ticketId);
    requesterId = ticket.requesterId ?? requesterId;
    if (!ticket.tags.includes(policy.tags.refusal_approved)) {
      log.info({ auditId }, 'approval tag no longer on the ticket; no notice');
      return [{ step: 'refusal', outcome: 'stale' }];
    }
    if (ticket.tags.includes(policy.tags.support_refused)) {
      await wf.ledger.markDone(effect, 'notice');
      steps.push({ step: 'refusal', outcome: 'already-done' });
    } else {
      const locale = requesterId ? (await client.getUser(requesterId)).locale : undefined;
      let lang = '';
      const plan = (t: TicketSnapshot): TicketUpdate | null => {
        if (!t.tags.includes(policy.tags.refusal_approved)) return null;
        const p = planRefusal({ ticket: stateOf(t), policy, requesterLocale: locale });
        if (p) lang = p.lang;
        return p?.update ?? null;
      };
      if (ctx.mode === 'dry-run') {
        plan(ticket);
        await record(ctx, {
          kind: 'refusal',
          auditId,
          actions: ['notice', 'status:solved'],
          outcome: 'planned',
          lang,
        });
        log.info({ auditId, lang, mode: 'dry-run' }, 'refusal: planned notice (dry-run, not written)');
        return [{ step: 'refusal', outcome: 'planned' }];
      }
      await wf.ledger.beginAttempt(effect, 'notice');
      const result = await writePlanned(ctx, plan, ticket);
      await wf.ledger.markDone(effect, 'notice');
      if (result === 'written') {
        ctx.deps.metrics?.refusals.inc({ outcome: 'posted' });
        await record(ctx, {
          kind: 'refusal',
          auditId,
          actions: ['notice', 'status:solved'],
          outcome: 'written',
          lang,
        });
        log.info({ auditId, lang }, 'refusal notice posted; ticket solved');
        steps.push({ step: 'refusal', outcome: 'written' });
      } else {
        log.info({ auditId }, 'refusal already done by a concurrent job');
        steps.push({ step: 'refusal', outcome: 'already-done' });
      }
    }
  }

  if (policy.refusal.suspend_requester) steps.push(await suspend(ctx, effect, auditId, requesterId));
  return steps;
}

/** Suspends the requester after the notice; end users only, once per approval. */
async function suspend(
  ctx: Ctx,
  effect: string,
  auditId: string,
  knownRequesterId: string | undefined,
): Promise<WorkflowStep> {
  const { wf } = ctx;
  if (await wf.ledger.isDone(effect, 'suspension'))
    return { step: 'suspension', outcome: 'already-suspended' };
  // Two jobs for the same approval may get here together; one suspends, the other retries later.
  if (!(await wf.ledger.claim(effect, 'suspension'))) {
    throw new AppError('ERR_SUSPENSION_BUSY', 'another job is suspending this requester', {
      retryable: true,
    });
  }
  try {
    return await suspendClaimed(ctx, effect, auditId, knownRequesterId);
  } finally {
    await wf.ledger.release(effect, 'suspension');
  }
}

async function suspendClaimed(
  ctx: Ctx,
  effect: string,
  auditId: string,
  knownRequesterId: string | undefined,
): Promise<WorkflowStep> {
  const { policy, client, wf, log } = ctx;
  const ticketId = ctx.data.event.ticketId;
  if (await wf.ledger.isDone(effect, 'suspension'))
    return { step: 'suspension', outcome: 'already-suspended' };
  const requesterId = knownRequesterId ?? (await client.getTicket(ticketId)).requesterId;
  if (!requesterId) throw new UnrecoverableError('ticket has no requester to suspend');
  const user = await client.getUser(requesterId);
  if (user.role !== 'end-user') {
    // Staff are never suspended by the service.
    log.warn({ role: user.role }, 'requester is not an end user; not suspended');
    await wf.ledger.markDone(effect, 'suspension');
    return { step: 'suspension', outcome: 'not-end-user' };
  }
  let outcome: 'suspended' | 'already-suspended' = 'already-suspended';
  if (!user.suspended) {
    await client.suspendUser(requesterId);
    outcome = 'suspended';
    ctx.deps.metrics?.refusals.inc({ outcome: 'suspended' });
  }
  // Record it on the ticket (the compliance report counts suspensions from Zendesk).
  const tag = policy.tags.requester_suspended;
  if (tag) {
    const ticket = await client.getTicket(ticketId);
    await writePlanned(
      ctx,
      (t) =>
        t.tags.includes(tag)
          ? null
          : { ticketId, tags: [...t.tags, tag], addTags: [tag], updatedStamp: t.updatedAt },
      ticket,
    );
  }
  await wf.ledger.markDone(effect, 'suspension');
  await record(ctx, {
    kind: 'suspension',
    auditId,
    actions: tag ? ['suspend', `tag:${tag}`] : ['suspend'],
    outcome: outcome === 'suspended' ? 'written' : 'recovered',
  });
  log.info({ auditId, outcome }, 'requester suspended after the refusal notice');
  return { step: 'suspension', outcome };
}

async function reject(
  ctx: Ctx,
  reason: ApprovalRejectionReason,
  auditKey: string,
  ticketId: string,
): Promise<WorkflowStep> {
  const { policy, client, wf, log } = ctx;
  const effect = `reject-${ticketId}-${auditKey}`;
  const noteId = `reject-${auditKey}`.replace(/[^A-Za-z0-9_.:-]/g, '_');
  if (await wf.ledger.isDone(effect, 'write')) return { step: 'rejection', reason, outcome: 'already-done' };
  const ticket = await client.getTicket(ticketId);
  const plan = (t: TicketSnapshot) => planApprovalRejection({ ticket: stateOf(t), policy, reason, noteId });
  if (!plan(ticket)) return { step: 'rejection', reason, outcome: 'stale' };
  if (ctx.mode === 'dry-run') {
    await record(ctx, {
      kind: 'approval_rejected',
      auditId: auditKey,
      reason,
      actions: ['untag', 'note'],
      outcome: 'planned',
    });
    log.info({ reason, mode: 'dry-run' }, 'approval rejection planned (dry-run, not written)');
    return { step: 'rejection', reason, outcome: 'planned' };
  }
  if (await wf.ledger.beginAttempt(effect, 'write')) {
    if (await client.hasCommentContaining(ticketId, decisionMarker(noteId))) {
      await wf.ledger.markDone(effect, 'write');
      await record(ctx, {
        kind: 'approval_rejected',
        auditId: auditKey,
        reason,
        actions: ['untag', 'note'],
        outcome: 'recovered',
      });
      return { step: 'rejection', reason, outcome: 'recovered' };
    }
  }
  const result = await writePlanned(ctx, plan, ticket);
  await wf.ledger.markDone(effect, 'write');
  if (result === 'moot') return { step: 'rejection', reason, outcome: 'stale' };
  ctx.deps.metrics?.refusals.inc({ outcome: 'rejected_unauthorised' });
  await record(ctx, {
    kind: 'approval_rejected',
    auditId: auditKey,
    reason,
    actions: ['untag', 'note'],
    outcome: 'written',
  });
  log.info({ reason }, 'approval tag removed with a private note');
  return { step: 'rejection', reason, outcome: 'written' };
}

// --------------------------------------------------------- false positive ---

async function falsePositiveWorkflow(ctx: Ctx): Promise<WorkflowStep> {
  const { policy, client, wf, log } = ctx;
  const ticketId = ctx.data.event.ticketId;
  const addition = latestTagAddition(await auditsOf(ctx), policy.tags.false_positive);
  // One mark = one audit that added the tag. Once acted on, later flags of new
  // messages on the same ticket are left alone (the agent marked those earlier ones).
  const effect = `fp-${ticketId}-${addition?.auditId ?? 'unknown'}`;
  if (await wf.ledger.isDone(effect, 'cleanup')) return { step: 'false-positive', outcome: 'already-done' };
  if (addition && !flaggedBefore(await auditsOf(ctx), addition.auditId, ctx.deps.serviceUserId?.(), policy)) {
    // The tag was added before the service flagged anything: it marks no flag of the service's.
    log.info({ auditId: addition.auditId }, 'false-positive tag predates any flag; later flags are kept');
    await wf.ledger.markDone(effect, 'cleanup');
    return { step: 'false-positive', outcome: 'already-done' };
  }
  const ticket = await client.getTicket(ticketId);
  const plan = (t: TicketSnapshot) => planFalsePositiveCleanup({ ticket: stateOf(t), policy });
  const first = plan(ticket);
  if (ctx.mode === 'dry-run') {
    await record(ctx, {
      kind: 'false_positive',
      actions: first ? ['untag'] : [],
      outcome: 'planned',
      ...(addition ? { auditId: addition.auditId } : {}),
    });
    return { step: 'false-positive', outcome: 'planned' };
  }
  const marked = await wf.falsePositives.markTicket(ticketId);
  const result = first ? await writePlanned(ctx, plan, ticket) : 'moot';
  if (await wf.ledger.markDone(effect, 'cleanup')) {
    const total = await wf.falsePositives.count();
    ctx.deps.metrics?.falsePositives.inc();
    await record(ctx, {
      kind: 'false_positive',
      actions: result === 'written' ? ['untag', 'remember'] : ['remember'],
      outcome: result === 'written' ? 'written' : 'skipped',
      ...(addition ? { auditId: addition.auditId } : {}),
    });
    log.info({ messages: marked, total, cleaned: result === 'written' }, 'false positive recorded');
  }
  return { step: 'false-positive', outcome: result === 'written' ? 'written' : 'nothing-to-clean' };
}

/** Whether the service's own user added a flag tag before the given audit (unknown user: assume yes). */
function flaggedBefore(
  audits: readonly TicketAudit[],
  auditId: string,
  serviceUserId: string | undefined,
  policy: ServicePolicy,
): boolean {
  if (serviceUserId === undefined) return true;
  const idx = audits.findIndex((a) => a.id === auditId);
  const flags = new Set(flagTags(policy));
  return audits
    .slice(0, idx < 0 ? audits.length : idx)
    .some((a) => a.authorId === serviceUserId && a.addedTags.some((t) => flags.has(t)));
}
