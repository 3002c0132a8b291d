import { describe, expect, it } from 'vitest';
import { DEFAULT_PSEUDONYM_KEY, pseudonymise, pseudonymiser } from '../../../src/report/pseudonym.js';

describe('requester pseudonyms', () => {
  it('are HMAC-SHA256 (known test vector), prefixed and cut to 16 hex digits', () => {
    // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog") = f7bc83f4 30538424 b13298e6 …
    expect(pseudonymise('key', 'The quick brown fox jumps over the lazy dog')).toBe('rq_f7bc83f430538424');
  });

  it('are stable for one key and differ across keys and requesters', () => {
    const a = pseudonymiser('k'.repeat(32));
    expect(a('3904417101')).toBe(a('3904417101'));
    expect(a('3904417101')).not.toBe(a('3904417102'));
    expect(pseudonymise(DEFAULT_PSEUDONYM_KEY, '3904417101')).not.toBe(a('3904417101'));
    expect(a('3904417101')).toMatch(/^rq_[0-9a-f]{16}$/);
    expect(a('3904417101')).not.toContain('3904417101');
  });
});
