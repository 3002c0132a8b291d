/**
 * Decision → one ticket update (pure: no I/O, no clock).
 *
 * Per the contract ("Zendesk writes"):
 * - harassment: tags suspected + escalated + <prefix><category> for every
 *   means and demand category, a private note, group = supervisor group,
 *   priority raised to at least the policy's escalation priority (`urgent`
 *   for the categories listed under escalation.urgent), never lowered;
 * - review: the review tag + category tags and a private note, no
 *   reassignment and no priority change;
 * - none: nothing to write (null).
 *
 * The full tag set is computed from the tags the event carried, with the
 * additions kept as deltas so the writer can recompute them after a 409.
 */
import type { ServicePolicy } from '../config/policy-file.js';
import type { Category, Decision } from '../policy/types.js';
import type { TicketEvent, TicketPriority, TicketUpdate } from '../tickets/types.js';
import { raisePriority } from '../tickets/types.js';
import { type NoteTemplates, renderDecisionNote } from './decision-note.js';

export interface PlanInput {
  decision: Decision;
  event: TicketEvent;
  policy: ServicePolicy;
  /** SUPERVISOR_GROUP_ID; without it a harassment verdict is tagged and noted but not reassigned. */
  supervisorGroupId: string | undefined;
  decisionId: string;
  /** Defaults to the note templates in config/templates. */
  noteTemplates?: NoteTemplates;
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** The priority floor for a harassment verdict. */
export function escalationPriority(decision: Decision, policy: ServicePolicy): TicketPriority {
  const found: Category[] = [...decision.means, ...decision.demands];
  const urgent = found.some((c) => policy.escalation.urgent.includes(c));
  return urgent ? 'urgent' : policy.escalation.priority;
}

export function planDecisionUpdate(input: PlanInput): TicketUpdate | null {
  const { decision, event, policy } = input;
  if (decision.verdict === 'none') return null;

  const tags = policy.tags;
  const categoryTags = [...decision.means, ...decision.demands].map((c) => `${tags.category_prefix}${c}`);
  const addTags = unique(
    decision.verdict === 'harassment'
      ? [tags.suspected, tags.escalated, ...categoryTags]
      : [tags.review, ...categoryTags],
  );

  const update: TicketUpdate = {
    ticketId: event.ticketId,
    tags: unique([...event.tags, ...addTags]),
    addTags,
    comment: {
      body: renderDecisionNote({
        decision,
        decisionId: input.decisionId,
        policy,
        ...(input.noteTemplates ? { templates: input.noteTemplates } : {}),
      }),
      public: false,
    },
  };
  if (event.updatedAt) update.updatedStamp = event.updatedAt;

  if (decision.verdict === 'harassment') {
    if (input.supervisorGroupId) update.groupId = input.supervisorGroupId;
    const floor = escalationPriority(decision, policy);
    update.minPriority = floor;
    // Without the current priority the writer reads the ticket before writing.
    if (event.priority !== undefined) update.priority = raisePriority(event.priority, floor);
  }
  return update;
}
