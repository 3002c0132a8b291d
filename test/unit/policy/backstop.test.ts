import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/errors.js';
import { loadPolicyFile } from '../../../src/config/policy-file.js';
import {
  BACKSTOP_FORMAT,
  FeatureExtractor,
  MAX_WEIGHT,
  bestSentence,
  bestSentenceScore,
  bestWindowSum,
  scoreSentences,
  totalsSentences,
  compileBackstop,
  customerChars,
  extractInput,
  hasCustomerChars,
  parseBackstopModel,
  sentencesOf,
  snapWeight,
  WEIGHT_STEP,
} from '../../../src/policy/backstop.js';
import type { BackstopModel, FeatureSpec } from '../../../src/policy/backstop.js';
import { compileEngine, DEMAND_CATEGORIES, MEANS_CATEGORIES, normalise } from '../../../src/policy/index.js';
import { parseEngineSection } from '../../../src/policy/engine-config.js';
import type { Category, EvaluationInput } from '../../../src/policy/index.js';

const root = resolve(import.meta.dirname, '../../..');
const spec: FeatureSpec = { bits: 16, char: [1, 4], word: [1, 2], scale: 'none' };

function features(text: string, s: FeatureSpec = spec): number[] {
  const ex = new FeatureExtractor(s);
  ex.reset();
  ex.addText(text);
  return [...ex.buckets.subarray(0, ex.count)];
}

describe('backstop features', () => {
  it('hashes character 1-4-grams of Japanese text (padded with a space), no word n-grams', () => {
    // " ばか " → 4 codes: 4 + 3 + 2 + 1 character n-grams.
    expect(features('ばか')).toHaveLength(10);
    expect(features('ばか', { ...spec, char: [2, 3] })).toHaveLength(5);
  });

  it('adds word unigrams and bigrams for English', () => {
    const chars = features('you idiot', { ...spec, word: [0, 0] });
    const all = features('you idiot');
    // Two unigrams and one bigram on top of the character n-grams.
    expect(all.length - chars.length).toBe(3);
    expect(all.slice(0, chars.length)).toEqual(chars);
  });

  it('is deterministic and folds digits, spaces and masked characters', () => {
    expect(features('refund 500 yen now')).toEqual(features('refund 123 yen now'));
    expect(features('a  \t b')).toEqual(features('a b'));
    expect(features('a\u0001\u0001\u0001b')).toEqual(features('a b'));
    expect(features('refund now')).not.toEqual(features('refund new'));
  });

  it('sees obfuscated text as the rules do (after normalisation)', () => {
    const plain = features(normalise('you fucking idiot').text);
    expect(features(normalise('you f*cking id10t').text)).toEqual(plain);
    expect(features(normalise('ＹＯＵ ＦＵＣＫＩＮＧ ＩＤＩＯＴ').text)).toEqual(plain);
    expect(features(normalise('バカ').text)).toEqual(features(normalise('ばか').text));
  });

  it('adds context features and tells where each message starts', () => {
    const ex = new FeatureExtractor(spec);
    const firsts = extractInput(ex, ['ab', 'cd'], { channel: 'chat', noDefectFound: true });
    // " ab " → 10 character n-grams and one word.
    expect(firsts).toEqual([0, 11]);
    expect(ex.count).toBe(24);
    expect([...ex.offsets.subarray(22, 24)]).toEqual([-1, -1]);
  });
});

/** A model with weight 1 on every feature (character 3-4-grams, words) of `phrase` for `category`. */
function phraseModel(category: Category, phrase: string, threshold: number): BackstopModel {
  const s: FeatureSpec = { ...spec, char: [3, 4] };
  const buckets = [...new Set(features(normalise(phrase).text, s))].sort((a, b) => a - b);
  return {
    format: BACKSTOP_FORMAT,
    version: 'test',
    features: s,
    categories: [{ category, bias: 0, threshold, buckets, weights: buckets.map(() => 1) }],
  };
}

const repoPolicy = loadPolicyFile(resolve(root, 'config/policy.yaml'));

/**
 * A model of one category: +1 for each bucket of `phrase`, -1 for each other
 * bucket of `filler` (so a long message of filler dilutes the phrase).
 */
function dilutedModel(category: Category, phrase: string, filler: string, threshold: number): BackstopModel {
  const model = phraseModel(category, phrase, threshold);
  const c = model.categories[0]!;
  const own = new Set(c.buckets);
  const calm = [...new Set(features(normalise(filler).text, model.features))].filter((b) => !own.has(b));
  const rows = [...c.buckets.map((b) => [b, 1]), ...calm.map((b) => [b, -1])].sort((x, y) => x[0]! - y[0]!);
  return {
    ...model,
    categories: [{ ...c, buckets: rows.map((r) => r[0]!), weights: rows.map((r) => r[1]!) }],
  };
}

/**
 * No rule file at all, for the tests of the backstop's own arithmetic on made-up words (zorblax): none of
 * the shipped rules reads them, and compiling the shipped rules (several seconds each time) made this file
 * the slowest of the suite.
 */
const NO_RULES = [{ path: 'none.yaml', doc: { lang: 'en' } }];

function engineWith(
  model: unknown,
  pairMargin?: number,
  settings?: {
    window_sentences?: number | null;
    window_margin?: number;
    unless_margin?: number | null;
    thresholds?: { model_version: string; offsets: Record<string, number> };
  },
  rules: 'shipped' | 'none' = 'shipped',
) {
  const backstop = {
    model: 'test.json',
    enabled: true,
    ...(pairMargin === undefined ? {} : { pair_margin: pairMargin }),
    ...settings,
  };
  return compileEngine({
    ...repoPolicy,
    engine: { ...repoPolicy.engine, backstop },
    backstop: { path: '/x/test.json', doc: model },
    ...(rules === 'none' ? { ruleDocs: NO_RULES } : {}),
  });
}

describe('backstop scoring', () => {
  it('equals the bias plus the weights of every feature occurrence (packed tables)', () => {
    const ex = new FeatureExtractor(spec);
    const pool = [...new Set(features('you useless clowns, refund me now! 返金しろ'))].sort((a, b) => a - b);
    const mk = (k: number) => {
      const buckets = pool.filter((_, i) => i % (k + 2) !== 0);
      return {
        buckets,
        weights: buckets.map((b, i) => Number((((b % 97) - 48 + k * i) * 0.0007).toFixed(4))),
      };
    };
    const model: BackstopModel = {
      format: BACKSTOP_FORMAT,
      version: 't',
      features: spec,
      categories: [
        { category: 'insult', bias: -0.5, threshold: 0, ...mk(0) },
        { category: 'monetary', bias: 0.25, threshold: 0, ...mk(1) },
      ],
    };
    expect('model' in parseBackstopModel(model)).toBe(true);
    const b = compileBackstop(model);
    const out = new Float64Array(2);
    for (const text of ['you useless clowns', 'refund me now, clowns!', '返金しろ', 'nothing here']) {
      extractInput(b.extractor, [text], {});
      b.score(out);
      extractInput(ex, [text], {});
      model.categories.forEach((c, k) => {
        const w = new Map(c.buckets.map((x, i) => [x, c.weights[i]!]));
        let want = c.bias;
        for (let j = 0; j < ex.count; j++) want += w.get(ex.buckets[j]!) ?? 0;
        expect(out[k]).toBeCloseTo(want, 9);
      });
    }
  });
});

describe('backstop scoreTexts (one pass, no features kept)', () => {
  const texts = [
    'you useless clowns, refund me now! 返金しろ',
    'Refund 500 yen NOW,  you idiot.\n\tthe  box was\u0001\u0001 broken',
    'a',
    '',
    '   ',
    "don't-you dare; i'll 0 come 1 back",
    'ばか。 バカ！ 死ね',
  ];
  const specs: FeatureSpec[] = [
    spec,
    { bits: 16, char: [2, 4], word: [1, 2], scale: 'none' },
    { bits: 12, char: [3, 3], word: [0, 0], scale: 'sqrt' },
    { bits: 14, char: [1, 2], word: [2, 2], scale: 'sqrt' },
    { bits: 10, char: [2, 5], word: [1, 1], scale: 'none' },
  ];
  const contexts = [{}, { channel: 'chat', noDefectFound: true }, { channel: 'email', noDefectFound: false }];

  it('hasCustomerChars agrees with customerChars', () => {
    for (const input of [...texts.map((t) => [t]), texts, ['', ' a\u0001b '], []])
      for (const min of [0, 1, 2, 3, 8, 40, 1000])
        expect(hasCustomerChars(input, min)).toBe(customerChars(input) >= min);
  });

  it('gives exactly what extractInput then score give', () => {
    let reuses = 0;
    for (const s of specs) {
      const pool = [...new Set(texts.flatMap((t) => features(t, s)))].sort((a, b) => a - b);
      const ex = new FeatureExtractor(s);
      for (const c of contexts) {
        extractInput(ex, ['x'], c);
        pool.push(...ex.buckets.subarray(1, ex.count).filter((b) => !pool.includes(b)));
      }
      pool.sort((a, b) => a - b);
      const mk = (k: number) => {
        const buckets = pool.filter((_, i) => i % (k + 2) !== 1);
        return { buckets, weights: buckets.map((b, i) => ((b % 89) - 40 + k * (i % 7)) / 1e4) };
      };
      const model: BackstopModel = {
        format: BACKSTOP_FORMAT,
        version: 't',
        features: s,
        categories: [
          { category: 'insult', bias: -0.5, threshold: 0, ...mk(0) },
          { category: 'monetary', bias: 0.25, threshold: 0, ...mk(1) },
          { category: 'violence', bias: -1.75, threshold: 0, ...mk(2) },
        ],
      };
      // The kernel (WebAssembly) and the JavaScript path alike.
      for (const b of [compileBackstop(model), compileBackstop(model, { kernel: false })])
        for (const c of contexts) {
          const want = new Float64Array(3);
          const got = new Float64Array(3);
          for (const input of [...texts.map((t) => [t]), texts, ['', 'a b'], []]) {
            extractInput(b.extractor, input, c);
            b.score(want);
            const count = b.extractor.count;
            b.scoreTexts(input, c, got);
            expect([...got]).toEqual([...want]);
            // Not asked for sentences: none to reuse.
            expect(totalsSentences(b)).toBeNull();
            // The extractor keeps what it held.
            expect(b.extractor.count).toBe(count);
            // By sentence: the same scores, and the sentences and sums scoreSentences finds.
            const bySentence = new Float64Array(3);
            b.scoreTexts(input, c, bySentence, true);
            expect([...bySentence]).toEqual([...want]);
            const reused = totalsSentences(b);
            const { spans, sums } = scoreSentences(b, input, extractInput(b.extractor, input, c));
            // The engine's firing stage takes these instead of extracting the features again; a text
            // that folds to nothing leaves them incomplete (null), and the engine extracts as before.
            if (input.includes('')) expect(reused).toBeNull();
            if (reused) {
              expect(reused).toEqual({ spans, sums });
              reuses++;
            }
            const totals = b.sentenceTotals;
            expect(totals.count).toBe(spans.length);
            expect([...totals.messages.subarray(0, totals.count)]).toEqual(spans.map((sp) => sp.message));
            expect([...totals.sums.subarray(0, 3 * totals.count)]).toEqual([...sums]);
          }
        }
    }
    expect(reuses).toBeGreaterThan(0);
  });
});

describe('backstop table (every category, weights at the limits)', () => {
  const all: Category[] = [...MEANS_CATEGORIES, ...DEMAND_CATEGORIES];
  const texts = [
    'you useless clowns, refund me now! 返金しろ. Next sentence here',
    "Refund 500 yen NOW,  you idiot.\n\tthe  box was broken. don't-you dare; i'll 0 come 1 back",
    'ばか。 バカ！ 死ね',
  ];
  // bits 10: one block of the row index, smaller than a block; bits 13: two blocks.
  // Raw weights (about 2,000 distinct values) get the sparse table; snapped ones the dense table.
  it.each([
    [10, 'sparse'],
    [13, 'sparse'],
    [10, 'dense'],
    [13, 'dense'],
  ] as const)(
    'scores, sums sentences and tells contributions as the weights say (bits %i, %s table)',
    (bits, layout) => {
      const s: FeatureSpec = { bits, char: [1, 4], word: [1, 2], scale: 'none' };
      const size = 2 ** bits;
      const raw = (b: number, k: number): number => {
        if ((b * 7 + k) % 3 === 0 && bits > 10) return 0;
        const r = (b * 31 + k * 17) % 11;
        return r === 0
          ? MAX_WEIGHT
          : r === 1
            ? -MAX_WEIGHT
            : Number((((b % 201) - 100) * 0.0123 + k * 1e-4).toFixed(4));
      };
      const weightOf = (b: number, k: number): number =>
        layout === 'dense' ? snapWeight(raw(b, k)) : raw(b, k);
      const model: BackstopModel = {
        format: BACKSTOP_FORMAT,
        version: 't',
        features: s,
        categories: all.map((category, k) => {
          const buckets = Array.from({ length: size }, (_, b) => b).filter((b) => weightOf(b, k) !== 0);
          return {
            category,
            bias: k / 8 - 1,
            threshold: 0,
            buckets,
            weights: buckets.map((b) => weightOf(b, k)),
          };
        }),
      };
      // The JavaScript tables (the kernel has its own test, backstop-kernel.test.ts).
      const b = compileBackstop(model, { kernel: false });
      expect(b.layout).toBe(layout);
      const K = all.length;
      const got = new Float64Array(K);
      const ex = new FeatureExtractor(s);
      const ctx = { channel: 'chat', noDefectFound: true };
      b.scoreTexts(texts, ctx, got);
      const firsts = extractInput(ex, texts, ctx);
      for (let k = 0; k < K; k++) {
        let want = model.categories[k]!.bias;
        for (let j = 0; j < ex.count; j++) want += weightOf(ex.buckets[j]!, k);
        expect(got[k]).toBeCloseTo(want, 6);
      }
      extractInput(b.extractor, texts, ctx);
      for (let j = 0; j < ex.count; j++)
        for (let k = 0; k < K; k++) expect(b.contribution(j, k)).toBeCloseTo(weightOf(ex.buckets[j]!, k), 12);
      const { of, spans } = sentencesOf(ex, texts, firsts);
      expect(spans.length).toBeGreaterThan(3);
      const sums = new Float64Array(spans.length * K);
      b.sentenceSums(of, sums);
      const want = new Float64Array(spans.length * K);
      for (let j = 0; j < ex.count; j++)
        if (of[j]! >= 0) for (let k = 0; k < K; k++) want[of[j]! * K + k]! += weightOf(ex.buckets[j]!, k);
      for (let i = 0; i < want.length; i++) expect(sums[i]).toBeCloseTo(want[i]!, 6);
    },
  );
});

describe('snapWeight (the levels that give a model the dense table)', () => {
  const samples = Array.from({ length: 4001 }, (_, i) => (i - 2000) * 0.0009);
  const snapped = samples.map(snapWeight);

  it('gives multiples of WEIGHT_STEP, at most 255 values, symmetric, monotone and idempotent', () => {
    for (const w of [...snapped, snapWeight(MAX_WEIGHT), snapWeight(-MAX_WEIGHT)]) {
      expect(Math.abs(w / WEIGHT_STEP - Math.round(w / WEIGHT_STEP))).toBeLessThan(1e-9);
      expect(snapWeight(w)).toBe(w);
      expect(snapWeight(-w)).toBe(0 - w);
    }
    const levels = new Set([...Array.from({ length: 70001 }, (_, i) => snapWeight((i - 35000) * 1e-4))]);
    expect(levels.size).toBeLessThanOrEqual(255);
    for (let i = 1; i < snapped.length; i++) expect(snapped[i]!).toBeGreaterThanOrEqual(snapped[i - 1]!);
  });

  it('moves a small weight by at most 0.001 and a large one by at most 5%', () => {
    samples.forEach((w, i) => {
      const err = Math.abs(snapped[i]! - w);
      if (Math.abs(w) <= 0.19) expect(err).toBeLessThanOrEqual(0.001 + 1e-9);
      else expect(err).toBeLessThanOrEqual(0.05 * Math.abs(w));
    });
  });

  it('keeps zero at zero and clamps to MAX_WEIGHT', () => {
    expect(snapWeight(0)).toBe(0);
    expect(snapWeight(0.0004)).toBe(0);
    expect(snapWeight(MAX_WEIGHT * 3)).toBe(MAX_WEIGHT);
    expect(snapWeight(-MAX_WEIGHT * 3)).toBe(-MAX_WEIGHT);
  });
});

describe('backstop model validation', () => {
  const good = phraseModel('insult', 'zorblax', 5);

  it('accepts a good model and rejects bad ones with the path of the problem', () => {
    expect('model' in parseBackstopModel(good)).toBe(true);
    expect(parseBackstopModel({ ...good, format: 'x' })).toEqual({
      error: expect.stringMatching(/^format: /),
    });
    expect(parseBackstopModel({ ...good, features: { ...spec, bits: 40 } })).toEqual({
      error: expect.stringMatching(/^features\.bits: /),
    });
    const c = good.categories[0]!;
    expect(parseBackstopModel({ ...good, categories: [{ ...c, category: 'rudeness' }] })).toEqual({
      error: expect.stringMatching(/^categories\.0\.category: /),
    });
    expect(parseBackstopModel({ ...good, categories: [{ ...c, weights: [1] }] })).toEqual({
      error: 'categories.0: buckets and weights differ in length',
    });
    expect(parseBackstopModel({ ...good, categories: [{ ...c, buckets: [70000], weights: [1] }] })).toEqual({
      error: 'categories.0.buckets: 70000 out of range for bits 16',
    });
    expect(parseBackstopModel({ ...good, categories: [{ ...c, buckets: [1], weights: [0.00015] }] })).toEqual(
      {
        error: expect.stringMatching(/^categories\.0\.weights: 0\.00015 is not a multiple of 0\.0001/),
      },
    );
    expect(parseBackstopModel({ ...good, categories: [c, c] })).toEqual({
      error: 'categories.1.category: insult listed twice',
    });
    expect(parseBackstopModel({ ...good, categories: [{ ...c, buckets: [5, 5], weights: [1, 1] }] })).toEqual(
      {
        error: 'categories.0.buckets: 5 after 5 (not increasing)',
      },
    );
    expect(
      parseBackstopModel({ ...good, categories: [{ ...c, buckets: [1, 2.5], weights: [1, 1] }] }),
    ).toEqual({
      error: 'categories.0.buckets.1: expected a non-negative integer',
    });
    expect(parseBackstopModel({ ...good, categories: [{ ...c, buckets: [1], weights: ['1'] }] })).toEqual({
      error: 'categories.0.weights.0: expected a number',
    });
    expect(parseBackstopModel({ ...good, categories: [{ ...c, buckets: 'no' }] })).toEqual({
      error: 'categories.0.buckets: expected an array',
    });
    // Weights are held in 16 bits at run time.
    expect(
      'model' in
        parseBackstopModel({
          ...good,
          categories: [{ ...c, buckets: [1, 2], weights: [MAX_WEIGHT, -MAX_WEIGHT] }],
        }),
    ).toBe(true);
    expect(parseBackstopModel({ ...good, categories: [{ ...c, buckets: [1], weights: [-3.2768] }] })).toEqual(
      {
        error: 'categories.0.weights: -3.2768 is not a multiple of 0.0001 at most 3.2767 in size',
      },
    );
    expect(() =>
      compileBackstop({ ...good, categories: [{ ...c, buckets: [2, 1], weights: [1, 1] }] }),
    ).toThrow('invalid backstop model: categories.0.buckets: 1 after 2 (not increasing)');
  });

  it('compileEngine names the model file on a bad model', () => {
    expect(() => engineWith({ ...good, categories: 'no' }, undefined, undefined, 'none')).toThrow(
      ConfigError,
    );
    expect(() => engineWith({ ...good, categories: 'no' }, undefined, undefined, 'none')).toThrow(
      /^backstop model \/x\/test\.json: categories: /,
    );
  });

  it('loadPolicyFile names a missing or unparsable model file, and skips a disabled one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstop-'));
    const policy = readFileSync(resolve(root, 'config/policy.yaml'), 'utf8')
      .replace(/^ {4}- rules\//gm, `    - ${root}/config/rules/`)
      .replace(/^ {2}backstop:\n(?: {4}.*\n)+/m, '');
    const write = (backstop: string): string => {
      const p = join(dir, 'policy.yaml');
      writeFileSync(p, policy.replace(/^engine:\n/m, `engine:\n  backstop:\n${backstop}`));
      return p;
    };
    const missing = write('    model: nope.json\n');
    expect(() => loadPolicyFile(missing)).toThrow(ConfigError);
    expect(() => loadPolicyFile(missing)).toThrow(
      `backstop model ${join(dir, 'nope.json')} cannot be read: ENOENT`,
    );
    writeFileSync(join(dir, 'bad.json'), '{"format": ');
    expect(() => loadPolicyFile(write('    model: bad.json\n'))).toThrow(
      new RegExp(`^backstop model ${join(dir, 'bad.json').replace(/[.\\/]/g, '\\$&')} is not valid JSON: `),
    );
    expect(loadPolicyFile(write('    model: nope.json\n    enabled: false\n')).backstop).toBeNull();
  });
});

describe('backstop in the engine', () => {
  const engine = engineWith(phraseModel('insult', 'you zorblaxes', 20));

  it('adds a category the rules did not find, with the sentence as evidence at original offsets', () => {
    const text =
      'Hello.\n> ＹＯＵ ＺＯＲＢＬＡＸＥＳ (quoted, not the customer)\nThe order is late.  ＹＯＵ ＺＯＲＢＬＡＸＥＳ!! Thanks';
    const d = engine.evaluate({ text, lang: 'en' });
    expect(d.verdict).toBe('harassment');
    expect(d.means).toEqual(['insult']);
    const [e] = d.evidence;
    expect(e).toMatchObject({ category: 'insult', rule: 'backstop.insult', message: 0 });
    expect(e!.quote).toBe(text.slice(e!.start, e!.end));
    expect(e!.quote).toBe('ＹＯＵ ＺＯＲＢＬＡＸＥＳ!!');
    expect(d.clauses.insult).toMatch(/insult/);
  });

  it('does not fire below the threshold, nor add what the rules found', () => {
    expect(engine.evaluate({ text: 'The order is late, zorblax.', lang: 'en' }).verdict).toBe('none');
    const d = engine.evaluate({ text: 'You zorblaxes, you idiots.', lang: 'en' });
    expect(d.means).toEqual(['insult']);
    expect(d.evidence.every((e) => !e.rule.startsWith('backstop.'))).toBe(true);
  });

  it('does not overrule a rule of the category whose own unless cleared the sentence, unless it scores unless_margin above', () => {
    // en.b.monetary.refund_period reads this refund and its unless clears it (charged after closing).
    const cleared = 'We were charged after we closed the account; kindly refund the last three months.';
    const phrase = 'kindly refund the last three months';
    // Its score: one per bucket of the phrase (each weight is 1, the bias 0).
    const scores = new Float64Array(1);
    compileBackstop(phraseModel('monetary', phrase, 0)).scoreTexts([normalise(cleared).text], {}, scores);
    const score = scores[0]!;
    expect(score).toBeGreaterThan(10);
    const money = (threshold: number, unlessMargin?: number | null) =>
      engineWith(
        phraseModel('monetary', phrase, threshold),
        undefined,
        unlessMargin === undefined ? {} : { unless_margin: unlessMargin },
      ).evaluate({ text: cleared, lang: 'en' });
    // Within the default margin (2) of the threshold: only the rule's unless holds it back.
    expect(money(score - 1).demands).toEqual([]);
    expect(money(score - 1, 0.5).demands).toEqual(['monetary']);
    // Far above it, the backstop overrules the unless; with unless_margin null it never does.
    const far = money(score - 3);
    expect(far.demands).toEqual(['monetary']);
    expect(far.evidence.map((e) => e.rule)).toEqual(['backstop.monetary']);
    expect(money(score - 3, null).demands).toEqual([]);
  });

  it('points into the right message of a thread', () => {
    const thread = [
      { at: '2026-01-01T00:00:00Z', text: 'Where is my parcel?' },
      { at: '2026-01-01T01:00:00Z', text: 'Still nothing. You zorblaxes.' },
    ];
    const d = engine.evaluate({ thread, lang: 'en' });
    const e = d.evidence.find((x) => x.rule === 'backstop.insult')!;
    expect(e.message).toBe(1);
    expect(e.quote).toBe(thread[1]!.text.slice(e.start, e.end));
    expect(e.quote).toBe('You zorblaxes.');
  });

  it('narrows a long sentence to a window around what scored', () => {
    const filler = 'we have been waiting for the delivery of the replacement parts for a while now and ';
    const text = `${filler.repeat(3)}honestly you zorblaxes ${filler.repeat(2)}`;
    const d = engine.evaluate({ text, lang: 'en' });
    const e = d.evidence[0]!;
    expect(e.rule).toBe('backstop.insult');
    expect(e.quote).toBe(text.slice(e.start, e.end));
    expect(e.quote).toContain('you zorblaxes');
    expect(e.quote.length).toBeLessThanOrEqual(100);
    expect(e.quote).toMatch(/^\S.*\S$/);
  });

  it('fires on the best sentence, or on two adjacent ones above a margin, never on the message as a sum', () => {
    const model = phraseModel('insult', 'zorblax', 0);
    const b = compileBackstop(model);
    const text = 'Zorblax. Zorblax. Zorblax.';
    const texts = [normalise(text).text];
    const firsts = extractInput(b.extractor, texts, {});
    const out = new Float64Array(1);
    b.score(out);
    const { sums } = scoreSentences(b, texts, firsts);
    const single = bestSentence(b, 0, texts, firsts)!.sum;
    expect(single).toBe(Math.max(...sums));
    const pair = Math.max(sums[0]! + sums[1]!, sums[1]! + sums[2]!);
    // Three sentences: the message scores more than any two of them, and two more than one.
    expect(out[0]).toBeGreaterThan(pair + 1);
    expect(pair).toBeGreaterThan(single + 1);
    const at = (t: number, margin: number) =>
      engineWith(phraseModel('insult', 'zorblax', t), margin, undefined, 'none').evaluate({
        text,
        lang: 'en',
      }).means;
    expect(at(single, 5)).toEqual(['insult']);
    // No sentence reaches it: two together do, when they clear the margin too.
    expect(at(single + 0.25, 0.5)).toEqual(['insult']);
    expect(at(pair - 0.25, 0.5)).toEqual([]);
    expect(at(pair, 0)).toEqual(['insult']);
    // The message alone is not enough.
    expect(at((out[0]! + pair) / 2, 0)).toEqual([]);
  });

  it("the trainer's sentence score: the best sentence, or two adjacent ones of a message less the margin", () => {
    expect(bestSentenceScore([1, 2, 0.5], [0, 0, 0], 0.5)).toBe(2.5);
    expect(bestSentenceScore([1, 2, 0.5], [0, 0, 0], 2)).toBe(2);
    // Sentences of different messages never pair.
    expect(bestSentenceScore([1, 2, 0.5], [0, 1, 2], 0)).toBe(2);
    expect(bestSentenceScore([], [], 0)).toBe(-Infinity);
  });

  it('bestWindowSum: the best sentence with up to w on either side, within one message', () => {
    const sums = [1, -2, 3, 0.5, -1];
    expect(bestWindowSum(sums, 1, 0, [0, 0, 0, 0, 0], 5, 0)).toBe(3);
    expect(bestWindowSum(sums, 1, 0, [0, 0, 0, 0, 0], 5, 1)).toBe(2.5);
    expect(bestWindowSum(sums, 1, 0, [0, 0, 0, 0, 0], 5, 2)).toBe(2.5);
    // Windows stop at the message's edges: sentence 2 alone in its message.
    expect(bestWindowSum(sums, 1, 0, [0, 0, 1, 2, 2], 5, 1)).toBe(3);
    // Strided (sentence r's sum for category k at r * stride + k).
    expect(bestWindowSum([1, 9, 2, 8], 2, 1, [0, 0], 2, 1)).toBe(17);
    expect(bestWindowSum([], 1, 0, [], 0, 1)).toBe(-Infinity);
  });

  it('passes the message gate on a window of sentences where a long message dilutes a means category', () => {
    const filler = 'the quarterly report covers the migration plan and the budget';
    const model = (t: number, category: Category = 'insult') => dilutedModel(category, 'zorblax', filler, t);
    const b = compileBackstop(model(0));
    const fill = `${filler[0]!.toUpperCase()}${filler.slice(1)}.`;
    const text = [fill, fill, 'Hello.', 'You zorblax.', 'Thanks.', fill, fill, fill].join(' ');
    const texts = [normalise(text).text];
    const firsts = extractInput(b.extractor, texts, {});
    const out = new Float64Array(1);
    b.score(out);
    const { sums } = scoreSentences(b, texts, firsts);
    const single = Math.max(...sums);
    const local = bestWindowSum(sums, 1, 0, new Array<number>(sums.length).fill(0), sums.length, 1);
    // The filler pulls the message below the sentence and its window.
    expect(out[0]).toBeLessThan(single - 2);
    expect(local).toBeGreaterThan(out[0]! + 2);
    const t = (out[0]! + Math.min(single, local)) / 2;
    const gate = { window_sentences: 1, window_margin: 0.25 };
    const at = (category: Category, w?: typeof gate | { window_sentences: null }) =>
      engineWith(model(t, category), 0.5, w, 'none').evaluate({ text, lang: 'en' });
    const gated = engineWith(model(t), 0.5, gate, 'none');
    const d = gated.evaluate({ text, lang: 'en' });
    expect(d.means).toEqual(['insult']);
    expect(d.evidence.map((e) => e.quote)).toEqual(['You zorblax.']);
    // Off, or with a margin the window does not clear: the message gate holds.
    expect(at('insult', { window_sentences: null }).means).toEqual([]);
    expect(at('insult', { window_sentences: 1, window_margin: local - t + 0.25 }).means).toEqual([]);
    // Never for a demand.
    expect(at('monetary', gate).demands).toEqual([]);
    // The sentence must still reach the threshold on its own.
    expect(
      engineWith(model(single + 0.25), 1000, { window_sentences: 3, window_margin: 0 }, 'none').evaluate({
        text,
        lang: 'en',
      }).means,
    ).toEqual([]);
    // classify --why says so.
    const why = gated.explain({ text, lang: 'en' });
    expect(why.backstop).toEqual([{ category: 'insult', score: out[0], threshold: t, window: true }]);
  });

  it('quotes the two sentences that fired together', () => {
    const model = phraseModel('insult', 'zorblax', 0);
    const b = compileBackstop(model);
    const text = 'Hello there. Zorblax. Zorblax. Regards.';
    const texts = [normalise(text).text];
    const firsts = extractInput(b.extractor, texts, {});
    const single = bestSentence(b, 0, texts, firsts)!.sum;
    const d = engineWith(phraseModel('insult', 'zorblax', single + 0.5), 0.25, undefined, 'none').evaluate({
      text,
      lang: 'en',
    });
    expect(d.means).toEqual(['insult']);
    const e = d.evidence.find((x) => x.category === 'insult')!;
    expect(e.rule).toBe('backstop.insult');
    expect(e.quote).toBe('Zorblax. Zorblax.');
    expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('runs where the rules found means too: adds a demand beside them, the verdict unchanged', () => {
    const monetary = engineWith(phraseModel('monetary', 'you zorblaxes', 20));
    expect(monetary.evaluate({ text: 'Refund it, you zorblaxes.', lang: 'en' }).demands).toEqual([
      'monetary',
    ]);
    const d = monetary.evaluate({ text: 'Refund it, you zorblaxes, you idiots.', lang: 'en' });
    expect(d.verdict).toBe('harassment');
    expect(d.means).toEqual(['insult']);
    expect(d.demands).toEqual(['monetary']);
    expect(d.evidence.find((e) => e.rule === 'backstop.monetary')?.quote).toContain('zorblaxes');
    // Nor does it add a category the rules found already.
    const insult = engineWith(phraseModel('insult', 'you zorblaxes', 20));
    const i = insult.evaluate({ text: 'Refund it, you zorblaxes, you idiots.', lang: 'en' });
    expect(i.evidence.some((e) => e.rule.startsWith('backstop.'))).toBe(false);
  });

  it("respects the rule files' vetoes on the sentence it would quote", () => {
    const violence = engineWith(phraseModel('violence', 'zorblax', 1));
    expect(violence.evaluate({ text: 'Fix it now, zorblax.', lang: 'en' }).means).toEqual(['violence']);
    // en.w.veto.safety_hazard clears a sentence about a hazard of violence.
    const hazard = 'There is a loose cable across the floor, zorblax.';
    expect(violence.evaluate({ text: hazard, lang: 'en' }).means).toEqual([]);
    // classify --why names the veto, and shows the score that reached the threshold.
    const x = violence.explain({ text: hazard, lang: 'en' });
    expect(x.cleared).toMatchObject([{ rule: 'backstop.violence', category: 'violence' }]);
    expect(x.cleared[0]!.by).toMatch(/^veto en\.w\.veto\.safety_hazard$/);
    expect(hazard.slice(x.cleared[0]!.start, x.cleared[0]!.end)).toBe(x.cleared[0]!.quote);
    expect(x.backstop).toHaveLength(1);
    expect(x.backstop[0]).toMatchObject({ category: 'violence', threshold: 1 });
    expect(x.backstop[0]!.score).toBeGreaterThanOrEqual(1);
  });

  it("classify --why: a sentence a rule's unless cleared is reported as such", () => {
    const cleared = 'We were charged after we closed the account; kindly refund the last three months.';
    const money = engineWith(phraseModel('monetary', 'kindly refund the last three months', 20), undefined, {
      unless_margin: null,
    });
    const x = money.explain({ text: cleared, lang: 'en' });
    expect(x.decision.demands).toEqual([]);
    expect(x.cleared.map((c) => [c.rule, c.by])).toContainEqual(['backstop.monetary', 'rule unless']);
    expect(x.cleared.map((c) => c.rule)).toContain('en.b.monetary.refund_period');
  });

  it("moves a category's threshold by the policy's offset, for the model version it names only", () => {
    const text = 'The order is late. YOU ZORBLAXES!!';
    const scores = new Float64Array(1);
    compileBackstop(phraseModel('insult', 'you zorblaxes', 0)).scoreTexts([normalise(text).text], {}, scores);
    const score = scores[0]!;
    expect(score).toBeGreaterThan(10);
    const model = phraseModel('insult', 'you zorblaxes', score - 1);
    const thresholds = (offsets: Record<string, number>, model_version = 'test') => ({
      thresholds: { model_version, offsets },
    });
    const means = (m: BackstopModel, offsets?: Record<string, number>) =>
      engineWith(m, undefined, offsets && thresholds(offsets), 'none').evaluate({ text, lang: 'en' }).means;
    expect(means(model)).toEqual(['insult']);
    expect(means(model, { insult: 2 })).toEqual([]);
    expect(engineWith(model, undefined, thresholds({ insult: 2 }), 'none').backstopCategories).toEqual([
      { category: 'insult', threshold: score + 1 },
    ]);
    // Above the model's threshold, a negative offset lets it fire.
    const high = phraseModel('insult', 'you zorblaxes', score + 2);
    expect(means(high)).toEqual([]);
    expect(means(high, { insult: -3 })).toEqual(['insult']);
    // Offsets chosen for another model, or for a category the model has not, stop the start.
    expect(() => engineWith(model, undefined, thresholds({ insult: -1 }, 'older'), 'none')).toThrow(
      ConfigError,
    );
    expect(() => engineWith(model, undefined, thresholds({ insult: -1 }, 'older'), 'none')).toThrow(
      'policy file: engine.backstop.thresholds were chosen for model older, but /x/test.json is model test: choose them again for this model (npm run tune:backstop) or remove them',
    );
    expect(() => engineWith(model, undefined, thresholds({ monetary: -1 }), 'none')).toThrow(
      'policy file: engine.backstop.thresholds.offsets.monetary: model test has no monetary category',
    );
  });

  it('does not score customer text shorter than minChars', () => {
    const model = phraseModel('insult', 'zorblax', 1);
    const text = 'zorblax!';
    expect(
      engineWith({ ...model, minChars: 7 }, undefined, undefined, 'none').evaluate({ text, lang: 'en' })
        .means,
    ).toEqual(['insult']);
    expect(
      engineWith({ ...model, minChars: 9 }, undefined, undefined, 'none').evaluate({ text, lang: 'en' })
        .means,
    ).toEqual([]);
  });

  it('is deterministic', () => {
    const input: EvaluationInput = { text: 'Fine.\nYOU ZORBLAXES, fix it', lang: 'en' };
    const a = engine.evaluate(input);
    expect(engine.evaluate(input)).toEqual(a);
    expect(engineWith(phraseModel('insult', 'you zorblaxes', 20)).evaluate(input)).toEqual(a);
  });
});

describe('the trained model (config/backstop.json)', () => {
  const doc = JSON.parse(readFileSync(resolve(root, 'config/backstop.json'), 'utf8')) as BackstopModel;
  const engine = engineWith(doc);

  it('validates, and names the files it was trained on (never a blind set)', () => {
    expect('model' in parseBackstopModel(doc)).toBe(true);
    // The trainer snaps weights to snapWeight's levels: without the kernel the engine holds the model in
    // the dense table; with it (2^16 buckets), in the kernel's.
    for (const c of doc.categories) for (const w of c.weights) expect(snapWeight(w)).toBe(w);
    expect(compileBackstop(doc, { kernel: false }).layout).toBe('dense');
    expect(compileBackstop(doc).layout).toBe('kernel');
    const files = doc.training?.files ?? [];
    expect(files.length).toBeGreaterThan(0);
    expect(files.some((f) => /holdout-(?:[4-9]|\d\d)/.test(f))).toBe(false);
  });

  const fired = (text: string) =>
    engine.evaluate({ text }).evidence.filter((e) => e.rule.startsWith('backstop.'));

  it('does not fire on calm messages', () => {
    const calm = [
      'Thank you for the quick fix yesterday, everything works again.',
      'Our admin changed the password and now the API returns 401. Could you check the token settings?',
      'The replacement arrived today and works perfectly. Great service, thank you!',
      'I am a bit frustrated that the sync failed twice this week, but I understand these things happen.',
      'いつもお世話になっております。請求書の宛名を変更したいのですが、手順を教えていただけますか。',
      '昨日はご対応ありがとうございました。問題は解決しました。',
      'ログイン画面でエラーが出ます。お手数ですが確認をお願いいたします。',
      '来月から契約プランを変更したいです。見積もりをいただけますでしょうか。',
      'thanks',
    ];
    for (const text of calm) expect(fired(text), text).toEqual([]);
  });

  // Short calm texts and negation (a defect of the first model, which summed
  // n-grams over the whole message and fired on these).
  it.each([
    'OK',
    'ありがとう',
    'Hi, could you tell me how to export my invoices as CSV? Thanks a lot.',
    'Please cancel my subscription at the end of this billing period. No refund needed.',
  ])('does not fire on the short calm message %j', (text) => {
    expect(fired(text)).toEqual([]);
  });

  it("is on in the shipped policy, with the model file's categories and thresholds plus the policy's offsets", () => {
    const policy = loadPolicyFile(resolve(root, 'config/policy.yaml'));
    const shipped = compileEngine(policy);
    const offsets = parseEngineSection(policy.engine).backstop?.thresholds?.offsets ?? {};
    expect(shipped.backstopCategories).toEqual(
      doc.categories.map((c) => ({
        category: c.category,
        threshold: c.threshold + (offsets[c.category] ?? 0),
      })),
    );
    expect(shipped.evaluate({ text: 'OK' }).verdict).toBe('none');
  });
});
