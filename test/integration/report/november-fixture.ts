/**
 * A month (November 2026) of tickets as Zendesk would return them, with the
 * service's tags, agent identities in every place Zendesk puts them, and
 * requester emails and customer text that must never reach the report.
 * EXPECTED is counted by hand from the table below, not computed.
 */

export const AGENT_IDS = ['8800000001', '8800000002'];
export const AGENT_NAMES = ['Hanako Agentname', 'Jiro Supervisorname'];
export const AGENT_EMAILS = ['hanako.agent@acme-support.test', 'jiro.sup@acme-support.test'];
export const GROUP_ID = '7700000042';
export const SERVICE_USER_ID = '8800000099';

/** Requesters: 3904417101 has 3 flagged tickets, 3904417102 has 2. */
export const REQ = {
  a: '3904417101',
  b: '3904417102',
  c: '3904417103',
  d: '3904417104',
  e: '3904417105',
  f: '3904417106',
  g: '3904417107',
  h: '3904417108',
  i: '3904417109',
} as const;
export const requesterEmail = (id: string): string => `customer${id.slice(-3)}@example.jp`;
export const CUSTOMER_TEXT = 'SECRET-CUSTOMER-TEXT-do-not-report';

interface Spec {
  id: number;
  created: string;
  channel: string;
  requester: string;
  tags: string[];
  /** Minutes from the requester's message to the escalation audit. */
  escalateAfterMin?: number;
  /** Minutes after creation of a later requester comment that was the flagged message. */
  laterMessageMin?: number;
}

const S = 'harassment_suspected';
const E = 'harassment_escalated';
const R = 'harassment_review';
const A = 'harassment_refusal_approved';
const X = 'harassment_support_refused';
const F = 'harassment_false_positive';
const U = 'harassment_requester_suspended';
const c = (name: string): string => `harassment_${name}`;

export const SPECS: Spec[] = [
  {
    id: 1001,
    created: '2026-11-02T01:00:00Z',
    channel: 'email',
    requester: REQ.a,
    tags: [S, E, c('insult')],
    escalateAfterMin: 5,
  },
  {
    id: 1002,
    created: '2026-11-03T02:00:00Z',
    channel: 'web',
    requester: REQ.a,
    tags: [S, E, c('violence'), c('monetary')],
    escalateAfterMin: 12,
  },
  { id: 1003, created: '2026-11-05T03:00:00Z', channel: 'chat', requester: REQ.b, tags: [R, c('monetary')] },
  {
    id: 1004,
    created: '2026-11-09T04:00:00Z',
    channel: 'email',
    requester: REQ.a,
    tags: [S, E, c('intimidation'), c('defamation'), A, X],
    escalateAfterMin: 30,
  },
  { id: 1005, created: '2026-11-10T05:00:00Z', channel: 'web', requester: REQ.c, tags: [R, c('excessive')] },
  {
    id: 1006,
    created: '2026-11-12T06:00:00Z',
    channel: 'email',
    requester: REQ.d,
    tags: [S, E, c('insult'), F],
    escalateAfterMin: 3,
  },
  { id: 1007, created: '2026-11-16T07:00:00Z', channel: 'api', requester: REQ.e, tags: [A, 'vip'] },
  {
    id: 1008,
    created: '2026-11-17T09:00:00Z',
    channel: 'chat',
    requester: REQ.b,
    tags: [S, E, c('sexual')],
    escalateAfterMin: 20,
    laterMessageMin: 60,
  },
  {
    id: 1009,
    created: '2026-11-20T10:00:00Z',
    channel: 'email',
    requester: REQ.f,
    tags: [R, c('unrelated')],
  },
  {
    id: 1010,
    created: '2026-11-23T11:00:00Z',
    channel: 'web',
    requester: REQ.g,
    tags: [S, E, c('persistence'), c('privacy')],
    escalateAfterMin: 45,
  },
  {
    id: 1011,
    created: '2026-11-26T12:00:00Z',
    channel: 'email',
    requester: REQ.h,
    tags: [S, E, c('kneel_demand'), c('monetary'), A, X, U],
    escalateAfterMin: 8,
  },
  { id: 1012, created: '2026-11-30T23:30:00Z', channel: 'web', requester: REQ.i, tags: [R, c('excessive')] },
  // Outside the period, but inside the widened search window: must not count.
  {
    id: 2001,
    created: '2026-10-31T23:59:00Z',
    channel: 'email',
    requester: REQ.a,
    tags: [S, E, c('insult')],
    escalateAfterMin: 1,
  },
  { id: 2002, created: '2026-12-01T00:00:00Z', channel: 'web', requester: REQ.b, tags: [R, c('monetary')] },
  // No service tag at all: a search by tag never returns it.
  { id: 3001, created: '2026-11-15T00:00:00Z', channel: 'email', requester: REQ.a, tags: ['billing'] },
];

/** Hand-counted figures for 2026-11-01..2026-11-30. */
export const EXPECTED = {
  tickets: 12,
  flagged: 11,
  escalations: 7,
  approvals: 3,
  refusals: 2,
  falsePositives: 1,
  falsePositiveRate: '9.1%',
  verdict: { harassment: 7, review: 4, 'approved without a flag': 1 },
  means: {
    insult: 2,
    violence: 1,
    intimidation: 1,
    defamation: 1,
    sexual: 1,
    persistence: 1,
    privacy: 1,
    kneel_demand: 1,
    restrictive: 0,
    discriminatory: 0,
  },
  demand: { monetary: 3, excessive: 2, unrelated: 1, exchange: 0 },
  channel: { email: 5, web: 4, chat: 2, api: 1 },
  month: { '2026-11': 12 },
  week: {
    '2026-10-26': 0,
    '2026-11-02': 3,
    '2026-11-09': 3,
    '2026-11-16': 3,
    '2026-11-23': 2,
    '2026-11-30': 1,
  },
  repeat: { [REQ.a]: 3, [REQ.b]: 2 },
  // Delays 3, 5, 8, 12, 20, 30, 45 minutes.
  escalation: { count: 7, median: 12, p90: 45, max: 45 },
};

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The ticket as the search export returns it. */
export function zendeskTicket(s: Spec): Record<string, unknown> {
  return {
    id: s.id,
    url: `https://acme.zendesk.com/api/v2/tickets/${s.id}.json`,
    result_type: 'ticket',
    created_at: s.created,
    updated_at: s.created,
    subject: `${CUSTOMER_TEXT} subject ${s.id}`,
    raw_subject: `${CUSTOMER_TEXT} subject ${s.id}`,
    description: `${CUSTOMER_TEXT} from ${requesterEmail(s.requester)}`,
    status: 'open',
    priority: 'high',
    requester_id: Number(s.requester),
    submitter_id: Number(s.requester),
    assignee_id: Number(AGENT_IDS[s.id % 2]),
    group_id: Number(GROUP_ID),
    collaborator_ids: [Number(AGENT_IDS[1])],
    follower_ids: [Number(AGENT_IDS[0])],
    tags: s.tags,
    via: {
      channel: s.channel,
      source: {
        from: { address: requesterEmail(s.requester), name: `Customer ${s.requester}` },
        to: { address: AGENT_EMAILS[0], name: AGENT_NAMES[0] },
        rel: null,
      },
    },
  };
}

/** The ticket's audits: creation by the requester, maybe a later message, the service's escalation, then agents' work. */
export function zendeskAudits(s: Spec): Record<string, unknown>[] {
  const created = Date.parse(s.created);
  const agentVia = {
    channel: 'web',
    source: { from: { name: AGENT_NAMES[0], address: AGENT_EMAILS[0] }, to: {}, rel: null },
  };
  const audits: Record<string, unknown>[] = [
    {
      id: s.id * 100 + 1,
      ticket_id: s.id,
      created_at: s.created,
      author_id: Number(s.requester),
      via: {
        channel: s.channel,
        source: { from: { address: requesterEmail(s.requester) }, to: {}, rel: null },
      },
      events: [
        { id: 1, type: 'Comment', author_id: Number(s.requester), body: CUSTOMER_TEXT, public: true },
        { id: 2, type: 'Create', field_name: 'tags', value: [] },
        { id: 3, type: 'Create', field_name: 'status', value: 'new' },
      ],
    },
    {
      id: s.id * 100 + 2,
      ticket_id: s.id,
      created_at: iso(created + 2 * 60_000),
      author_id: Number(AGENT_IDS[0]),
      via: agentVia,
      events: [
        {
          id: 4,
          type: 'Comment',
          author_id: Number(AGENT_IDS[0]),
          body: `Reply by ${AGENT_NAMES[0]}`,
          public: true,
        },
        { id: 5, type: 'Change', field_name: 'assignee_id', value: AGENT_IDS[0], previous_value: null },
      ],
    },
  ];
  let messageAt = created;
  if (s.laterMessageMin !== undefined) {
    messageAt = created + s.laterMessageMin * 60_000;
    audits.push({
      id: s.id * 100 + 3,
      ticket_id: s.id,
      created_at: iso(messageAt),
      author_id: Number(s.requester),
      via: { channel: s.channel },
      events: [{ id: 6, type: 'Comment', author_id: Number(s.requester), body: CUSTOMER_TEXT, public: true }],
    });
  }
  if (s.escalateAfterMin !== undefined) {
    const flagTags = s.tags.filter(
      (t) => t.startsWith('harassment_') && t !== A && t !== X && t !== F && t !== U,
    );
    audits.push({
      id: s.id * 100 + 4,
      ticket_id: s.id,
      created_at: iso(messageAt + s.escalateAfterMin * 60_000),
      author_id: Number(SERVICE_USER_ID),
      via: { channel: 'api' },
      events: [
        { id: 7, type: 'Comment', author_id: Number(SERVICE_USER_ID), body: 'private note', public: false },
        { id: 8, type: 'Change', field_name: 'tags', value: flagTags, previous_value: [] },
        { id: 9, type: 'Change', field_name: 'group_id', value: GROUP_ID, previous_value: null },
      ],
    });
    audits.push({
      id: s.id * 100 + 5,
      ticket_id: s.id,
      created_at: iso(messageAt + (s.escalateAfterMin + 90) * 60_000),
      author_id: Number(AGENT_IDS[1]),
      via: { channel: 'web', source: { from: { name: AGENT_NAMES[1] }, to: {}, rel: null } },
      events: [{ id: 10, type: 'Change', field_name: 'tags', value: s.tags, previous_value: flagTags }],
    });
  }
  return audits;
}
