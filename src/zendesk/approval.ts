/**
 * Who approved a support refusal, from the ticket's audits: the author of the
 * latest audit that added the approval tag. The actor a webhook names is never
 * trusted; audits are written by Zendesk itself.
 */
import type { TicketAudit } from '../tickets/types.js';
import type { ZendeskClient } from './client.js';

export interface TagAddition {
  userId: string;
  auditId: string;
  at: string;
}

/** The latest audit (by time, then order) that added `tag`, or undefined. */
export function latestTagAddition(audits: readonly TicketAudit[], tag: string): TagAddition | undefined {
  let found: { a: TicketAudit; i: number } | undefined;
  audits.forEach((a, i) => {
    if (!a.addedTags.includes(tag)) return;
    if (!found || a.createdAt > found.a.createdAt || (a.createdAt === found.a.createdAt && i > found.i)) {
      found = { a, i };
    }
  });
  return found ? { userId: found.a.authorId, auditId: found.a.id, at: found.a.createdAt } : undefined;
}

export type ApprovalCheck =
  | { approved: true; approverId: string; auditId: string }
  | { approved: false; reason: 'no-audit' | 'not-supervisor' | 'no-supervisor-group'; approverId?: string };

/**
 * Checks the approval tag on a ticket: found in the audits, and added by a
 * member of the supervisor group.
 */
export async function checkRefusalApproval(
  client: Pick<ZendeskClient, 'listAudits' | 'listGroupMemberships'>,
  ticketId: string,
  approvalTag: string,
  supervisorGroupId: string | undefined,
): Promise<ApprovalCheck> {
  return checkApprovalInAudits(client, await client.listAudits(ticketId), approvalTag, supervisorGroupId);
}

/** The same check on audits already read (the workflow reads them once per job). */
export async function checkApprovalInAudits(
  client: Pick<ZendeskClient, 'listGroupMemberships'>,
  audits: readonly TicketAudit[],
  approvalTag: string,
  supervisorGroupId: string | undefined,
): Promise<ApprovalCheck> {
  const addition = latestTagAddition(audits, approvalTag);
  if (!addition) return { approved: false, reason: 'no-audit' };
  if (!supervisorGroupId)
    return { approved: false, reason: 'no-supervisor-group', approverId: addition.userId };
  const groups = await client.listGroupMemberships(addition.userId);
  return groups.includes(supervisorGroupId)
    ? { approved: true, approverId: addition.userId, auditId: addition.auditId }
    : { approved: false, reason: 'not-supervisor', approverId: addition.userId };
}

/**
 * Whether the service already acted on an approval: an audit by the service's
 * own user, after the approval audit, that added `tag` (the support-refused
 * tag, written in the same change set as the public notice). Zendesk's audit
 * trail is the marker of a public write: no marker text is shown to the
 * customer.
 */
export function serviceActedAfter(
  audits: readonly TicketAudit[],
  approvalAuditId: string,
  serviceUserId: string | undefined,
  tag: string,
): boolean {
  if (serviceUserId === undefined) return false;
  const from = audits.findIndex((a) => a.id === approvalAuditId);
  if (from < 0) return false;
  return audits.slice(from + 1).some((a) => a.authorId === serviceUserId && a.addedTags.includes(tag));
}
