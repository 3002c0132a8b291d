import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../../../src/tickets/types.js';
import {
  TRIGGER_BODY_TEMPLATE,
  TRIGGER_TEMPLATE_MARKER,
  type WebhookParse,
  type WebhookParseOptions,
  parseZendeskWebhook,
} from '../../../src/zendesk/webhook.js';

const OPTS: WebhookParseOptions = { noDefectTag: 'no_defect_found', noDefectFieldId: null };

function commentAdded(
  overrides: { comment?: Record<string, unknown>; detail?: Record<string, unknown> } = {},
) {
  return {
    type: 'zen:event-type:ticket.comment_added',
    account_id: 22129848,
    id: 'cbe4028c-7239-495d-b020-f22348516046',
    time: '2026-11-29T03:00:01.672717030Z',
    zendesk_event_version: '2022-11-06',
    subject: 'zen:ticket:5158',
    detail: {
      actor_id: '8447388090494',
      assignee_id: '8447388090001',
      brand_id: '8447346621310',
      created_at: '2026-11-28T10:12:07Z',
      description: 'first message',
      external_id: null,
      group_id: '8447320466430',
      id: '5158',
      is_public: true,
      organization_id: '8447346622462',
      priority: 'NORMAL',
      requester_id: '8447388090494',
      status: 'OPEN',
      subject: 'Login broken',
      submitter_id: '8447388090494',
      tags: ['vip', 'login'],
      type: 'INCIDENT',
      updated_at: '2026-11-29T03:00:00Z',
      via: { channel: 'web' },
      ...overrides.detail,
    },
    event: {
      comment: {
        author: { id: '8447388090494', is_staff: false, name: 'Jane Customer' },
        body: 'You are useless idiots. "Fix it" now!\nLine two',
        id: '10001',
        is_public: true,
        ...overrides.comment,
      },
    },
  };
}

function expectEvent(r: WebhookParse): TicketEvent {
  if (r.kind !== 'event') throw new Error(`expected an event, got ${JSON.stringify(r)}`);
  return r.event;
}

function expectInvalid(r: WebhookParse): string {
  if (r.kind !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(r)}`);
  return r.message;
}

/** What Zendesk does with the template: substitutes each placeholder, JSON-escaped. */
function renderTrigger(values: Record<string, string>): unknown {
  const rendered = TRIGGER_BODY_TEMPLATE.replace(/\{\{([^}]+)\}\}/g, (_m, name: string) => {
    const v = values[name.trim()] ?? '';
    return JSON.stringify(v).slice(1, -1);
  });
  return JSON.parse(rendered);
}

const TRIGGER_VALUES = {
  'ticket.id': '5158',
  'ticket.tags': 'vip login',
  'ticket.updated_at_with_timestamp': '2026-11-29T03:00:00Z',
  'ticket.requester.id': '8447388090494',
  'ticket.priority': 'Normal',
  'ticket.status': 'Open',
  'ticket.via': 'Web',
  'ticket.latest_comment.id': '10001',
  'ticket.latest_comment.is_public': 'true',
  'ticket.latest_comment.author.id': '8447388090494',
  'current_user.id': '8447388090494',
  'current_user.role': 'End-user',
};

describe('parseZendeskWebhook: event-subscription envelopes', () => {
  it('normalises ticket.comment_added in the documented shape', () => {
    const e = expectEvent(parseZendeskWebhook(commentAdded(), OPTS));
    expect(e).toEqual({
      eventId: 'cbe4028c-7239-495d-b020-f22348516046',
      kind: 'comment_added',
      type: 'zen:event-type:ticket.comment_added',
      ticketId: '5158',
      requesterId: '8447388090494',
      tags: ['vip', 'login'],
      updatedAt: '2026-11-29T03:00:00Z',
      comment: {
        id: '10001',
        body: 'You are useless idiots. "Fix it" now!\nLine two',
        isPublic: true,
        authorId: '8447388090494',
        authorIsStaff: false,
      },
      channel: 'web',
      noDefectFound: false,
      occurredAt: '2026-11-29T03:00:01.672717030Z',
      priority: 'normal',
      groupId: '8447320466430',
      status: 'open',
      actorId: '8447388090494',
      source: 'event-subscription',
    });
  });

  it('accepts the REST comment shape (public, author_id) and numeric ids', () => {
    const body = commentAdded({
      comment: {
        author: undefined,
        is_public: undefined,
        public: false,
        author_id: 8447388090494,
        id: 10001,
      },
      detail: { id: 5158 },
    });
    const e = expectEvent(parseZendeskWebhook(body, OPTS));
    expect(e.ticketId).toBe('5158');
    expect(e.comment).toMatchObject({
      id: '10001',
      isPublic: false,
      authorId: '8447388090494',
      authorIsStaff: false,
    });
  });

  it('marks staff authors by is_staff and by role', () => {
    const byFlag = expectEvent(
      parseZendeskWebhook(
        commentAdded({ comment: { author: { id: '7', is_staff: true, name: 'Agent' } } }),
        OPTS,
      ),
    );
    expect(byFlag.comment?.authorIsStaff).toBe(true);
    const byRole = expectEvent(
      parseZendeskWebhook(commentAdded({ comment: { author: { id: '7', role: 'admin' } } }), OPTS),
    );
    expect(byRole.comment).toMatchObject({ authorIsStaff: true, authorRole: 'admin' });
  });

  it('takes the first message of ticket.created from detail.description', () => {
    const body = { ...commentAdded(), type: 'zen:event-type:ticket.created', event: {} };
    const e = expectEvent(parseZendeskWebhook(body, OPTS));
    expect(e.kind).toBe('ticket_created');
    expect(e.comment).toEqual({
      body: 'first message',
      isPublic: true,
      authorId: '8447388090494',
      authorIsStaff: false,
    });
  });

  it('normalises ticket.tags_changed with the current tags and no comment', () => {
    const body = {
      ...commentAdded({ detail: { tags: ['harassment_refusal_approved'] } }),
      type: 'zen:event-type:ticket.tags_changed',
      event: { tags_added: ['harassment_refusal_approved'], tags_removed: [] },
    };
    const e = expectEvent(parseZendeskWebhook(body, OPTS));
    expect(e.kind).toBe('tags_changed');
    expect(e.tags).toEqual(['harassment_refusal_approved']);
    expect(e.comment).toBeUndefined();
  });

  it('ignores event types it does not handle', () => {
    const user = { type: 'zen:event-type:user.active_changed', id: 'u1', detail: { id: '6596848315901' } };
    expect(parseZendeskWebhook(user, OPTS)).toEqual({
      kind: 'ignored',
      type: 'zen:event-type:user.active_changed',
      reason: 'event type not handled',
    });
    const status = { ...commentAdded(), type: 'zen:event-type:ticket.status_changed' };
    expect(parseZendeskWebhook(status, OPTS).kind).toBe('ignored');
  });

  it('normalises other ticket events as kind "other" when asked to', () => {
    const status = { ...commentAdded(), type: 'zen:event-type:ticket.status_changed', event: {} };
    const e = expectEvent(parseZendeskWebhook(status, { ...OPTS, acceptOtherTicketEvents: true }));
    expect(e).toMatchObject({ kind: 'other', ticketId: '5158', tags: ['vip', 'login'] });
    expect(e.comment).toBeUndefined();
  });

  it('reads "no defect found" from the tag or from a custom field', () => {
    const byTag = expectEvent(
      parseZendeskWebhook(commentAdded({ detail: { tags: ['no_defect_found'] } }), OPTS),
    );
    expect(byTag.noDefectFound).toBe(true);
    const opts = { noDefectTag: null, noDefectFieldId: 360001 };
    const byField = expectEvent(
      parseZendeskWebhook(commentAdded({ detail: { custom_fields: [{ id: 360001, value: true }] } }), opts),
    );
    expect(byField.noDefectFound).toBe(true);
    const unset = expectEvent(
      parseZendeskWebhook(commentAdded(), { noDefectTag: null, noDefectFieldId: null }),
    );
    expect(unset.noDefectFound).toBeUndefined();
  });

  it('reads a comment without is_public as public and falls back to a ticket + comment event id', () => {
    const { id: _id, ...noEnvelopeId } = commentAdded({ comment: { is_public: undefined } });
    const e = expectEvent(parseZendeskWebhook(noEnvelopeId, OPTS));
    expect(e.eventId).toBe('t5158-c10001');
    expect(e.comment?.isPublic).toBe(true);
    const tags = { ...commentAdded(), id: undefined, type: 'zen:event-type:ticket.tags_changed' };
    expect(expectEvent(parseZendeskWebhook(tags, OPTS)).eventId).toBe(
      't5158-tags_changed-2026-11-29T03:00:00Z',
    );
  });

  it('reads a null priority as "none" and an unknown one as absent', () => {
    expect(
      expectEvent(parseZendeskWebhook(commentAdded({ detail: { priority: null } }), OPTS)).priority,
    ).toBeNull();
    expect(
      expectEvent(parseZendeskWebhook(commentAdded({ detail: { priority: 'HIGH' } }), OPTS)).priority,
    ).toBe('high');
    const { priority: _p, ...noPriority } = commentAdded().detail;
    const e = expectEvent(parseZendeskWebhook({ ...commentAdded(), detail: noPriority }, OPTS));
    expect(e.priority).toBeUndefined();
  });

  it('drops a stamp without seconds (it would only cause a 409)', () => {
    const e = expectEvent(
      parseZendeskWebhook(commentAdded({ detail: { updated_at: '2026-11-29T03:00Z' } }), OPTS),
    );
    expect(e.updatedAt).toBeUndefined();
  });

  it('reports bad shapes as invalid with the failing key', () => {
    expect(expectInvalid(parseZendeskWebhook(null, OPTS))).toMatch(/JSON object/);
    expect(expectInvalid(parseZendeskWebhook([1], OPTS))).toMatch(/JSON object/);
    expect(expectInvalid(parseZendeskWebhook({ hello: 'world' }, OPTS))).toMatch(/fits no accepted shape/);
    expect(expectInvalid(parseZendeskWebhook(commentAdded({ detail: { id: 'abc' } }), OPTS))).toMatch(
      /detail\.id: must be a ticket id/,
    );
    const noComment = { ...commentAdded(), event: {} };
    expect(expectInvalid(parseZendeskWebhook(noComment, OPTS))).toMatch(/event\.comment/);
    const noId = { ...commentAdded(), id: '' };
    expect(expectInvalid(parseZendeskWebhook(noId, OPTS))).toMatch(
      /^zen:event-type:ticket\.comment_added: id/,
    );
    const badTags = commentAdded({ detail: { tags: 'a b' } });
    expect(expectInvalid(parseZendeskWebhook(badTags, OPTS))).toMatch(/detail\.tags/);
  });
});

describe('parseZendeskWebhook: trigger body template', () => {
  it('is the body documented in src/zendesk/README.md', () => {
    const readme = readFileSync(new URL('../../../src/zendesk/README.md', import.meta.url), 'utf8');
    const block = /The JSON body:\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block?.trim()).toBe(TRIGGER_BODY_TEMPLATE);
  });

  it('is valid JSON once Zendesk renders its placeholders', () => {
    const json = renderTrigger(TRIGGER_VALUES) as { source: string };
    expect(json.source).toBe(TRIGGER_TEMPLATE_MARKER);
  });

  it('normalises to the same TicketEvent as the event subscription', () => {
    const fromEnvelope = expectEvent(parseZendeskWebhook(commentAdded(), OPTS));
    const rendered = renderTrigger(TRIGGER_VALUES) as { comment: Record<string, unknown> };
    // An admin may add the text to the template; then nothing has to be fetched.
    rendered.comment.body = 'You are useless idiots. "Fix it" now!\nLine two';
    const fromTrigger = expectEvent(parseZendeskWebhook(rendered, OPTS));

    const { eventId, type, source, occurredAt, groupId, channel, ...common } = fromEnvelope;
    expect(fromTrigger).toEqual({
      ...common,
      eventId: 't5158-c10001',
      type: 'trigger:ticket.updated',
      source: 'trigger',
      channel: 'web',
      comment: { ...fromEnvelope.comment, authorRole: 'end-user' },
    });
    expect([eventId, type, source, occurredAt, groupId, channel]).not.toContain(undefined);
  });

  it('leaves the comment text to be fetched when the template carries none', () => {
    const e = expectEvent(parseZendeskWebhook(renderTrigger(TRIGGER_VALUES), OPTS));
    expect(e.comment).toEqual({
      id: '10001',
      isPublic: true,
      authorId: '8447388090494',
      authorIsStaff: false,
      authorRole: 'end-user',
    });
  });

  it('reads rendered values: space-separated tags, display-case priority, staff roles', () => {
    const e = expectEvent(
      parseZendeskWebhook(
        renderTrigger({
          ...TRIGGER_VALUES,
          'ticket.tags': 'a  b\tc',
          'ticket.priority': 'Urgent',
          'current_user.role': 'Admin',
          'ticket.latest_comment.is_public': 'false',
        }),
        OPTS,
      ),
    );
    expect(e.tags).toEqual(['a', 'b', 'c']);
    expect(e.priority).toBe('urgent');
    expect(e.comment).toMatchObject({ isPublic: false, authorIsStaff: true, authorRole: 'admin' });
  });

  it('treats an update by someone other than the latest comment author as having no new comment', () => {
    const e = expectEvent(
      parseZendeskWebhook(
        renderTrigger({ ...TRIGGER_VALUES, 'current_user.id': '999', 'current_user.role': 'Agent' }),
        OPTS,
      ),
    );
    expect(e.kind).toBe('other');
    expect(e.comment).toBeUndefined();
    expect(e.actorId).toBe('999');
    expect(e.eventId).toBe('t5158-u2026-11-29T03:00:00Z');
  });

  it('reads unknown (localised or empty) priority and status as absent', () => {
    const e = expectEvent(
      parseZendeskWebhook(
        renderTrigger({ ...TRIGGER_VALUES, 'ticket.priority': '-', 'ticket.status': '' }),
        OPTS,
      ),
    );
    expect(e.priority).toBeUndefined();
    expect(e.status).toBeUndefined();
  });

  it('reports missing placeholders as invalid, naming them', () => {
    expect(
      expectInvalid(parseZendeskWebhook(renderTrigger({ ...TRIGGER_VALUES, 'ticket.id': '' }), OPTS)),
    ).toMatch(/ticket\.id/);
    expect(
      expectInvalid(
        parseZendeskWebhook(
          renderTrigger({ ...TRIGGER_VALUES, 'ticket.latest_comment.is_public': '' }),
          OPTS,
        ),
      ),
    ).toMatch(/ticket\.latest_comment\.is_public/);
    expect(
      expectInvalid(
        parseZendeskWebhook(
          renderTrigger({ ...TRIGGER_VALUES, 'ticket.latest_comment.is_public': 'maybe' }),
          OPTS,
        ),
      ),
    ).toMatch(/comment\.public: expected true or false/);
  });
});
