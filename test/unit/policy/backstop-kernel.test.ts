import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKSTOP_FORMAT, MAX_WEIGHT, WEIGHT_STEP, compileBackstop } from '../../../src/policy/backstop.js';
import type { BackstopContext, BackstopModel, FeatureSpec } from '../../../src/policy/backstop.js';
import { MASK_CHAR } from '../../../src/policy/normalize.js';
import { DEMAND_CATEGORIES, MEANS_CATEGORIES } from '../../../src/policy/types.js';
import type { Category } from '../../../src/policy/types.js';
import { assembleKernel, KERNEL_MODULE_PATH, kernelModuleSource } from '../../../scripts/kernel-source.js';

const root = resolve(import.meta.dirname, '../../..');
const ALL: Category[] = [...MEANS_CATEGORIES, ...DEMAND_CATEGORIES];

/** A model over every bucket of `spec`: weights from `weight(bucket, k)` for `categories`. */
function model(
  spec: FeatureSpec,
  categories: Category[],
  weight: (b: number, k: number) => number,
): BackstopModel {
  const size = 2 ** spec.bits;
  return {
    format: BACKSTOP_FORMAT,
    version: 't',
    features: spec,
    categories: categories.map((category, k) => {
      const buckets = Array.from({ length: size }, (_, b) => b).filter((b) => weight(b, k) !== 0);
      return { category, bias: k / 4 - 1, threshold: 0, buckets, weights: buckets.map((b) => weight(b, k)) };
    }),
  };
}

/** Weights of every size the format allows, the limits included (deterministic in b and k). */
function anyWeight(b: number, k: number): number {
  const r = (b * 2654435761 + k * 40503) >>> 0;
  if (r % 5 === 0) return 0;
  if (r % 97 === 1) return MAX_WEIGHT;
  if (r % 97 === 2) return -MAX_WEIGHT;
  return Number((((r % 20001) - 10000) * 1e-4 * (1 + (k % 3))).toFixed(4));
}

/** scoreTexts' scores and sentence totals, copied out. */
function scored(
  b: ReturnType<typeof compileBackstop>,
  texts: string[],
  ctx: BackstopContext,
  bySentence: boolean,
) {
  const out = new Float64Array(b.categories.length);
  b.scoreTexts(texts, ctx, out, bySentence);
  const t = b.sentenceTotals;
  return {
    scores: [...out],
    count: t.count,
    messages: [...t.messages.subarray(0, t.count)],
    sums: [...t.sums.subarray(0, t.count * b.categories.length)],
  };
}

describe('the backstop kernel (WebAssembly)', () => {
  it('is the module its text source assembles to', async () => {
    const committed = readFileSync(resolve(root, KERNEL_MODULE_PATH), 'utf8');
    expect(committed).toBe(kernelModuleSource(await assembleKernel()));
  });

  it('serves models of up to 2^16 buckets; larger ones are scored in JavaScript', () => {
    const spec: FeatureSpec = { bits: 10, char: [2, 4], word: [1, 2], scale: 'none' };
    expect(compileBackstop(model(spec, ['insult'], anyWeight)).layout).toBe('kernel');
    expect(compileBackstop(model(spec, ['insult'], anyWeight), { kernel: false }).layout).not.toBe('kernel');
    const big = { ...spec, bits: 17 };
    expect(compileBackstop(model(big, ['insult'], (b) => (b % 1000 === 0 ? 0.5 : 0))).layout).toBe('sparse');
  });

  const pieces = fc.constantFrom(
    'you ',
    'idiot',
    "don't ",
    'Refund ',
    '500',
    ' yen',
    '. ',
    '! ',
    '? ',
    '\n',
    '\n\n',
    '  \t',
    MASK_CHAR.repeat(3),
    'ばか',
    '返金しろ',
    '。',
    '！',
    '「殺す」',
    'ー',
    ',',
    'a',
    'z',
    '😀',
    '—',
  );
  const specs: FeatureSpec[] = [
    { bits: 16, char: [2, 4], word: [1, 2], scale: 'none' },
    { bits: 12, char: [1, 8], word: [0, 0], scale: 'sqrt' },
    { bits: 10, char: [3, 3], word: [2, 2], scale: 'none' },
    { bits: 11, char: [1, 1], word: [1, 1], scale: 'sqrt' },
  ];
  const contexts: BackstopContext[] = [{}, { channel: 'chat', noDefectFound: true }];

  it.each(specs)('scores exactly as the JavaScript path (%o)', (spec) => {
    const m = model(spec, ALL, anyWeight);
    const kernel = compileBackstop(m);
    const js = compileBackstop(m, { kernel: false });
    expect(kernel.layout).toBe('kernel');
    fc.assert(
      fc.property(
        fc.array(fc.array(pieces, { maxLength: 60 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...contexts),
        fc.boolean(),
        (messages, ctx, bySentence) => {
          const texts = messages.map((parts) => parts.join(''));
          expect(scored(kernel, texts, ctx, bySentence)).toEqual(scored(js, texts, ctx, bySentence));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('scores a text longer than it takes, or with more sentences, in JavaScript, with the same result', () => {
    const spec: FeatureSpec = { bits: 12, char: [2, 4], word: [1, 2], scale: 'none' };
    const m = model(spec, ALL, anyWeight);
    const kernel = compileBackstop(m);
    const js = compileBackstop(m, { kernel: false });
    const long = 'you idiot refund me now '.repeat(500);
    const sentences = 'a. '.repeat(1500);
    const short = 'short one. and two!';
    for (const texts of [[long], [sentences], [short, long, short], [sentences, short]])
      for (const bySentence of [false, true])
        expect(scored(kernel, texts, {}, bySentence)).toEqual(scored(js, texts, {}, bySentence));
  });

  it('does not overflow: the longest text it takes, every feature at the largest weight', () => {
    // char [1, 8] makes the most features per code, so the kernel takes the fewest codes per text.
    for (const spec of [
      { bits: 10, char: [1, 8], word: [1, 2], scale: 'none' },
      { bits: 10, char: [2, 4], word: [1, 2], scale: 'none' },
    ] as FeatureSpec[]) {
      const m = model(spec, ['violence', 'insult'], (_, k) => (k === 0 ? MAX_WEIGHT : -MAX_WEIGHT));
      const kernel = compileBackstop(m);
      const js = compileBackstop(m, { kernel: false });
      // Words of one letter: the most word features; no sentence ends, so one accumulator takes all.
      for (const length of [6000, 6550, 8180, 20000]) {
        const text = 'a b'.repeat(length).slice(0, length);
        for (const bySentence of [false, true]) {
          const got = scored(kernel, [text], {}, bySentence);
          expect(got).toEqual(scored(js, [text], {}, bySentence));
          // Large and exact: bias plus a whole number of largest weights.
          const units = (got.scores[0]! - m.categories[0]!.bias) / MAX_WEIGHT;
          expect(units).toBeGreaterThan(length);
          expect(Math.abs(units - Math.round(units))).toBeLessThan(1e-6);
        }
      }
    }
    expect(Math.round(MAX_WEIGHT / WEIGHT_STEP)).toBe(2 ** 15 - 1);
  });
});
