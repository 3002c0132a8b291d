import { describe, expect, it } from 'vitest';
import { setImmediate as tick } from 'node:timers/promises';
import { collectStartupGarbage } from '../../../src/cli/v8-settings.js';

describe('collectStartupGarbage', () => {
  it('runs a full collection: an object nothing references is gone afterwards', async () => {
    let garbage: { data: number[] } | null = { data: Array.from({ length: 100_000 }, (_, i) => i) };
    const ref = new WeakRef(garbage);
    garbage = null;
    // A WeakRef keeps its target for the rest of the job that created or read it.
    await tick();
    collectStartupGarbage();
    await tick();
    expect(ref.deref()).toBeUndefined();
  });

  it('leaves gc unexposed in the calling context', () => {
    collectStartupGarbage();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
