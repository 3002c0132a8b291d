import { describe, expect, it } from 'vitest';
import {
  explain,
  InputLineError,
  parseInputLine,
  toEvaluationInput,
  toOutputLine,
} from '../../../src/cli/commands/classify.js';
import { resolvePolicyPath, DEFAULT_POLICY_FILE } from '../../../src/cli/policy-path.js';
import type { Decision } from '../../../src/policy/index.js';

const decision: Decision = {
  verdict: 'harassment',
  means: ['insult'],
  demands: ['monetary'],
  evidence: [
    { category: 'insult', quote: 'jerk', start: 4, end: 8, message: 1, rule: 'en.insult.x' },
    { category: 'monetary', quote: 'pay me', start: 0, end: 6, message: 0, rule: 'en.monetary.x' },
  ],
  severity: 'medium',
  clauses: { insult: '1(2)(b) insult', monetary: '1(1)(c) monetary' },
  lang: 'en',
  policyVersion: 'v1',
};

describe('parseInputLine', () => {
  it('accepts text and thread lines and ignores extra fields', () => {
    expect(parseInputLine('{"id":"a","text":"hi","verdict":"none","note":"x"}', 1)).toMatchObject({
      id: 'a',
      text: 'hi',
    });
    expect(
      parseInputLine('{"id":7,"thread":[{"at":"2025-01-01T00:00:00Z","text":"x"}]}', 2).thread,
    ).toHaveLength(1);
  });

  it('names the line number on invalid JSON, a missing id, or neither text nor thread', () => {
    expect(() => parseInputLine('{nope', 3)).toThrow(/^line 3: invalid JSON/);
    expect(() => parseInputLine('{"text":"x"}', 4)).toThrow(/^line 4: missing "id"/);
    expect(() => parseInputLine('{"id":"a"}', 5)).toThrow(/^line 5: needs "text" or "thread"/);
    expect(() => parseInputLine('[1]', 6)).toThrow(InputLineError);
    expect(() => parseInputLine('{"id":"a","text":5}', 7)).toThrow(/^line 7: "text"/);
  });

  it('does not quote the bad line in the error (it may hold customer text)', () => {
    for (const line of [
      'you idiot',
      'kill you now, I mean it',
      '{"id":1,"text":"you idiot" x}',
      '{"id":1,',
    ]) {
      const err = (() => {
        try {
          parseInputLine(line, 2);
        } catch (e) {
          return e as Error;
        }
        throw new Error('no error');
      })();
      expect(err).toBeInstanceOf(InputLineError);
      expect(err.message).toMatch(/^line 2: invalid JSON \(.+\)$/);
      expect(err.message).not.toMatch(/idiot|kill|you/);
    }
  });
});

describe('toEvaluationInput', () => {
  it('passes lang en/ja and the channel, drops an unknown lang', () => {
    expect(
      toEvaluationInput(parseInputLine('{"id":"a","text":"x","lang":"ja","channel":"chat"}', 1)),
    ).toEqual({
      text: 'x',
      lang: 'ja',
      context: { channel: 'chat' },
    });
    expect(toEvaluationInput(parseInputLine('{"id":"a","text":"x","lang":"fr"}', 1)).lang).toBeUndefined();
  });
});

describe('output', () => {
  it('writes exactly the contract keys, plus message for threads', () => {
    const single = toOutputLine('a', decision, false);
    expect(Object.keys(single)).toEqual(['id', 'verdict', 'means', 'demands', 'evidence']);
    expect(Object.keys((single.evidence as object[])[0]!)).toEqual(['category', 'quote', 'start', 'end']);
    const thread = toOutputLine('a', decision, true);
    expect(Object.keys((thread.evidence as object[])[0]!)).toEqual([
      'category',
      'quote',
      'start',
      'end',
      'message',
    ]);
  });

  it('explains a decision with clauses and quoted evidence', () => {
    const text = explain(decision);
    expect(text).toContain('verdict: harassment');
    expect(text).toContain('1(2)(b) insult');
    expect(text).toContain('"jerk"  [message 1, 4..8]');
  });
});

describe('resolvePolicyPath', () => {
  it('prefers --policy, then POLICY_FILE, then the package default', () => {
    expect(resolvePolicyPath('/tmp/a.yaml', { POLICY_FILE: '/tmp/b.yaml' })).toBe('/tmp/a.yaml');
    expect(resolvePolicyPath(undefined, { POLICY_FILE: '/tmp/b.yaml' })).toBe('/tmp/b.yaml');
    expect(resolvePolicyPath(undefined, {})).toBe(DEFAULT_POLICY_FILE);
    expect(DEFAULT_POLICY_FILE).toMatch(/config\/policy\.yaml$/);
  });
});
