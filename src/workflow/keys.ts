/**
 * Redis keys of the response workflow, all under the queue prefix. No key
 * and no value ever holds customer text: message keys are digests, demand
 * fingerprints are hashed tokens.
 */
import { createHash } from 'node:crypto';

export function digest(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 32);
}

/** Whitespace and Unicode form differ between webhook and API text. */
function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A message's identity on a ticket, the same from ticket.created, comment_added, backfill or replay. */
export function messageKey(ticketId: string, text: string): string {
  return digest('message', ticketId, normaliseText(text));
}

export function workflowKeys(prefix: string) {
  return {
    /** Sorted set of one requester's recent messages (score: message time). */
    contactByRequester: (requesterId: string): string => `${prefix}:contact:requester:${digest(requesterId)}`,
    /** Same, per ticket, when the requester is unknown. */
    contactByTicket: (ticketId: string): string => `${prefix}:contact:ticket:${digest(ticketId)}`,
    /** Hash of the stages done for one effect (a decision, an approval, a false-positive mark). */
    effect: (effectId: string): string => `${prefix}:effect:${effectId}`,
    /** Set once a write for the effect was sent: a later attempt is an ambiguous retry. */
    attempt: (effectId: string): string => `${prefix}:effect-attempt:${effectId}`,
    /** Message keys the service flagged on a ticket. */
    flagged: (ticketId: string): string => `${prefix}:fp:flagged:${ticketId}`,
    /** Message keys on a ticket an agent marked false positive: never flagged again. */
    falsePositive: (ticketId: string): string => `${prefix}:fp:messages:${ticketId}`,
    /** Total false-positive marks (for the report and metrics). */
    falsePositiveCount: `${prefix}:fp:count`,
    /** The decision-records stream. */
    records: `${prefix}:records`,
  };
}
export type WorkflowKeys = ReturnType<typeof workflowKeys>;
