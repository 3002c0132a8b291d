/**
 * The engine's shortcuts must never change a result: each cheap precheck is
 * a necessary condition of the regular expression it guards, and every match
 * of a pattern starts with one of the prefixes the prefilter anchors it on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHaveLeet, mayHaveLetterRun, mayRepeat, normalise } from '../../../src/policy/normalize.js';
import {
  branchPrefixes,
  LiteralPrefilter,
  matchPrefixes,
  slotRequirements,
} from '../../../src/policy/prefilter.js';
import { hasQuotedLine, isSpace } from '../../../src/policy/customer-conduct.js';
import { startsAtWordBoundary, topLevelBranches, wordBoundaryAt } from '../../../src/policy/engine.js';

const LEET_INTERIOR = /(?<=[a-z])[0-9@$!|]{1,3}(?=[a-z])/;
const SINGLE_LETTER_RUN = /(?<![\p{L}\p{N}])\p{L}(?:[ \t.\-_·・*+]{1,2}\p{L}(?![\p{L}\p{N}])){2,}/u;
const REPEATS = /(\p{L})\1{2,}/u;

const chars = [
  'a',
  'b',
  'i',
  'A',
  '1',
  '0',
  ' ',
  ' ',
  '.',
  '-',
  '_',
  '·',
  '・',
  '*',
  '+',
  '\t',
  '\n',
  'ば',
  'か',
  '日',
  '😀',
  '𝒜',
  '$',
  '!',
  '|',
  '@',
  'é',
  '\u0301',
  ',',
];
const text = fc.array(fc.constantFrom(...chars), { maxLength: 14 }).map((a) => a.join(''));

describe('normalisation prechecks', () => {
  it('hold whenever the guarded pattern matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (LEET_INTERIOR.test(t)) expect(mayHaveLeet(t)).toBe(true);
        if (SINGLE_LETTER_RUN.test(t)) expect(mayHaveLetterRun(t)).toBe(true);
        if (REPEATS.test(t)) expect(mayRepeat(t)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('identity maps are materialised for the public normalise', () => {
    const n = normalise('Hello THERE');
    expect(n.text).toBe('hello there');
    expect([...n.start]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([...n.end]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const k = normalise('ﾊﾞｶ です');
    expect(k.text).toBe('ばか です');
    expect(k.start[0]).toBe(0);
    expect(k.end[0]).toBe(2);
  });
});

describe('match prefixes', () => {
  const patterns = [
    "\\b(?:i|we)(?:['’]?ll| will|['’]?m going to)\\s+(?:call|mail)",
    '(?:very )?stupid',
    '\\bare (?:you|u) (?:\\w+\\s+)?idiots?',
    'a+b',
    '(?:ab)*c',
    'x[ck]y',
    '(?<![a-z])kill(?:ed)?\\b',
    'ば(?:か|かやろう)|あほ',
    '来い|こい(?![ぁ-ゖ])',
  ];
  const letters = fc
    .array(
      fc.constantFrom(
        'a',
        'b',
        'c',
        'x',
        'k',
        'y',
        'i',
        'w',
        'e',
        'l',
        "'",
        ' ',
        'ば',
        'か',
        '来',
        'い',
        'こ',
      ),
      {
        maxLength: 24,
      },
    )
    .map((a) => a.join(''));

  it('every match starts with one of them', () => {
    for (const source of patterns) {
      const prefixes = matchPrefixes(source);
      expect(prefixes).not.toBeNull();
      const re = new RegExp(source, 'gu');
      const probe = (t: string): void => {
        for (const m of t.matchAll(re)) expect(prefixes!.some((p) => t.startsWith(p, m.index))).toBe(true);
      };
      probe(
        "i'll call we will mail very stupid are you dumb idiots aab abc xcy kill killed ばかやろう 来い こい",
      );
      fc.assert(
        fc.property(letters, (t) => probe(t)),
        { numRuns: 2_000 },
      );
    }
  });

  it('per branch: every match of a branch starts with one of its own', () => {
    for (const source of patterns) {
      const branches = branchPrefixes(source);
      const sources = topLevelBranches(source);
      expect(branches).not.toBeNull();
      expect(branches).toHaveLength(sources!.length);
      sources!.forEach((branch, k) => {
        const re = new RegExp(branch, 'gu');
        const probe = (t: string): void => {
          for (const m of t.matchAll(re))
            expect(branches![k]!.some((p) => t.startsWith(p, m.index))).toBe(true);
        };
        fc.assert(
          fc.property(letters, (t) => probe(t)),
          { numRuns: 500 },
        );
      });
    }
  });

  it('anchor starts cover every match start, with only the branches whose literals occur (exact text)', () => {
    const anchored = patterns.filter((p) => slotRequirements(p) !== null);
    const pf = new LiteralPrefilter(anchored, new Set(anchored.map((_, i) => i)));
    const out = new Int32Array(256);
    fc.assert(
      fc.property(letters, fc.integer({ min: 0, max: 6 }), (t, from) => {
        pf.candidates(t);
        anchored.forEach((source, i) => {
          if (!pf.isAnchored(i)) return;
          const starts = [true, false].map((exact) => {
            const n = pf.anchorStarts(i, from, out, exact);
            return [...out.subarray(0, Math.max(0, n))];
          });
          for (const m of t.matchAll(new RegExp(source, 'gu'))) {
            if (m.index < from) continue;
            expect(starts[0]).toContain(m.index);
            expect(starts[1]).toContain(m.index);
          }
          // Branch-aware starts are a subset of the pattern's.
          for (const s of starts[0]!) expect(starts[1]).toContain(s);
        });
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives an empty prefix (no anchor) when a branch may start anywhere', () => {
    expect(matchPrefixes('\\w+ idiot')).toEqual(['']);
    expect(matchPrefixes('(?:x|)y')).toEqual(expect.arrayContaining(['y', 'xy']));
  });
});

describe('isSpace', () => {
  it('is /\\s/ for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('hasQuotedLine', () => {
  it('is /(?:^|\\n)\\s*[>＞|]/', () => {
    const parts = fc.constantFrom('a', ' ', '\n', '\t', '>', '＞', '|', '\u3000', 'x', '\r');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), (a) => {
        const t = a.join('');
        expect(hasQuotedLine(t)).toBe(/(?:^|\n)\s*[>＞|]/.test(t));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('word-boundary precheck of sticky tries', () => {
  it("wordBoundaryAt is /\\b/ under the rules' flags (gu) at every offset (true inside a surrogate pair)", () => {
    const midPair = (t: string, at: number): boolean =>
      at > 0 && /[\ud800-\udbff]/.test(t[at - 1] ?? '') && /[\udc00-\udfff]/.test(t[at] ?? '');
    fc.assert(
      fc.property(text, (t) => {
        for (let at = 0; at <= t.length; at++) {
          const re = /\b/guy;
          re.lastIndex = at;
          expect(wordBoundaryAt(t, at)).toBe(midPair(t, at) || re.test(t));
        }
      }),
      { numRuns: 5_000 },
    );
    for (let c = 0; c < 0x10000; c++) {
      const t = `${String.fromCharCode(c)}a`;
      const re = /\b/guy;
      re.lastIndex = 1;
      expect(wordBoundaryAt(t, 1)).toBe(re.test(t));
    }
  });

  it('splits only top-level alternatives', () => {
    expect(topLevelBranches(String.raw`\ba|\b(?:b|c)|[|]d|\|e`)).toEqual([
      String.raw`\ba`,
      String.raw`\b(?:b|c)`,
      '[|]d',
      String.raw`\|e`,
    ]);
    expect(topLevelBranches('(a|b')).toBeNull();
  });

  it('applies only when every alternative starts with \\b and the flags are gu', () => {
    expect(startsAtWordBoundary(/\bidiot|\b(?:moron|fool)s?/gu)).toBe(true);
    expect(startsAtWordBoundary(/\bidiot|(?:\bmoron)/gu)).toBe(false);
    expect(startsAtWordBoundary(/\bidiot|[|]\bx/gu)).toBe(false);
    expect(startsAtWordBoundary(/\bidiot/giu)).toBe(false);
    expect(startsAtWordBoundary(/\Bidiot/gu)).toBe(false);
  });

  it('a sticky pattern that starts with \\b never matches where \\b fails', () => {
    const re = /\b(?:ab|b|a)/guy;
    fc.assert(
      fc.property(text, (t) => {
        for (let at = 0; at <= t.length; at++) {
          re.lastIndex = at;
          if (re.test(t)) expect(wordBoundaryAt(t, at)).toBe(true);
        }
      }),
      { numRuns: 5_000 },
    );
  });
});
