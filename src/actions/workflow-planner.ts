/**
 * Pure planners for the response workflow after a decision (each returns one
 * ticket update, or null when there is nothing to do):
 *
 * - planRefusal: the approved ToS refusal — public notice in the requester's
 *   language, the support-refused tag and status solved, in one write. The
 *   tag is written with the notice, so its presence proves the notice went out.
 * - planApprovalRejection: the approval tag was added by someone who may not
 *   approve — remove it and say why in a private note, in one write.
 * - planFalsePositiveCleanup: an agent marked the flag wrong — remove the
 *   service's flag tags (suspected, escalated, review and the category tags,
 *   so category counts only hold real flags); the false-positive tag stays as
 *   the record, and so do the refusal tags.
 */
import type { ServicePolicy } from '../config/policy-file.js';
import type { Lang } from '../policy/types.js';
import { DEMAND_CATEGORIES, MEANS_CATEGORIES } from '../policy/types.js';
import type { TicketUpdate } from '../tickets/types.js';
import { decisionMarker } from './decision-note.js';
import { type RefusalTemplates, renderRefusalNotice } from './refusal-notice.js';
import { readTemplate, renderTemplate } from './template.js';

/** What the planners need to know about the ticket (from an event or a snapshot). */
export interface TicketState {
  ticketId: string;
  tags: readonly string[];
  updatedAt?: string;
}

function withTags(
  state: TicketState,
  add: string[],
  remove: string[],
): Pick<TicketUpdate, 'tags' | 'addTags' | 'removeTags'> {
  const drop = new Set(remove);
  const tags = [...new Set([...state.tags, ...add])].filter((t) => !drop.has(t));
  const out: Pick<TicketUpdate, 'tags' | 'addTags' | 'removeTags'> = { tags };
  if (add.length) out.addTags = add;
  if (remove.length) out.removeTags = remove;
  return out;
}

function stamp(state: TicketState): Pick<TicketUpdate, 'updatedStamp'> {
  return state.updatedAt ? { updatedStamp: state.updatedAt } : {};
}

export interface RefusalPlan {
  update: TicketUpdate;
  lang: Lang;
}

/** Null when the notice was already posted (the support-refused tag is present). */
export function planRefusal(input: {
  ticket: TicketState;
  policy: ServicePolicy;
  requesterLocale: string | null | undefined;
  templates?: RefusalTemplates;
}): RefusalPlan | null {
  const { ticket, policy } = input;
  if (ticket.tags.includes(policy.tags.support_refused)) return null;
  const notice = renderRefusalNotice({
    ticketId: ticket.ticketId,
    requesterLocale: input.requesterLocale,
    policy,
    ...(input.templates ? { templates: input.templates } : {}),
  });
  return {
    lang: notice.lang,
    update: {
      ticketId: ticket.ticketId,
      ...withTags(ticket, [policy.tags.support_refused], []),
      comment: { body: notice.body, public: true },
      status: 'solved',
      ...stamp(ticket),
    },
  };
}

export type ApprovalRejectionReason = 'not-supervisor' | 'no-audit' | 'no-supervisor-group';

const REASONS: Record<Lang, Record<ApprovalRejectionReason, string>> = {
  en: {
    'not-supervisor': 'it was added by a user who is not a member of the supervisor group.',
    'no-audit': 'the ticket history does not show who added it.',
    'no-supervisor-group': 'no supervisor group is configured (SUPERVISOR_GROUP_ID).',
  },
  ja: {
    'not-supervisor': '責任者グループのメンバーではないユーザーが追加したためです。',
    'no-audit': 'チケットの履歴から追加したユーザーを確認できなかったためです。',
    'no-supervisor-group': '責任者グループ（SUPERVISOR_GROUP_ID）が設定されていないためです。',
  },
};

let cachedRejection: { ja: string; en: string } | undefined;

/** Null when the approval tag is no longer on the ticket. */
export function planApprovalRejection(input: {
  ticket: TicketState;
  policy: ServicePolicy;
  reason: ApprovalRejectionReason;
  /** Stable id for the note marker, e.g. `reject-<auditId>`. */
  noteId: string;
  templates?: { ja: string; en: string };
}): TicketUpdate | null {
  const { ticket, policy } = input;
  const tag = policy.tags.refusal_approved;
  if (!ticket.tags.includes(tag)) return null;
  const lang = policy.notes.language;
  const templates =
    input.templates ??
    (cachedRejection ??= {
      ja: readTemplate('approval-rejected.ja.md'),
      en: readTemplate('approval-rejected.en.md'),
    });
  const body = renderTemplate(lang === 'ja' ? templates.ja : templates.en, {
    marker: decisionMarker(input.noteId),
    approval_tag: tag,
    reason: REASONS[lang][input.reason],
  });
  return {
    ticketId: ticket.ticketId,
    ...withTags(ticket, [], [tag]),
    comment: { body, public: false },
    ...stamp(ticket),
  };
}

/** The tags the service adds when it flags a message (suspected, escalated, review, categories). */
export function flagTags(policy: ServicePolicy): string[] {
  const t = policy.tags;
  return [
    t.suspected,
    t.escalated,
    t.review,
    ...[...MEANS_CATEGORIES, ...DEMAND_CATEGORIES].map((c) => `${t.category_prefix}${c}`),
  ];
}

/** Null when none of the service's flag tags is on the ticket. */
export function planFalsePositiveCleanup(input: {
  ticket: TicketState;
  policy: ServicePolicy;
}): TicketUpdate | null {
  const { ticket, policy } = input;
  const remove = flagTags(policy).filter((t) => ticket.tags.includes(t));
  if (remove.length === 0) return null;
  return { ticketId: ticket.ticketId, ...withTags(ticket, [], remove), ...stamp(ticket) };
}
