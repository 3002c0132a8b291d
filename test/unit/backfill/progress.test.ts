import { describe, expect, it } from 'vitest';
import { progressWriter, renderBar } from '../../../src/backfill/progress.js';

describe('progress', () => {
  it('draws a bounded bar', () => {
    expect(renderBar(0, 10)).toBe('[----------]   0%');
    expect(renderBar(0.5, 10)).toBe('[#####-----]  50%');
    expect(renderBar(7, 10)).toBe('[##########] 100%');
    expect(renderBar(Number.NaN, 4)).toBe('[----]   0%');
  });

  it('redraws in place on a TTY and ends the line once', () => {
    let text = '';
    const p = progressWriter({ write: (t: string) => (text += t), isTTY: true, columns: 80 }, 'backfill');
    p.update(0.25, 'page 1');
    p.update(0.5, 'page 2');
    p.done();
    p.done();
    expect(text.split('\r')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.match(/\n/g)).toHaveLength(1);
    expect(text).toContain('page 2');
  });

  it('writes plain lines when not a TTY', () => {
    let text = '';
    const p = progressWriter({ write: (t: string) => (text += t) }, 'backfill');
    p.update(0.333, 'page 1');
    p.done();
    expect(text).toBe('backfill 33% page 1\n');
  });
});
