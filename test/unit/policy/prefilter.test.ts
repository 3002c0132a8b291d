import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEngine } from '../../../src/policy/index.js';
import { LiteralPrefilter, requiredLiterals } from '../../../src/policy/prefilter.js';

describe('requiredLiterals', () => {
  it('finds the literals every match must contain', () => {
    expect(requiredLiterals('\\bidiots?\\b')).toEqual(['idiot']);
    expect(requiredLiterals('\\b(?:kill|hurt) you\\b')?.sort()).toEqual([' you']);
    expect(requiredLiterals('ab|cd')?.sort()).toEqual(['ab', 'cd']);
    expect(requiredLiterals('(?:土下座|どげざ)しろ')).toEqual(['土下座', 'どげざ']);
    expect(requiredLiterals('殺(?:す|して)')).toEqual(['殺']);
  });

  it('gives up (always run) when a branch has no literal', () => {
    expect(requiredLiterals('\\w+|foo')).toBeNull();
    expect(requiredLiterals('\\w+ish|foo')).toEqual(['ish', 'foo']);
    expect(requiredLiterals('a?b?')).toBeNull();
    expect(requiredLiterals('(?:x|)yz')).toEqual(['yz']);
  });

  it('does not count optional or lookaround parts', () => {
    expect(requiredLiterals('(?<!not )stupid(?= people)?')).toEqual(['stupid']);
    expect(requiredLiterals('(?:very )?rude')).toEqual(['rude']);
  });
});

describe('LiteralPrefilter', () => {
  it('lets through exactly the patterns whose literals occur', () => {
    const pf = new LiteralPrefilter(['\\bidiot', 'ばか', '殺', '\\w+']);
    const c = pf.candidates('you are an idiot');
    expect([0, 1, 2, 3].filter((i) => c.stamps[i] === c.mark)).toEqual([0, 3]);
    const d = pf.candidates('殺すぞ');
    expect([0, 1, 2, 3].filter((i) => d.stamps[i] === d.mark)).toEqual([2, 3]);
  });
});

describe('prefilter never changes a decision', () => {
  const doc = {
    lang: 'en',
    masks: [{ id: 'm.kill', pattern: '\\bkill -9\\b' }],
    rules: [
      { id: 'r.1', category: 'insult', pattern: '\\b(?:idiot|moron)s?\\b' },
      { id: 'r.2', category: 'violence', pattern: '(?:kill|hurt)\\s+(?:you|him)' },
      { id: 'r.3', category: 'insult', pattern: 'ば(?:か|かやろう)|あほ' },
      { id: 'r.4', category: 'monetary', pattern: '\\bpay\\b[^.]{0,20}\\b(?:damages|\\d+)' },
      { id: 'r.5', category: 'intimidation', pattern: '(?:you|u)\\W+(?:will|ll) regret' },
      { id: 'r.6', category: 'kneel_demand', pattern: '土下座(?:しろ|して)?' },
    ],
  };
  const make = (prefilter: boolean) =>
    compileEngine({ version: 'v', engine: { rules: ['x'], prefilter }, ruleDocs: [{ path: 'x.yaml', doc }] });
  const on = make(true);
  const off = make(false);
  it('property: same decision with and without the prefilter', () => {
    const words = fc.constantFrom(
      'you',
      'u',
      'idiot',
      'morons',
      'kill',
      '-9',
      'hurt',
      'him',
      'pay',
      'damages',
      '42',
      'will',
      "'ll",
      'regret',
      'ばか',
      'バカ',
      'あほ',
      '土下座',
      'しろ',
      ' ',
      '.',
      '\n',
      'ﾊﾞｶ',
      'i.d.i.o.t',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 25 }), (parts) => {
        const text = parts.join(' ');
        expect(on.evaluate({ text })).toEqual(off.evaluate({ text }));
      }),
      { numRuns: 400 },
    );
  });
});
