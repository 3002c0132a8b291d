/**
 * Zendesk webhook signatures.
 *
 * Zendesk signs every webhook request as
 *   base64(HMAC-SHA256(signingSecret, timestampHeader + rawBody))
 * where the secret's own UTF-8 bytes are the HMAC key (it is not
 * base64-decoded first). Verification must run on the raw bytes, before any
 * JSON parsing. Zendesk documents no freshness window, so none is applied: an
 * identical redelivery keeps its old timestamp and is deduplicated later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-zendesk-webhook-signature';
export const SIGNATURE_TIMESTAMP_HEADER = 'x-zendesk-webhook-signature-timestamp';
export const INVOCATION_ID_HEADER = 'x-zendesk-webhook-invocation-id';

/**
 * The fixed secret Zendesk uses to sign requests sent with the admin UI's
 * "Test webhook" button. It is public, so it is never accepted unless an
 * operator deliberately configures it.
 */
export const ZENDESK_TEST_SIGNING_SECRET = 'dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3RpbmdfcHVycG9zZXNfb25seQ==';

/** The signature Zendesk would send for this body (tests, benchmarks, fakes). */
export function signZendeskBody(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(timestamp).update(rawBody).digest('base64');
}

export interface VerifySignatureInput {
  rawBody: Buffer;
  signature: string | undefined;
  timestamp: string | undefined;
  /** Accepted secrets: one, or two while rotating. Empty strings are ignored. */
  secrets: readonly string[];
}

export function verifyZendeskSignature(input: VerifySignatureInput): boolean {
  const { rawBody, signature, timestamp } = input;
  if (!signature || !timestamp) return false;
  const given = Buffer.from(signature.trim(), 'utf8');
  let ok = false;
  // Check every secret (no early exit) so timing does not reveal which matched.
  for (const secret of input.secrets) {
    if (!secret) continue;
    const expected = Buffer.from(signZendeskBody(secret, timestamp, rawBody), 'utf8');
    if (expected.length === given.length && timingSafeEqual(expected, given)) ok = true;
  }
  return ok;
}

/** Parses ZENDESK_WEBHOOK_SECRET: one secret, or two separated by a comma while rotating. */
export function parseWebhookSecrets(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
