import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.js';
import { LogCapture } from '../../support/logs.js';

describe('logger redaction', () => {
  it('censors authorization, cookies, signatures, tokens and secrets wherever they are logged', () => {
    const out = new LogCapture();
    const log = createLogger({ level: 'trace', destination: out }).child({ component: 'test' });
    log.info(
      {
        req: {
          headers: {
            authorization: 'Basic c2VjcmV0',
            cookie: 'sid=abc',
            'x-zendesk-webhook-signature': 'c2ln',
          },
        },
        headers: { authorization: 'Bearer oauth-token-1' },
        config: { headers: { Authorization: 'Basic Y3JlZHM=' } },
        zendesk: { token: 'api-token-2', secret: 'webhook-secret-3' },
        token: 'tok-4',
        comment: { body: 'customer text 5' },
        ticket: { subject: 'subject 6' },
      },
      'something happened',
    );
    const text = out.text();
    for (const leak of [
      'c2VjcmV0',
      'sid=abc',
      'c2ln',
      'oauth-token-1',
      'Y3JlZHM=',
      'api-token-2',
      'webhook-secret-3',
      'tok-4',
      'customer text 5',
      'subject 6',
    ]) {
      expect(text).not.toContain(leak);
    }
    expect(text).toContain('[redacted]');
    expect(out.parsed()[0]).toMatchObject({ component: 'test', msg: 'something happened' });
  });
});
