import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../../src/config/policy-file.js';
import { compileEngine } from '../../../src/policy/index.js';
import {
  LiteralPrefilter,
  requiredLiterals,
  requirements,
  slotRequirements,
} from '../../../src/policy/prefilter.js';

describe('requiredLiterals', () => {
  it('finds the literals every match must contain', () => {
    expect(requiredLiterals('\\bidiots?\\b')).toEqual(['idiot']);
    // The rarer set wins: " you" is in nearly every message.
    expect(requiredLiterals('\\b(?:kill|hurt) you\\b')?.sort()).toEqual(['hurt', 'kill']);
    expect(requiredLiterals('abc|cde')?.sort()).toEqual(['abc', 'cde']);
    // Two ASCII letters are too common to filter on.
    expect(requiredLiterals('ab|cd')).toBeNull();
    expect(requiredLiterals('(?:土下座|どげざ)しろ')).toEqual(['土下座', 'どげざ']);
    expect(requiredLiterals('殺(?:す|して)')).toEqual(['殺']);
  });

  it('gives up (always run) when a branch has no literal', () => {
    expect(requiredLiterals('\\w+|foo')).toBeNull();
    expect(requiredLiterals('\\w+ish|foo')).toEqual(['ish', 'foo']);
    expect(requiredLiterals('a?b?')).toBeNull();
    expect(requiredLiterals('(?:x|)xyz')).toEqual(['xyz']);
  });

  it('does not count optional or lookaround parts', () => {
    expect(requiredLiterals('(?<!not )stupid(?= people)?')).toEqual(['stupid']);
    expect(requiredLiterals('(?:very )?rude')).toEqual(['rude']);
  });
});

describe('slot reach and start offsets', () => {
  it('reaches back over bounded prefixes only', () => {
    const slots = (source: string): { lits: string[]; reach: number }[][] | undefined =>
      slotRequirements(source)?.map((branch) => branch.map(({ lits, reach }) => ({ lits, reach })));
    expect(slots('\\bidiot')).toEqual([[{ lits: ['idiot'], reach: 0 }]]);
    expect(slots('[a-z]{0,6} idiot')).toEqual([[{ lits: [' idiot'], reach: 12 }]]);
    expect(slots('\\w+ idiot')).toEqual([[{ lits: [' idiot'], reach: Infinity }]]);
  });

  it('starts the search at the earliest possible match start', () => {
    const pf = new LiteralPrefilter(['\\bidiot', '[a-z]{0,3}moron', '\\w+ jerk']);
    const c = pf.candidates('hello there, you idiot moron jerk');
    expect(c.startAt[0]).toBe(17);
    expect(c.startAt[1]).toBe(23 - 6);
    expect(c.startAt[2]).toBe(0);
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

/**
 * Property: the engine of rule file `doc` decides the same with and without
 * the prefilter on texts of up to `maxLength` of `words`.
 */
function sameDecisions(doc: object, words: fc.Arbitrary<string>, maxLength: number, numRuns: number): void {
  const make = (prefilter: boolean) =>
    compileEngine({ version: 'v', engine: { rules: ['x'], prefilter }, ruleDocs: [{ path: 'x.yaml', doc }] });
  const on = make(true);
  const off = make(false);
  fc.assert(
    fc.property(fc.array(words, { maxLength }), (parts) => {
      const text = parts.join(' ');
      expect(on.evaluate({ text })).toEqual(off.evaluate({ text }));
    }),
    { numRuns },
  );
}

describe('LiteralPrefilter.mayMatchWithin', () => {
  it('counts only the literals that occur wholly within the span', () => {
    // Pattern 1 and 2 are looked up lazily (as unless and veto patterns are).
    const pf = new LiteralPrefilter(
      ['x', 'only a joke', '(?:kidding|joking) aside'],
      new Set(),
      new Set([1, 2]),
    );
    const text = 'You idiot. It was only a joke! Joking aside, refund me.';
    pf.candidates(text);
    const second = [text.indexOf('It'), text.indexOf('!') + 1];
    const third = [text.indexOf('Joking'), text.length];
    expect(pf.mayMatch(1)).toBe(true);
    expect(pf.mayMatchWithin(1, 0, text.indexOf('.') + 1)).toBe(false);
    expect(pf.mayMatchWithin(1, second[0]!, second[1]!)).toBe(true);
    // The literal cut by the span's end does not count.
    expect(pf.mayMatchWithin(1, second[0]!, second[1]! - 3)).toBe(false);
    expect(pf.mayMatchWithin(2, third[0]!, third[1]!)).toBe(false);
    expect(pf.mayMatchWithin(2, 0, text.length)).toBe(false);
    pf.candidates('joking aside, you idiot');
    expect(pf.mayMatchWithin(2, 0, 13)).toBe(true);
    expect(pf.mayMatchWithin(2, 1, 13)).toBe(false);
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
      // Prefixes of bounded and unbounded length before the required literal.
      { id: 'r.7', category: 'insult', pattern: '[a-z]{0,6} ?idiot' },
      { id: 'r.8', category: 'defamation', pattern: '\\w+ (?:will|ll) regret' },
      { id: 'r.9', category: 'sexual', pattern: '(you)\\W+\\1 moron' },
      { id: 'r.10', category: 'privacy', pattern: '(?:pay|hurt).{0,8}(?:him|damages)' },
    ],
  };
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
    sameDecisions(doc, words, 25, 400);
  });
});

describe('prefilter never changes a decision: unless and vetoes, by sentence', () => {
  // Their literals are looked up within the sentence (or neighbourhood) they are asked about; a mask
  // that changes the text makes the prefilter read it again.
  const doc = {
    lang: 'en',
    masks: [{ id: 'm.kill', pattern: '\\bkill -9\\b' }],
    vetoes: [
      { id: 'v.joke', categories: ['insult', 'violence'], pattern: '\\b(?:only|just) (?:a )?joke\\b' },
      { id: 'v.near', categories: ['violence'], scope: 'near', pattern: '\\bin the game\\b' },
      { id: 'v.msg', categories: ['insult'], scope: 'message', pattern: 'lol' },
    ],
    rules: [
      {
        id: 'r.1',
        category: 'insult',
        pattern: '\\b(?:idiot|moron)s?\\b',
        unless: ['\\bnot an? (?:idiot|moron)'],
      },
      { id: 'r.2', category: 'violence', pattern: '(?:kill|hurt)\\s+(?:you|him)', unless: ['\\bprocess\\b'] },
      { id: 'r.3', category: 'violence', scope: 'near', pattern: '\\bshoot\\b', unless: ['\\bphotos?\\b'] },
    ],
  };
  it('property: same decision with and without the prefilter', () => {
    const words = fc.constantFrom(
      'you',
      'idiot',
      'not an',
      'moron',
      'kill',
      'kill -9',
      'hurt',
      'him',
      'process',
      'shoot',
      'photo',
      'only a',
      'just',
      'joke',
      'in the game',
      'lol',
      '.',
      '!',
      '\n',
      '\n\n',
    );
    sameDecisions(doc, words, 30, 600);
  });
});

describe('requirements', () => {
  it('keeps up to three literal sets per top-level branch', () => {
    // Too many spellings for one stretch (3 × 2 × 3 × 3 > 32): it stops before the last group,
    // which is a slot of its own.
    const req = requirements('\\b(?:idiot|moron|jerk)s? (?:at|in|from) (?:support|sales|billing)');
    expect(req).toHaveLength(1);
    expect(req![0]!.length).toBeLessThanOrEqual(3);
    expect(req![0]![0]).toHaveLength(18);
    expect(req![0]![0]).toContain('jerks from');
    expect(req![0]!.map((slot) => [...slot].sort())).toContainEqual(['billing', 'sales', 'support']);
    expect(requirements('kill you|hurt him')).toEqual([[['kill you']], [['hurt him']]]);
    expect(requirements('kill you|\\w+')).toBeNull();
  });

  it('spells out stretches of literals, small classes and groups as one set', () => {
    // Every match contains one of these strings, which must be adjacent: far rarer than their words.
    // A spelling stops growing once it is 10 characters long (`idiots at `).
    expect(requirements('\\b(?:idiot|moron)s? (?:at|in) (?:support|sales)')).toEqual([
      [
        [
          'idiot at support',
          'idiot at sales',
          'idiot in support',
          'idiot in sales',
          'idiots at ',
          'idiots in ',
          'moron at support',
          'moron at sales',
          'moron in support',
          'moron in sales',
          'morons at ',
          'morons in ',
        ],
      ],
    ]);
    // Inside a group too: `gw` alone is too short to count, `gw中` is not.
    expect(requirements('(?:夜間|gw(?:中|の|期間))')).toEqual([[['夜間', 'gw中', 'gwの', 'gw期間']]]);
    // A small class is spelled; a repetition (\\s+) ends the stretch after one character.
    expect(requirements('\\bk[i1!]ll\\s+(?:your\\s*self|ur\\s*self)\\b')).toEqual([
      [['kill ', 'k1ll ', 'k!ll '], ['self']],
    ]);
    expect(requirements("\\bdon['’]?t\\s+you\\s+dare\\b")![0]![0]).toEqual(['dont ', "don't ", 'don’t ']);
    const pf = new LiteralPrefilter(['\\bk[i1!]ll\\s+(?:your\\s*self|ur\\s*self)\\b']);
    const hit = pf.candidates('k1ll urself');
    expect(hit.stamps[0]).toBe(hit.mark);
    // "kill" and "self", but no "kill ": the rule does not run.
    const miss = pf.candidates('skills for yourself');
    expect(miss.stamps[0]).not.toBe(miss.mark);
  });

  it('a rule runs only when every set of some branch is present', () => {
    const pf = new LiteralPrefilter(['\\b(?:idiot|moron)s? (?:at|in) (?:support|sales)']);
    const a = pf.candidates('the idiots in support');
    expect(a.stamps[0]).toBe(a.mark);
    const b = pf.candidates('the idiots are everywhere');
    expect(b.stamps[0]).not.toBe(b.mark);
  });
});

describe('prefilter with the production rule files', () => {
  // The real lexicons, whatever they hold today: the prefilter must not change any decision.
  const policy = loadPolicyFile(resolve(import.meta.dirname, '../../../config/policy.yaml'));
  const on = compileEngine(policy);
  const off = compileEngine({ ...policy, engine: { ...policy.engine, prefilter: false } });
  it('property: same decision with and without the prefilter', () => {
    const words = fc.constantFrom(
      'you',
      'your',
      'people',
      'are',
      'idiots',
      'useless',
      'I',
      "I'll",
      'will',
      'call',
      'every',
      'hour',
      'until',
      'come',
      'to',
      'office',
      'and',
      'break',
      'face',
      'post',
      'online',
      'name',
      'refund',
      'pay',
      'compensation',
      'free',
      'upgrade',
      'engineer',
      'tonight',
      'kill',
      '-9',
      'process',
      'お前',
      'ら',
      'バカ',
      '土下座',
      'しろ',
      '電話',
      'し続け',
      'ます',
      '訴える',
      'ネット',
      'に',
      '晒す',
      '返金',
      '慰謝料',
      '払え',
      '今日中',
      '来い',
      '。',
      '.',
      '!',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        expect(on.evaluate({ text })).toEqual(off.evaluate({ text }));
      }),
      { numRuns: 200 },
    );
  });
});
