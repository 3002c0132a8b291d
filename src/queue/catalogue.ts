/**
 * The job catalogue: every job name, its queue, its payload type and its
 * options. Job ids and Redis keys are built here and nowhere else.
 */
import { hash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { TicketEvent } from '../tickets/types.js';

/**
 * One queue holds every job that calls Zendesk, so a 429 (a queue-wide rate
 * limit in BullMQ) pauses all of the service's Zendesk work at once.
 */
export const TICKETS_QUEUE = 'tickets';

export interface EvaluateJobData {
  event: TicketEvent;
  /** Delivery id (x-zendesk-webhook-invocation-id), for log correlation. */
  requestId?: string;
  receivedAt: string;
}

export interface TicketWorkflowJobData {
  event: TicketEvent;
  requestId?: string;
  receivedAt: string;
}

export interface JobPayloads {
  evaluate: EvaluateJobData;
  'ticket-workflow': TicketWorkflowJobData;
}
export type JobName = keyof JobPayloads;
export const JOB_NAMES = ['evaluate', 'ticket-workflow'] as const satisfies readonly JobName[];

export interface JobTuning {
  attempts: number;
  backoffMs: number;
}

interface CatalogueEntry {
  queue: string;
  options: (tuning: JobTuning) => JobsOptions;
}

/**
 * Completed jobs are kept a day (their return value is the decision record,
 * without text); failed ones a week for inspection. Both are bounded by count
 * so Redis (noeviction) cannot fill up.
 */
const retention = {
  removeOnComplete: { age: 24 * 3600, count: 20_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 50_000 },
} satisfies JobsOptions;

export const JOB_CATALOGUE: Record<JobName, CatalogueEntry> = {
  evaluate: {
    queue: TICKETS_QUEUE,
    options: (t) => ({
      attempts: t.attempts,
      backoff: { type: 'exponential', delay: t.backoffMs },
      ...retention,
    }),
  },
  'ticket-workflow': {
    queue: TICKETS_QUEUE,
    options: (t) => ({
      attempts: t.attempts,
      backoff: { type: 'exponential', delay: t.backoffMs },
      ...retention,
    }),
  },
};

export function queueNames(): string[] {
  return [...new Set(Object.values(JOB_CATALOGUE).map((e) => e.queue))];
}

/** sha256 of the parts, each followed by a NUL, in hex, cut to 40 characters. */
function digest(...parts: string[]): string {
  let input = '';
  for (const p of parts) input += `${p}\u0000`;
  // The one-shot hash: about a third of createHash's cost for inputs this small.
  return hash('sha256', input, 'hex').slice(0, 40);
}

/** BullMQ job ids: deterministic per event, so a redelivery collapses into the same job. */
export const jobIds = {
  evaluate: (event: Pick<TicketEvent, 'eventId'>): string => `evaluate-${digest('evaluate', event.eventId)}`,
  'ticket-workflow': (event: Pick<TicketEvent, 'eventId' | 'ticketId'>): string =>
    `workflow-${digest('ticket-workflow', event.ticketId, event.eventId)}`,
} satisfies Record<JobName, (event: TicketEvent) => string>;

/** Normalises text for the "same first message" comparison (whitespace differs between sources). */
function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Every Redis key the service writes outside BullMQ. No key ever contains customer text. */
export function serviceKeys(prefix: string) {
  return {
    /** Delivery dedup marker for one Zendesk event ("pending:<token>" or "done"). */
    delivery: (eventId: string): string => `${prefix}:dedup:event:${digest(eventId)}`,
    /** Who first evaluated this text on this ticket (ticket.created vs comment_added). */
    firstMessage: (ticketId: string, text: string): string =>
      `${prefix}:dedup:text:${digest(ticketId, normaliseForHash(text))}`,
    /** Set once a decision's write succeeded, so a retried job never writes twice. */
    written: (decisionId: string): string => `${prefix}:written:${decisionId}`,
    /** The shared Zendesk requests-per-minute budget (zendesk-budget.ts). */
    zendeskBudget: `${prefix}:zendesk:budget`,
  };
}
export type ServiceKeys = ReturnType<typeof serviceKeys>;

/** The decision id of an evaluate job: stable across retries and redeliveries. */
export function decisionIdFor(event: Pick<TicketEvent, 'eventId'>): string {
  return digest('decision', event.eventId).slice(0, 24);
}
