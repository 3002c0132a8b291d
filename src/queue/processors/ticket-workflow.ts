/**
 * The `ticket-workflow` job: reacts to an event whose current tags carry the
 * refusal-approval or false-positive tag. The refusal workflow itself is the
 * next issue; until then the job only records that it was seen.
 */
import type { Logger } from '../../log.js';
import type { TicketWorkflowJobData } from '../catalogue.js';

export interface TicketWorkflowDeps {
  logger: Logger;
}

export type TicketWorkflowResult = { outcome: 'not-implemented'; tags: number };

export async function processTicketWorkflow(
  data: TicketWorkflowJobData,
  deps: TicketWorkflowDeps,
): Promise<TicketWorkflowResult> {
  deps.logger.info(
    { ticketId: data.event.ticketId, eventId: data.event.eventId, type: data.event.type },
    'ticket workflow: not implemented yet; event recorded',
  );
  return { outcome: 'not-implemented', tags: data.event.tags.length };
}

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
