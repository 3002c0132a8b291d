import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ZENDESK_TEST_SIGNING_SECRET,
  parseWebhookSecrets,
  signZendeskBody,
  verifyZendeskSignature,
} from '../../../src/zendesk/signature.js';

const SECRET = 'current-signing-secret-0123456789';
const NEXT = 'next-signing-secret-abcdefghij';
const TS = '2026-11-29T03:00:00Z';
const BODY = Buffer.from('{"type":"zen:event-type:ticket.comment_added","id":"e1"}');

/** Independent of signZendeskBody, so a bug there cannot hide here. */
function reference(secret: string, timestamp: string, body: Buffer): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(Buffer.concat([Buffer.from(timestamp, 'utf8'), body]))
    .digest('base64');
}

describe('verifyZendeskSignature', () => {
  it('accepts base64(HMAC-SHA256(secret, timestamp + body))', () => {
    const signature = reference(SECRET, TS, BODY);
    expect(signZendeskBody(SECRET, TS, BODY)).toBe(signature);
    expect(verifyZendeskSignature({ rawBody: BODY, signature, timestamp: TS, secrets: [SECRET] })).toBe(true);
  });

  it('rejects a signature made with another secret', () => {
    const signature = reference('some-other-secret', TS, BODY);
    expect(verifyZendeskSignature({ rawBody: BODY, signature, timestamp: TS, secrets: [SECRET] })).toBe(
      false,
    );
  });

  it('rejects a tampered body and a changed timestamp', () => {
    const signature = reference(SECRET, TS, BODY);
    const tampered = Buffer.from(BODY.toString().replace('e1', 'e2'));
    expect(verifyZendeskSignature({ rawBody: tampered, signature, timestamp: TS, secrets: [SECRET] })).toBe(
      false,
    );
    expect(
      verifyZendeskSignature({
        rawBody: BODY,
        signature,
        timestamp: '2026-11-29T03:00:01Z',
        secrets: [SECRET],
      }),
    ).toBe(false);
  });

  it('rejects missing or empty headers', () => {
    const signature = reference(SECRET, TS, BODY);
    expect(
      verifyZendeskSignature({ rawBody: BODY, signature: undefined, timestamp: TS, secrets: [SECRET] }),
    ).toBe(false);
    expect(
      verifyZendeskSignature({ rawBody: BODY, signature, timestamp: undefined, secrets: [SECRET] }),
    ).toBe(false);
    expect(verifyZendeskSignature({ rawBody: BODY, signature: '', timestamp: TS, secrets: [SECRET] })).toBe(
      false,
    );
  });

  it('rejects signatures of the wrong length without throwing', () => {
    for (const signature of ['abc', `${reference(SECRET, TS, BODY)}AA`, 'ä'.repeat(44)]) {
      expect(verifyZendeskSignature({ rawBody: BODY, signature, timestamp: TS, secrets: [SECRET] })).toBe(
        false,
      );
    }
  });

  it('accepts either secret while rotating', () => {
    const secrets = parseWebhookSecrets(`${SECRET}, ${NEXT}`);
    expect(secrets).toEqual([SECRET, NEXT]);
    for (const s of [SECRET, NEXT]) {
      const signature = reference(s, TS, BODY);
      expect(verifyZendeskSignature({ rawBody: BODY, signature, timestamp: TS, secrets })).toBe(true);
    }
    expect(
      verifyZendeskSignature({
        rawBody: BODY,
        signature: reference('third', TS, BODY),
        timestamp: TS,
        secrets,
      }),
    ).toBe(false);
  });

  it("does not accept Zendesk's public test-webhook secret unless it is configured", () => {
    const signature = reference(ZENDESK_TEST_SIGNING_SECRET, TS, BODY);
    expect(verifyZendeskSignature({ rawBody: BODY, signature, timestamp: TS, secrets: [SECRET] })).toBe(
      false,
    );
    expect(verifyZendeskSignature({ rawBody: BODY, signature, timestamp: TS, secrets: [] })).toBe(false);
    expect(
      verifyZendeskSignature({
        rawBody: BODY,
        signature,
        timestamp: TS,
        secrets: [SECRET, ZENDESK_TEST_SIGNING_SECRET],
      }),
    ).toBe(true);
  });

  it('never matches with no secrets or only empty ones', () => {
    const signature = reference('', TS, BODY);
    expect(verifyZendeskSignature({ rawBody: BODY, signature, timestamp: TS, secrets: ['', ''] })).toBe(
      false,
    );
    expect(parseWebhookSecrets(' , ')).toEqual([]);
  });

  it('verifies an empty body', () => {
    const empty = Buffer.alloc(0);
    const signature = reference(SECRET, TS, empty);
    expect(verifyZendeskSignature({ rawBody: empty, signature, timestamp: TS, secrets: [SECRET] })).toBe(
      true,
    );
  });
});
