/**
 * Job ids and Redis keys outlive a deploy (a redelivery after an upgrade
 * must find the same job and marker), so their values are pinned here.
 */
import { describe, expect, it } from 'vitest';
import { decisionIdFor, jobIds, serviceKeys } from '../../../src/queue/catalogue.js';

describe('job ids and service keys', () => {
  const event = { eventId: 'evt-1', ticketId: '1001' };
  const keys = serviceKeys('hg');

  it('keep their values across releases', () => {
    expect(jobIds.evaluate(event)).toBe('evaluate-ea6ec7e760ec0e97e484ae12eb2e1bf189dd49da');
    expect(jobIds['ticket-workflow'](event)).toBe('workflow-2d6052d6e62e6b8ef79c5bb6ce9297ac94e8a2d7');
    expect(keys.delivery('evt-1')).toBe('hg:dedup:event:5a720cc91f55f1ba98ec02f9d39a26216e5aaa74');
    expect(decisionIdFor(event)).toBe('da0c5ca7a1c75aa042afa63c');
  });

  it('hash non-ASCII text as UTF-8, whitespace-normalised', () => {
    const key = 'hg:dedup:text:ab4c57a90bbb3a20b909477afde9d8496cd15ba0';
    expect(keys.firstMessage('1001', 'こんにちは 世界')).toBe(key);
    expect(keys.firstMessage('1001', ' こんにちは\n\t世界 ')).toBe(key);
  });
});
