/**
 * The statistical backstop: per-category logistic regressions over hashed
 * character and word n-grams of the customer's own (normalised, masked)
 * text, trained by `npm run train:backstop` (scripts/train-backstop.ts).
 * After the rules, it may only add a category they did not find, above that
 * category's threshold. Pure: the model arrives as a parsed object.
 */
import { z } from 'zod';
import { createKernel, KERNEL_LANES } from './backstop-kernel.js';
import type { BackstopKernel } from './backstop-kernel.js';
import { isSpace } from './customer-conduct.js';
import { MASK_CHAR } from './normalize.js';
import { segment, sentenceAt } from './sentences.js';
import type { Sentences } from './sentences.js';
import { DEMAND_CATEGORIES, MEANS_CATEGORIES } from './types.js';
import type { Category } from './types.js';

export const BACKSTOP_FORMAT = 'harassment-guard.backstop/1';

const categorySchema = z.enum([...MEANS_CATEGORIES, ...DEMAND_CATEGORIES]);

export const featureSpecSchema = z.object({
  /** Hash buckets: 2^bits. */
  bits: z.number().int().min(10).max(22),
  /** Character n-gram lengths [min, max] (all text). */
  char: z.tuple([z.number().int().min(1), z.number().int().min(1).max(8)]),
  /** Word n-gram lengths [min, max] over ASCII word tokens (0, 0: none). */
  word: z.tuple([z.number().int().min(0).max(2), z.number().int().min(0).max(2)]),
  /** How counts are scaled: `sqrt` divides by the square root of the number of features. */
  scale: z.enum(['none', 'sqrt']),
});
export type FeatureSpec = z.infer<typeof featureSpecSchema>;

const categoryModelSchema = z.object({
  category: categorySchema,
  bias: z.number(),
  /**
   * Fires when the message's score (log-odds) and that of its best sentence
   * (the bias plus the features that start in it) are both at or above this.
   */
  threshold: z.number(),
  /**
   * Sparse weights: parallel arrays of bucket (increasing) and weight. Their
   * elements are checked by parseBackstopModel, in one loop: element by
   * element, zod took over a second for the shipped model's 155,000 weights.
   */
  buckets: z.custom<number[]>((v) => Array.isArray(v), { message: 'expected an array' }),
  weights: z.custom<number[]>((v) => Array.isArray(v), { message: 'expected an array' }),
  /** Cross-validation figures at the threshold (informative). */
  cv: z.record(z.string(), z.number()).optional(),
});

export const backstopModelSchema = z.object({
  format: z.literal(BACKSTOP_FORMAT),
  version: z.string().min(1),
  features: featureSpecSchema,
  /** Customer text with fewer non-blank characters than this is never scored. */
  minChars: z.number().int().min(0).default(0),
  categories: z.array(categoryModelSchema),
  training: z
    .object({
      files: z.array(z.string()),
      sha256: z.string(),
    })
    .loose()
    .optional(),
});
export type BackstopModel = z.input<typeof backstopModelSchema>;
type ParsedModel = z.infer<typeof backstopModelSchema>;

/** Validates a parsed model; returns the first problem as "path: message" or the model. */
export function parseBackstopModel(raw: unknown): { model: ParsedModel } | { error: string } {
  const r = backstopModelSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    return { error: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}` };
  }
  const m = r.data;
  const size = 2 ** m.features.bits;
  if (m.features.char[0] > m.features.char[1]) return { error: 'features.char: min above max' };
  if (m.features.word[0] > m.features.word[1]) return { error: 'features.word: min above max' };
  // Categories are distinct (at most 14): compileBackstop's table relies on it.
  const seen = new Set<string>();
  for (const [i, c] of m.categories.entries()) {
    if (seen.has(c.category)) return { error: `categories.${i}.category: ${c.category} listed twice` };
    seen.add(c.category);
    if (c.buckets.length !== c.weights.length)
      return { error: `categories.${i}: buckets and weights differ in length` };
    for (let j = 0; j < c.weights.length; j++) {
      const w = c.weights[j];
      if (typeof w !== 'number' || !Number.isFinite(w))
        return { error: `categories.${i}.weights.${j}: expected a number` };
      const units = w / WEIGHT_STEP;
      if (Math.abs(units - Math.round(units)) > 1e-6 || Math.abs(Math.round(units)) > MAX_WEIGHT_UNITS)
        return {
          error: `categories.${i}.weights: ${w} is not a multiple of ${WEIGHT_STEP} at most ${MAX_WEIGHT} in size`,
        };
    }
    for (let j = 0; j < c.buckets.length; j++) {
      const b = c.buckets[j];
      if (typeof b !== 'number' || !Number.isInteger(b) || b < 0)
        return { error: `categories.${i}.buckets.${j}: expected a non-negative integer` };
      if (b >= size)
        return { error: `categories.${i}.buckets: ${b} out of range for bits ${m.features.bits}` };
      if (j > 0 && b <= c.buckets[j - 1]!)
        return { error: `categories.${i}.buckets: ${b} after ${c.buckets[j - 1]} (not increasing)` };
    }
  }
  return { model: m };
}

// ------------------------------------------------------------- features ---

const SPACE = 0x20;
const MASK_CHAR_CODE = MASK_CHAR.charCodeAt(0);
const FNV_PRIME = 0x01000193;
const CHAR_SEED = 0x811c9dc5 | 0;
const WORD_SEED = 0x2545f491;
const BIGRAM_SEED = 0x68e31da4;
const CONTEXT_SEED = 0x1b873593;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a of `s`'s UTF-16 code units, from hash `h`. */
function hashOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

function isSpaceLike(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x7f ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029
  );
}

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x30 || c === 0x27;
}

/**
 * The codes the n-grams are hashed from: `text` with space, control and
 * masked characters as one space, digits as `0`, padded with a space at both
 * ends; `pos[i]` is the text offset of code i. Both arrays must hold
 * `text.length + 2`. Returns the number of codes (1: nothing but space).
 */
function foldCodes(text: string, codes: Uint16Array, pos: Int32Array): number {
  const len = text.length;
  let m = 0;
  codes[m] = SPACE;
  pos[m++] = 0;
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i);
    if (c === MASK_CHAR_CODE || isSpaceLike(c)) {
      if (codes[m - 1] === SPACE) continue;
      c = SPACE;
    } else if (c >= 0x30 && c <= 0x39) c = 0x30;
    codes[m] = c;
    pos[m++] = i;
  }
  if (codes[m - 1] !== SPACE) {
    codes[m] = SPACE;
    pos[m++] = Math.max(0, len - 1);
  }
  return m;
}

/**
 * Walks the n-grams of `codes[0 .. m)` (see foldCodes): character n-grams of
 * lengths `char`, then ASCII word unigrams and bigrams per `word`, in that
 * order, writing each feature's bucket (the top `32 - shift` bits of its
 * hash after fmix) to `buckets[count ..]` and the code index it starts at to
 * `starts[count ..]`; returns the new count. The one definition of the
 * features, for the extractor and for one-pass scoring alike. Both arrays
 * must have room for `m * (char[1] - char[0] + 2) + 2` more (at most one
 * unigram and one bigram per two codes).
 */
function walkNgrams(
  codes: Uint16Array,
  m: number,
  spec: FeatureSpec,
  shift: number,
  buckets: Int32Array,
  starts: Int32Array,
  count: number,
): number {
  const [cmin, cmax] = spec.char;
  for (let i = 0; i < m; i++) {
    let h = CHAR_SEED;
    const top = Math.min(cmax, m - i);
    for (let n = 1; n <= top; n++) {
      h = Math.imul(h ^ codes[i + n - 1]!, FNV_PRIME);
      if (n >= cmin) {
        buckets[count] = fmix(h) >>> shift;
        starts[count++] = i;
      }
    }
  }
  const [wmin, wmax] = spec.word;
  if (wmax === 0) return count;
  let prev = 0;
  let hasPrev = false;
  let i = 0;
  while (i < m) {
    if (!isWordCode(codes[i]!)) {
      // Punctuation other than a space breaks a bigram.
      if (codes[i] !== SPACE) hasPrev = false;
      i++;
      continue;
    }
    const start = i;
    let h = WORD_SEED;
    while (i < m && isWordCode(codes[i]!)) h = Math.imul(h ^ codes[i++]!, FNV_PRIME);
    if (wmin <= 1) {
      buckets[count] = fmix(h) >>> shift;
      starts[count++] = start;
    }
    if (wmax >= 2 && hasPrev) {
      buckets[count] = fmix(Math.imul(prev ^ BIGRAM_SEED, FNV_PRIME) ^ h) >>> shift;
      starts[count++] = start;
    }
    prev = h;
    hasPrev = true;
  }
  return count;
}

/**
 * Hashed features of one text, with the text offset each one starts at.
 * Scratch arrays grow on demand and are reused between calls.
 */
export class FeatureExtractor {
  /** Feature buckets of the last extraction (the first `count`). */
  buckets = new Int32Array(1024);
  /** Offset in the text where each feature starts (-1: a context feature). */
  offsets = new Int32Array(1024);
  count = 0;
  private codes = new Uint16Array(512);
  private pos = new Int32Array(512);
  private readonly shift: number;

  constructor(readonly spec: FeatureSpec) {
    this.shift = 32 - spec.bits;
  }

  /** Starts a new input (a message or a thread). */
  reset(): void {
    this.count = 0;
  }

  /** Makes room for `n` more features. */
  private reserve(n: number): void {
    if (this.count + n <= this.buckets.length) return;
    const size = Math.max(this.buckets.length * 2, this.count + n);
    const b = new Int32Array(size);
    b.set(this.buckets.subarray(0, this.count));
    this.buckets = b;
    const o = new Int32Array(size);
    o.set(this.offsets.subarray(0, this.count));
    this.offsets = o;
  }

  /** Appends a feature; room must have been reserved. */
  private push(h: number, at: number): void {
    this.buckets[this.count] = fmix(h) >>> this.shift;
    this.offsets[this.count++] = at;
  }

  /** A feature of the input as a whole (e.g. `channel=chat`), with no offset. */
  addContext(name: string): void {
    this.reserve(1);
    this.push(hashOn(CONTEXT_SEED, name), -1);
  }

  /**
   * Adds the n-grams of `text` (normalised text as the rules see it): space,
   * control and masked characters become one space, digits become `0`, and
   * the text is padded with a space at both ends. Features are appended
   * (a thread adds each message in turn).
   */
  addText(text: string): void {
    const len = text.length;
    if (this.codes.length < len + 2) {
      this.codes = new Uint16Array(len + 2);
      this.pos = new Int32Array(len + 2);
    }
    const codes = this.codes;
    const pos = this.pos;
    const m = foldCodes(text, codes, pos);
    if (m === 1) return;
    const [cmin, cmax] = this.spec.char;
    // Character n-grams, then at most one unigram and one bigram per two codes.
    this.reserve(m * (cmax - cmin + 2) + 2);
    const first = this.count;
    this.count = walkNgrams(codes, m, this.spec, this.shift, this.buckets, this.offsets, first);
    // Each feature's offset in the text is that of its first code.
    const offsets = this.offsets;
    for (let j = first; j < this.count; j++) offsets[j] = pos[offsets[j]!]!;
  }
}

/** What the context adds to an input's features (the same in training and at run time). */
export interface BackstopContext {
  channel?: string | undefined;
  noDefectFound?: boolean | undefined;
}

/**
 * The features of one input: each message's text (as the rules see it:
 * customer conduct, normalised, masks blanked), then the context. Returns,
 * per message, the index of its first feature.
 */
export function extractInput(ex: FeatureExtractor, texts: readonly string[], ctx: BackstopContext): number[] {
  ex.reset();
  const firsts: number[] = [];
  for (const t of texts) {
    firsts.push(ex.count);
    ex.addText(t);
  }
  if (ctx.channel) ex.addContext(`channel=${ctx.channel}`);
  if (ctx.noDefectFound !== undefined) ex.addContext(`no_defect=${ctx.noDefectFound ? 1 : 0}`);
  return firsts;
}

// -------------------------------------------------------------- scoring ---

export interface CompiledBackstop {
  readonly categories: readonly Category[];
  readonly thresholds: Float64Array;
  readonly bias: Float64Array;
  readonly extractor: FeatureExtractor;
  /** Customer text with fewer non-blank characters is never scored. */
  readonly minChars: number;
  /**
   * The run-time weight table: `kernel` (rows of 16-bit weights scored by the
   * WebAssembly kernel, backstop-kernel.ts) for a model of up to 2^16
   * buckets; else `dense` for a model of snapped weights (see snapWeight), or
   * `sparse`.
   */
  readonly layout: 'kernel' | 'dense' | 'sparse';
  /** Scores of every category for the features now in the extractor. */
  score(out: Float64Array): void;
  /**
   * Scores of every category for `texts` with `ctx`: what extractInput()
   * then score() give, in one pass that keeps no features (the extractor is
   * left as it was). For the common case, where no category reaches its
   * threshold and the features are not needed.
   */
  scoreTexts(texts: readonly string[], ctx: BackstopContext, out: Float64Array, bySentence?: boolean): void;
  /**
   * The last scoreTexts call's sums per sentence, when it was asked for them
   * (`bySentence`): the same sentences and sums as scoreSentences finds
   * (context features and blank sentences left out), in the same pass.
   */
  readonly sentenceTotals: SentenceTotals;
  /**
   * Summed contributions (no bias) of the features now in the extractor per
   * sentence and category: `out[q * K + k]` for sentence `of[j]` of feature j
   * (features with `of[j] < 0` are left out). `out` must hold sentences × K.
   */
  sentenceSums(of: Int32Array, out: Float64Array): void;
  /** Contribution of feature `k` (of the extractor) to category `c`, scaled. */
  contribution(k: number, c: number): number;
}

/** Per-sentence sums of a scoreTexts call (see CompiledBackstop.sentenceTotals). */
export interface SentenceTotals {
  /** Sentences that hold customer text, in order over the messages. */
  count: number;
  /** Sentence r's summed contributions (scaled, no bias) to category k: `sums[r * K + k]`. */
  sums: Float64Array;
  /** The message sentence r is in. */
  messages: Int32Array;
  /** Sentence r's span in its message's text, trimmed as sentencesOf trims it: `[starts[r], ends[r])`. */
  starts: Int32Array;
  ends: Int32Array;
  /**
   * Whether the call was asked for sentences and every text's went in:
   * `count` sentences are then exactly those sentencesOf finds (a text that
   * folds to nothing is skipped and leaves this false).
   */
  complete: boolean;
}

/** Weights are multiples of this (the trainer rounds them), summed as integers at run time. */
export const WEIGHT_STEP = 1e-4;
/** The largest weight in units of WEIGHT_STEP: the run-time table holds each one in 16 bits. */
const MAX_WEIGHT_UNITS = 2 ** 15 - 1;
/** The largest weight a model may hold (the trainer clamps to it). */
export const MAX_WEIGHT = MAX_WEIGHT_UNITS * WEIGHT_STEP;

/**
 * The weight levels the trainer snaps weights to (see snapWeight): 0, then
 * FINE_LEVELS steps of FINE_STEP (to 0.192), then COARSE_LEVELS geometric
 * steps up to MAX_WEIGHT, all multiples of WEIGHT_STEP: 127 magnitudes. A model whose weights take at most
 * DENSE_CODES - 1 distinct values has a dense run-time table (one byte per
 * bucket and category; see compileBackstop).
 */
const FINE_STEP = 0.002;
const FINE_LEVELS = 96;
const COARSE_LEVELS = 31;
const WEIGHT_LEVELS: readonly number[] = (() => {
  const top = FINE_STEP * FINE_LEVELS;
  const ratio = (MAX_WEIGHT / top) ** (1 / COARSE_LEVELS);
  const levels: number[] = [];
  for (let i = 0; i <= FINE_LEVELS; i++) levels.push(i * FINE_STEP);
  for (let i = 1; i <= COARSE_LEVELS; i++) levels.push(Math.min(MAX_WEIGHT, top * ratio ** i));
  return levels.map((l) => Math.round(l / WEIGHT_STEP) * WEIGHT_STEP);
})();

/**
 * `w` moved to the nearest weight level of its sign (at most 127 magnitudes:
 * the weights of a model the trainer snapped take at most 255 values, which
 * gives it the dense table). The result is a multiple of WEIGHT_STEP, printed
 * with 4 decimals.
 */
export function snapWeight(w: number): number {
  const a = Math.min(Math.abs(w), MAX_WEIGHT);
  let lo = 0;
  let hi = WEIGHT_LEVELS.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (WEIGHT_LEVELS[mid]! <= a) lo = mid;
    else hi = mid;
  }
  const level = a - WEIGHT_LEVELS[lo]! <= WEIGHT_LEVELS[hi]! - a ? WEIGHT_LEVELS[lo]! : WEIGHT_LEVELS[hi]!;
  return Number((Math.sign(w) * level).toFixed(4)) + 0;
}

/** Codes of the dense table: code 0 is "no weight"; a model with more distinct weights is held sparse. */
const DENSE_CODES = 256;
/** Bytes per bucket in the dense table (categories are at most 14). */
const DENSE_STRIDE = 16;
/** The dense table is used up to this many buckets (1 MiB at 16 bytes each). */
const DENSE_MAX_BITS = 16;

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Buckets per block of the row index (see compileBackstop). */
const BLOCK_BITS = 12;

/** Bucket b's weights, in units of WEIGHT_STEP, added to `out[at + k]` (category k); or one looked up. */
interface WeightTable {
  layout: 'kernel' | 'dense' | 'sparse';
  /** Adds bucket b's weights to `out[at ..]`. */
  add(b: number, out: Float64Array, at: number): void;
  /** Bucket b's weight for category k (0: none). */
  weight(b: number, k: number): number;
  /** Reads one byte of bucket b's row, to bring it into the cache (dense table only). */
  touch?(b: number): number;
}

/**
 * The dense table, for a model whose weights take fewer than DENSE_CODES
 * distinct values (the trainer snaps them to WEIGHT_LEVELS) and whose buckets
 * are at most 2^DENSE_MAX_BITS: byte `codes[b * DENSE_STRIDE + k]` is the
 * code of bucket b's weight for category k, `values[code]` that weight (code
 * 0: none). One cache line per feature and no branch per category: scoring
 * took about 7% less time over the dev corpus than with the sparse rows.
 * Null when the model does not fit.
 */
function denseTable(model: ParsedModel, K: number, size: number): WeightTable | null {
  if (model.features.bits > DENSE_MAX_BITS || K > DENSE_STRIDE) return null;
  const codeOf = new Map<number, number>([[0, 0]]);
  for (const c of model.categories)
    for (const w of c.weights) {
      const units = Math.round(w / WEIGHT_STEP);
      if (!codeOf.has(units)) {
        if (codeOf.size === DENSE_CODES) return null;
        codeOf.set(units, codeOf.size);
      }
    }
  const values = new Float64Array(DENSE_CODES);
  for (const [units, code] of codeOf) values[code] = units;
  const codes = new Uint8Array(size * DENSE_STRIDE);
  model.categories.forEach((c, k) => {
    for (let j = 0; j < c.buckets.length; j++)
      codes[c.buckets[j]! * DENSE_STRIDE + k] = codeOf.get(Math.round(c.weights[j]! / WEIGHT_STEP))!;
  });
  return {
    layout: 'dense',
    add(b: number, out: Float64Array, at: number): void {
      const o = b * DENSE_STRIDE;
      for (let k = 0; k < K; k++) out[at + k]! += values[codes[o + k]!]!;
    },
    weight: (b, k) => values[codes[b * DENSE_STRIDE + k]!]!,
    touch: (b) => codes[b * DENSE_STRIDE]!,
  };
}

/**
 * The sparse table, for any other model, small enough to stay mostly in
 * cache (about 480 KB for a model of 155,000 weights, where a
 * bucket-indexed table of 32-bit entries took 880 KB). Each bucket with a
 * weight has a row in `rows` (16-bit words): a mask of the categories it has
 * a weight for (bit k: category k), then those weights in category order, in
 * units of WEIGHT_STEP. Bucket b's row starts at `base[b >> BLOCK_BITS] +
 * rel[b]`; each block of buckets starts with a zero word, where `rel` points
 * for a bucket without weights (an empty mask: nothing to add). Categories
 * are distinct (at most 14), so a row has at most 15 words and a block fits
 * in the 8 bits of `rel`.
 */
function sparseTable(model: ParsedModel, size: number): WeightTable {
  const masks = new Uint16Array(size);
  model.categories.forEach((c, k) => {
    for (const b of c.buckets) masks[b]! |= 1 << k;
  });
  const base = new Int32Array(Math.ceil(size / 2 ** BLOCK_BITS));
  const rel = new Uint16Array(size);
  let words = 0;
  for (let blk = 0; blk < base.length; blk++) {
    base[blk] = words++;
    const end = Math.min(size, (blk + 1) << BLOCK_BITS);
    for (let b = blk << BLOCK_BITS; b < end; b++) {
      if (masks[b] === 0) continue;
      rel[b] = words - base[blk]!;
      words += 1 + popcount(masks[b]!);
    }
  }
  const rows = new Int16Array(words);
  const rowAt = (b: number): number => base[b >>> BLOCK_BITS]! + rel[b]!;
  for (let b = 0; b < size; b++) if (masks[b] !== 0) rows[rowAt(b)] = masks[b]!;
  model.categories.forEach((c, k) => {
    const below = (1 << k) - 1;
    for (let j = 0; j < c.buckets.length; j++) {
      const b = c.buckets[j]!;
      rows[rowAt(b) + 1 + popcount(masks[b]! & below)] = Math.round(c.weights[j]! / WEIGHT_STEP);
    }
  });
  return {
    layout: 'sparse',
    add(b: number, out: Float64Array, at: number): void {
      let q = rowAt(b);
      for (let m = rows[q]!; m !== 0; m &= m - 1) out[at + 31 - Math.clz32(m & -m)]! += rows[++q]!;
    },
    weight(b: number, k: number): number {
      const r = rowAt(b);
      const m = rows[r]!;
      return (m & (1 << k)) === 0 ? 0 : rows[r + 1 + popcount(m & ((1 << k) - 1))]!;
    },
  };
}

/**
 * The table of a kernel: its rows of 16-bit weights (KERNEL_LANES per
 * bucket), filled from the model, read by the JavaScript paths too (the
 * extractor's, and a text longer than the kernel takes).
 */
function kernelTable(model: ParsedModel, K: number, kernel: BackstopKernel): WeightTable {
  const rows = kernel.rows;
  model.categories.forEach((c, k) => {
    for (let j = 0; j < c.buckets.length; j++)
      rows[c.buckets[j]! * KERNEL_LANES + k] = Math.round(c.weights[j]! / WEIGHT_STEP);
  });
  return {
    layout: 'kernel',
    add(b: number, out: Float64Array, at: number): void {
      const o = b * KERNEL_LANES;
      for (let k = 0; k < K; k++) out[at + k]! += rows[o + k]!;
    },
    weight: (b, k) => rows[b * KERNEL_LANES + k]!,
  };
}

export interface BackstopOptions {
  /** Score with the WebAssembly kernel where it can serve (default true; false: JavaScript only). */
  kernel?: boolean;
}

/**
 * Compiles a model for scoring. Weights are summed as integers (units of
 * WEIGHT_STEP), so the order of the sum does not change a score.
 */
export function compileBackstop(input: BackstopModel, options: BackstopOptions = {}): CompiledBackstop {
  const parsed = parseBackstopModel(input);
  if ('error' in parsed) throw new Error(`invalid backstop model: ${parsed.error}`);
  const model = parsed.model;
  const K = model.categories.length;
  const size = 2 ** model.features.bits;
  const kernel =
    options.kernel !== false && K <= KERNEL_LANES ? createKernel(model.features, MAX_WEIGHT_UNITS) : null;
  const table = kernel
    ? kernelTable(model, K, kernel)
    : (denseTable(model, K, size) ?? sparseTable(model, size));
  // Closures keep the feature spec, not the model: its weight arrays can be collected.
  const spec = model.features;
  const extractor = new FeatureExtractor(spec);
  const sqrt = model.features.scale === 'sqrt';
  const bias = Float64Array.from(model.categories, (c) => c.bias);
  const sums = new Float64Array(K);
  const scaleOf = (): number => (sqrt ? 1 / Math.sqrt(Math.max(1, extractor.count)) : 1) * WEIGHT_STEP;
  /** Adds bucket b's weights to `sums`. */
  const hit = (b: number): void => table.add(b, sums, 0);
  const shift = 32 - model.features.bits;
  const channelSeed = hashOn(CONTEXT_SEED, 'channel=');
  const noDefect0 = fmix(hashOn(CONTEXT_SEED, 'no_defect=0')) >>> shift;
  const noDefect1 = fmix(hashOn(CONTEXT_SEED, 'no_defect=1')) >>> shift;
  let codes = new Uint16Array(512);
  let pos = new Int32Array(512);
  /** The text offset of each kernel code (foldCodes' `pos` for the kernel's texts). */
  const kpos = new Int32Array(kernel ? kernel.maxCodes : 0);
  /**
   * Adds to `sums` the weights of the features FeatureExtractor.addText and
   * extractInput would give (the same hashes, in the same order), and
   * returns their number.
   */
  let count = 0;
  /**
   * The buckets of the text being scored, `pending[0 .. count)`: its weights
   * are added once they are all known (see fusedSums).
   */
  let pending = new Int32Array(1024);
  /** The code index each pending feature starts at (see walkNgrams). */
  let pendingAt = new Int32Array(1024);
  const totals: SentenceTotals = {
    count: 0,
    sums: new Float64Array(64 * K),
    messages: new Int32Array(64),
    starts: new Int32Array(64),
    ends: new Int32Array(64),
    complete: false,
  };
  /** Per sentence of the current text: its index in `totals`, or -1 for a blank one. */
  let sentenceIndex = new Int32Array(64);
  /**
   * Adds the weights of `pending[first .. count)` to the sums of the
   * sentences of `text` they start in (as sentencesOf assigns them), and those
   * in blank sentences to `sums`; message `t`'s sentences are appended to
   * `totals`.
   */
  const addBySentence = (text: string, t: number, first: number): void => {
    const seg = sentenceRows(text, t);
    const n = seg.starts.length;
    const starts = seg.starts;
    let q = 0;
    for (let j = first; j < count; j++) {
      const at = pos[pendingAt[j]!]!;
      // Features come in two sweeps of rising offsets (character n-grams, then words).
      if (starts[q]! > at) q = 0;
      while (q + 1 < n && starts[q + 1]! <= at) q++;
      const r = sentenceIndex[q]!;
      if (r >= 0) table.add(pending[j]!, totals.sums, r * K);
      else hit(pending[j]!);
    }
  };
  /**
   * The sentences of message `t`'s `text`, each that holds something
   * appended to `totals` (zeroed), its index there in `sentenceIndex` (-1:
   * a blank sentence).
   */
  const sentenceRows = (text: string, t: number, seg = segment(text)): Sentences => {
    const n = seg.starts.length;
    if (sentenceIndex.length < n) sentenceIndex = new Int32Array(Math.max(n, 2 * sentenceIndex.length));
    for (let q = 0; q < n; q++) {
      const [a, e] = trim(text, seg.starts[q]!, seg.ends[q]!);
      if (e <= a) {
        sentenceIndex[q] = -1;
        continue;
      }
      const r = totals.count++;
      if (r === totals.messages.length) {
        const wider = (from: Int32Array): Int32Array => {
          const to = new Int32Array(2 * r);
          to.set(from);
          return to;
        };
        totals.messages = wider(totals.messages);
        totals.starts = wider(totals.starts);
        totals.ends = wider(totals.ends);
        const grown = new Float64Array(2 * r * K);
        grown.set(totals.sums);
        totals.sums = grown;
      }
      totals.messages[r] = t;
      totals.starts[r] = a;
      totals.ends[r] = e;
      totals.sums.fill(0, r * K, (r + 1) * K);
      sentenceIndex[q] = r;
    }
    return seg;
  };
  /**
   * fusedSums for one text by the kernel: its features' weights added to
   * `sums`, and with `bySentence` to its sentences in `totals`; false (and
   * nothing changed) when it has more sentences than the kernel takes.
   */
  const kernelSums = (text: string, t: number, bySentence: boolean): boolean => {
    const k = kernel!;
    const m = foldCodes(text, k.codes, kpos);
    if (m === 1) {
      totals.complete = false;
      return true;
    }
    const acc = k.acc;
    // Accumulator 0 takes the message's features outside any sentence; 1 + i the i-th sentence in totals.
    const firstRow = totals.count;
    if (bySentence) {
      const sentences = segment(text);
      if (sentences.starts.length >= k.maxRows) return false;
      const starts = sentenceRows(text, t, sentences).starts;
      const n = starts.length;
      /** The accumulator of sentence q: 0 for a blank one. */
      const row = (q: number): number => (sentenceIndex[q]! < 0 ? 0 : 1 + sentenceIndex[q]! - firstRow);
      // Codes [from, i) are in sentence q.
      let q = 0;
      let from = 0;
      for (let i = 0; i < m; i++) {
        let next = q;
        while (next + 1 < n && starts[next + 1]! <= kpos[i]!) next++;
        if (next === q) continue;
        k.setRow(from, i, row(q));
        from = i;
        q = next;
      }
      k.setRow(from, m, row(q));
    } else k.setRow(0, m, 0);
    const rows = 1 + totals.count - firstRow;
    acc.fill(0, 0, rows * KERNEL_LANES);
    count += k.score(m);
    for (let j = 0; j < K; j++) sums[j]! += acc[j]!;
    for (let r = 1; r < rows; r++) {
      const o = (firstRow + r - 1) * K;
      for (let j = 0; j < K; j++) totals.sums[o + j] = acc[r * KERNEL_LANES + j]!;
    }
    return true;
  };
  /** Where the touch pass's reads go, so that they are not optimised away. */
  let _touched = 0;
  const fusedSums = (texts: readonly string[], ctx: BackstopContext, bySentence: boolean): number => {
    count = 0;
    totals.count = 0;
    totals.complete = bySentence;
    for (let t = 0; t < texts.length; t++) {
      const text = texts[t]!;
      if (kernel && text.length + 2 <= kernel.maxCodes && kernelSums(text, t, bySentence)) continue;
      if (codes.length < text.length + 2) {
        codes = new Uint16Array(text.length + 2);
        pos = new Int32Array(text.length + 2);
      }
      const m = foldCodes(text, codes, pos);
      if (m === 1) {
        totals.complete = false;
        continue;
      }
      // Per code at most cmax - cmin + 1 character n-grams, and a word's unigram and bigram.
      const room = count + m * (spec.char[1] - spec.char[0] + 3) + 2;
      if (pending.length < room) {
        const grown = new Int32Array(Math.max(room, pending.length * 2));
        grown.set(pending.subarray(0, count));
        pending = grown;
        pendingAt = new Int32Array(grown.length);
      }
      const first = count;
      count = walkNgrams(codes, m, spec, shift, pending, pendingAt, count);
      // The table is larger than the cache: one pass that only reads a byte of each row lets the
      // processor fetch many rows at once (each read is independent), then the sums find them close.
      if (table.touch) {
        let any = 0;
        for (let j = first; j < count; j++) any |= table.touch(pending[j]!);
        _touched ^= any;
      }
      if (bySentence) addBySentence(text, t, first);
      else for (let j = first; j < count; j++) hit(pending[j]!);
    }
    // A message's sums are its sentences' and its blank sentences' (summed as integers: the same either way).
    for (let r = 0; r < totals.count; r++) for (let k = 0; k < K; k++) sums[k]! += totals.sums[r * K + k]!;
    if (ctx.channel) {
      hit(fmix(hashOn(channelSeed, ctx.channel)) >>> shift);
      count++;
    }
    if (ctx.noDefectFound !== undefined) {
      hit(ctx.noDefectFound ? noDefect1 : noDefect0);
      count++;
    }
    return count;
  };
  return {
    categories: model.categories.map((c) => c.category),
    thresholds: Float64Array.from(model.categories, (c) => c.threshold),
    bias,
    extractor,
    minChars: model.minChars,
    layout: table.layout,
    score(out: Float64Array): void {
      sums.fill(0);
      const buckets = extractor.buckets;
      const n = extractor.count;
      for (let j = 0; j < n; j++) hit(buckets[j]!);
      const s = scaleOf();
      for (let k = 0; k < K; k++) out[k] = bias[k]! + s * sums[k]!;
    },
    scoreTexts(texts: readonly string[], ctx: BackstopContext, out: Float64Array, bySentence = false): void {
      sums.fill(0);
      const count = fusedSums(texts, ctx, bySentence);
      const s = (sqrt ? 1 / Math.sqrt(Math.max(1, count)) : 1) * WEIGHT_STEP;
      for (let k = 0; k < K; k++) out[k] = bias[k]! + s * sums[k]!;
      const n = totals.count * K;
      for (let i = 0; i < n; i++) totals.sums[i] = s * totals.sums[i]!;
    },
    get sentenceTotals(): SentenceTotals {
      return totals;
    },
    sentenceSums(of: Int32Array, out: Float64Array): void {
      out.fill(0);
      const buckets = extractor.buckets;
      const n = Math.min(extractor.count, of.length);
      for (let j = 0; j < n; j++) {
        const q = of[j]!;
        if (q < 0) continue;
        table.add(buckets[j]!, out, q * K);
      }
      const s = scaleOf();
      for (let i = 0; i < out.length; i++) out[i] = s * out[i]!;
    },
    contribution(j: number, c: number): number {
      return scaleOf() * table.weight(extractor.buckets[j]!, c);
    },
  };
}

// ------------------------------------------------------------- evidence ---

/** A span of one message's normalised text. */
export interface BackstopSpan {
  message: number;
  start: number;
  end: number;
}

/** A sentence longer than this is narrowed to its best window. */
const MAX_SPAN = 160;
const WINDOW = 80;

function isBlank(c: number): boolean {
  return isSpace(c) || c === MASK_CHAR_CODE;
}

function trim(text: string, a: number, b: number): [number, number] {
  while (a < b && isBlank(text.charCodeAt(a))) a++;
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

const isAsciiWord = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/** Non-blank characters of the customer's text (a message shorter than the model's `minChars` is never scored). */
export function customerChars(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) for (let i = 0; i < t.length; i++) if (!isBlank(t.charCodeAt(i))) n++;
  return n;
}

/** Whether the customer's text has at least `min` non-blank characters (customerChars(texts) >= min, counting no further). */
export function hasCustomerChars(texts: readonly string[], min: number): boolean {
  if (min <= 0) return true;
  let n = 0;
  for (const t of texts)
    for (let i = 0; i < t.length; i++) if (!isBlank(t.charCodeAt(i)) && ++n >= min) return true;
  return false;
}

/**
 * The sentences of the customer's text that hold something (trimmed spans,
 * in order) and, for each feature of the extractor, the index of the
 * sentence it starts in (-1: a context feature or a blank sentence). The
 * firing rule and the trainer both use this, so they see the same sentences.
 */
export function sentencesOf(
  ex: FeatureExtractor,
  texts: readonly string[],
  firsts: readonly number[],
): { of: Int32Array; spans: BackstopSpan[] } {
  const of = new Int32Array(ex.count).fill(-1);
  const spans: BackstopSpan[] = [];
  const offsets = ex.offsets;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const from = firsts[i]!;
    const to = i + 1 < firsts.length ? firsts[i + 1]! : ex.count;
    const s = segment(text);
    const index = new Int32Array(s.starts.length).fill(-1);
    for (let q = 0; q < s.starts.length; q++) {
      const [a, e] = trim(text, s.starts[q]!, s.ends[q]!);
      if (e <= a) continue;
      index[q] = spans.length;
      spans.push({ message: i, start: a, end: e });
    }
    for (let j = from; j < to; j++) {
      const at = offsets[j]!;
      if (at >= 0) of[j] = index[sentenceAt(s, at)]!;
    }
  }
  return { of, spans };
}

/**
 * The sentence of customer text that contributes most to category `k`'s
 * score (the largest summed contribution of the features that start in it)
 * and that sum; in a sentence longer than MAX_SPAN the span is its best
 * WINDOW-character stretch widened to whole words (the sum stays the
 * sentence's). Null when no sentence holds customer text.
 */
export function bestSentence(
  b: CompiledBackstop,
  k: number,
  texts: readonly string[],
  firsts: Firsts,
  sentences: BackstopSentences = scoreSentences(b, texts, firstsOf(firsts)),
): { span: BackstopSpan; sum: number } | null {
  const { spans, sums } = sentences;
  if (spans.length === 0) return null;
  const K = b.categories.length;
  let q = 0;
  for (let r = 1; r < spans.length; r++) if (sums[r * K + k]! > sums[q * K + k]!) q = r;
  return { span: narrow(b, k, texts, firsts, spans[q]!), sum: sums[q * K + k]! };
}

/**
 * Where the backstop's category `k` may fire: the best sentence (see
 * bestSentence) when its own score (bias + its sum) reaches `threshold`;
 * otherwise the best two adjacent sentences of one message together, when
 * theirs reaches `threshold + pairMargin` (narrowed as a long sentence is);
 * else null. A threat or an
 * insult is often split over two short sentences ("st00pid b0t. useles,
 * like the rest of ur team"), but a long message still cannot fire on weak
 * n-grams spread over many sentences. The engine lets means categories
 * fire this way, not demands. Measured on held-out sets 4–24 (4,200 items),
 * margin 0.5: accuracy 0.949 → 0.954, harassment recall 0.948 → 0.958,
 * hard-negative alarms 45 → 45 of 1,308.
 */
export function firingSpan(
  b: CompiledBackstop,
  k: number,
  threshold: number,
  pairMargin: number,
  texts: readonly string[],
  firsts: Firsts,
  sentences: BackstopSentences,
): { span: BackstopSpan; sum: number } | null {
  const best = bestSentence(b, k, texts, firsts, sentences);
  if (!best) return null;
  const bias = b.bias[k]!;
  if (bias + best.sum >= threshold) return best;
  const { spans, sums } = sentences;
  const K = b.categories.length;
  let q = -1;
  let top = -Infinity;
  for (let r = 0; r + 1 < spans.length; r++) {
    if (spans[r]!.message !== spans[r + 1]!.message) continue;
    const sum = sums[r * K + k]! + sums[(r + 1) * K + k]!;
    if (sum > top) {
      top = sum;
      q = r;
    }
  }
  if (q < 0 || bias + top < threshold + pairMargin) return null;
  const pair = { message: spans[q]!.message, start: spans[q]!.start, end: spans[q + 1]!.end };
  return { span: narrow(b, k, texts, firsts, pair), sum: top };
}

/**
 * The sentences' part of the firing rule's score, for the trainer: the best
 * sentence's sum, or the best two adjacent sentences' of one message less
 * `pairMargin` (see firingSpan), whichever is higher.
 */
export function bestSentenceScore(
  sentenceSums: readonly number[],
  messages: readonly number[],
  pairMargin: number,
): number {
  let best = -Infinity;
  for (let q = 0; q < sentenceSums.length; q++) {
    best = Math.max(best, sentenceSums[q]!);
    if (q + 1 < sentenceSums.length && messages[q] === messages[q + 1])
      best = Math.max(best, sentenceSums[q]! + sentenceSums[q + 1]! - pairMargin);
  }
  return best;
}

/**
 * The highest sum of a window of sentences: sentence q and up to `w` on
 * either side in the same message, for every q (`sums[r * stride + k]` is
 * sentence r's; `n` sentences, `messages[r]` the message of r); -Infinity
 * when there is none. A means category whose message score stays below its
 * threshold may pass the message gate on such a window (see
 * EngineConfig.backstop.window): in a long mail the sentences far from a
 * threat dilute the message's score without making the threat less of one.
 */
export function bestWindowSum(
  sums: ArrayLike<number>,
  stride: number,
  k: number,
  messages: ArrayLike<number>,
  n: number,
  w: number,
): number {
  let best = -Infinity;
  for (let q = 0; q < n; q++) {
    let sum = 0;
    const to = Math.min(n - 1, q + w);
    for (let r = Math.max(0, q - w); r <= to; r++)
      if (messages[r] === messages[q]) sum += sums[r * stride + k]!;
    if (sum > best) best = sum;
  }
  return best;
}

/** The customer's sentences and their summed contributions per category (`sums[q * K + k]`). */
export interface BackstopSentences {
  spans: BackstopSpan[];
  sums: Float64Array;
}

/**
 * The sentences and sums of the last scoreTexts call, when it was asked for
 * them and took every text (SentenceTotals.complete): what scoreSentences
 * finds from the same texts' features, without extracting them. Null
 * otherwise.
 */
export function totalsSentences(b: CompiledBackstop): BackstopSentences | null {
  const t = b.sentenceTotals;
  if (!t.complete) return null;
  const spans: BackstopSpan[] = [];
  for (let r = 0; r < t.count; r++)
    spans.push({ message: t.messages[r]!, start: t.starts[r]!, end: t.ends[r]! });
  return { spans, sums: t.sums.slice(0, t.count * b.categories.length) };
}

/**
 * The first feature of each text (extractInput's result), or a function that
 * extracts the features and returns them when they are first needed (only a
 * sentence too long to quote whole needs them once the sentences are known).
 */
export type Firsts = readonly number[] | (() => readonly number[]);

const firstsOf = (f: Firsts): readonly number[] => (typeof f === 'function' ? f() : f);

/** Sentences of the features now in the extractor, scored for every category in one pass. */
export function scoreSentences(
  b: CompiledBackstop,
  texts: readonly string[],
  firsts: readonly number[],
): BackstopSentences {
  const { of, spans } = sentencesOf(b.extractor, texts, firsts);
  const sums = new Float64Array(spans.length * b.categories.length);
  b.sentenceSums(of, sums);
  return { spans, sums };
}

/** The span of customer text that contributes most to category `k`'s score (see bestSentence). */
export function bestSpan(
  b: CompiledBackstop,
  k: number,
  texts: readonly string[],
  firsts: readonly number[],
): BackstopSpan | null {
  return bestSentence(b, k, texts, firsts)?.span ?? null;
}

function narrow(
  b: CompiledBackstop,
  k: number,
  texts: readonly string[],
  lazyFirsts: Firsts,
  best: BackstopSpan,
): BackstopSpan {
  if (best.end - best.start <= MAX_SPAN) return best;
  // Narrow a long sentence to the window with the largest contribution (of the extractor's features).
  const firsts = firstsOf(lazyFirsts);
  const offsets = b.extractor.offsets;
  const text = texts[best.message]!;
  const from = firsts[best.message]!;
  const to = best.message + 1 < firsts.length ? firsts[best.message + 1]! : b.extractor.count;
  const pts: [number, number][] = [];
  for (let j = from; j < to; j++) {
    const at = offsets[j]!;
    if (at >= best.start && at < best.end) pts.push([at, b.contribution(j, k)]);
  }
  pts.sort((x, y) => x[0] - y[0]);
  let lo = 0;
  let sum = 0;
  let top = -Infinity;
  let wa = best.start;
  for (let hi = 0; hi < pts.length; hi++) {
    sum += pts[hi]![1];
    while (pts[hi]![0] - pts[lo]![0] >= WINDOW) sum -= pts[lo++]![1];
    if (sum > top) {
      top = sum;
      wa = pts[lo]![0];
    }
  }
  let a = wa;
  let e = Math.min(best.end, wa + WINDOW);
  while (a > best.start && isAsciiWord(text.charCodeAt(a - 1)) && isAsciiWord(text.charCodeAt(a))) a--;
  while (e < best.end && isAsciiWord(text.charCodeAt(e - 1)) && isAsciiWord(text.charCodeAt(e))) e++;
  // Never split a surrogate pair.
  if (a > best.start && isLowSurrogate(text.charCodeAt(a))) a--;
  if (e < best.end && isLowSurrogate(text.charCodeAt(e))) e++;
  const [ta, te] = trim(text, a, e);
  return te > ta ? { message: best.message, start: ta, end: te } : best;
}
