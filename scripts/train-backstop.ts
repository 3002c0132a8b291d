/**
 * Trains the statistical backstop (src/policy/backstop.ts) on labelled JSONL.
 *
 *   npm run train:backstop [-- files.jsonl ...] [--out config/backstop.json]
 *     [--folds 5] [--seed 1] [--precision 0.85] [--bits 16] [--char 2,4]
 *     [--prune 0.05] [--min-chars 8] [--no-sentences] [--no-rule-tests] [--dry-run]
 *
 * Each input is reduced to the customer's own conduct and normalised exactly
 * as the engine does (the rules' masks included: `engine.conductTexts`), and
 * hashed into character n-grams (all text) and word uni/bigrams (English).
 * Besides the labelled items it trains on short calm texts: every sentence of
 * every calm (`none`) item with more than one sentence, as a message of its
 * own, and every message-like string of the rule-table tests
 * (test/unit/policy/rules-*.test.ts) labelled with what the rules find there.
 * One logistic regression per category (FTRL-proximal, L1 + L2, fixed seed,
 * deterministic). The firing score is the engine's: the lower of the
 * message's score (for a means category, or its best window of sentences'
 * less the policy's `window_margin`) and its best sentence's, or (for a means
 * category) its best two adjacent sentences' less the policy's `pair_margin`
 * (bias + features that start in them), nothing below `--min-chars`
 * characters of customer text. For each category the firing threshold is chosen by k-fold cross-validation on
 * these files only: the lowest threshold whose out-of-fold precision (items,
 * calm sentences, rule-table negatives) is at least `--precision` (0.85: the
 * training sets are adversarial, so out-of-fold precision there understates
 * it; README, "Backstop", has the choice). A category
 * that cannot reach it, or whose out-of-fold additions to the rules (on every
 * item, as in the engine) are not more often right than
 * wrong, is left out (items of a set recorded by scripts/first-seen-rules.ts are
 * judged against what the rules found when the set was new to them). Prints
 * the CV figures and writes the model. Never give
 * it holdout-4 or later: those are blind sets. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadPolicyFile } from '../src/config/policy-file.js';
import {
  BACKSTOP_FORMAT,
  FeatureExtractor,
  MAX_WEIGHT,
  customerChars,
  snapWeight,
  extractInput,
  parseBackstopModel,
  sentencesOf,
  bestSentenceScore,
  bestWindowSum,
} from '../src/policy/backstop.js';
import type { BackstopModel, FeatureSpec } from '../src/policy/backstop.js';
import { compileEngine, DEMAND_CATEGORIES, MEANS_CATEGORIES } from '../src/policy/index.js';
import type { Category, Verdict } from '../src/policy/index.js';
import { parseLabelledText } from './labelled-corpus.js';
import { ruleTestFiles } from './rule-test-sentences.js';
import { PACKAGE_ROOT, resolvePolicyPath } from '../src/cli/policy-path.js';
import type { FirstSeenRules } from './first-seen-rules.js';
import { parseScriptArgs } from '../src/cli/script-args.js';
import { DEFAULT_PAIR_MARGIN, DEFAULT_WINDOW, parseEngineSection } from '../src/policy/engine-config.js';

const DEFAULT_FILES = [
  '../shared/corpus/dev.jsonl',
  'test/fixtures/holdout.jsonl',
  'test/fixtures/holdout-2.jsonl',
  'test/fixtures/holdout-3.jsonl',
  'test/fixtures/train/t5.jsonl',
  'test/fixtures/train/t6.jsonl',
  'test/fixtures/train/t7.jsonl',
  'test/fixtures/train/t8.jsonl',
  'test/fixtures/train/t9.jsonl',
  'test/fixtures/train/t10.jsonl',
  'test/fixtures/train/t11.jsonl',
  'test/fixtures/train/t12.jsonl',
  'test/fixtures/train/t13.jsonl',
  'test/fixtures/train/t14.jsonl',
  'test/fixtures/train/t15.jsonl',
  'test/fixtures/train/t16.jsonl',
  'test/fixtures/train/t17.jsonl',
  'test/fixtures/train/t18.jsonl',
  'test/fixtures/train/t19.jsonl',
  'test/fixtures/train/t20.jsonl',
  'test/fixtures/train/t21.jsonl',
  'test/fixtures/train/t22.jsonl',
  'test/fixtures/train/t23.jsonl',
  'test/fixtures/train/t24.jsonl',
  'test/fixtures/train/t25.jsonl',
  'test/fixtures/train/t26.jsonl',
  'test/fixtures/train/t27.jsonl',
  'test/fixtures/train/t28.jsonl',
  'test/fixtures/train/t29.jsonl',
  'test/fixtures/train/t30.jsonl',
  'test/fixtures/train/t31.jsonl',
  'test/fixtures/train/t32.jsonl',
  'test/fixtures/train/t33.jsonl',
  'test/fixtures/train/t34.jsonl',
  'test/fixtures/train/t35.jsonl',
  'test/fixtures/train/t36.jsonl',
  'test/fixtures/train/t37.jsonl',
  'test/fixtures/train/t38.jsonl',
  'test/fixtures/train/t39.jsonl',
  'test/fixtures/train/t40.jsonl',
  'test/fixtures/train/t41.jsonl',
  'test/fixtures/train/t42.jsonl',
  'test/fixtures/train/t43.jsonl',
  'test/fixtures/train/t44.jsonl',
  'test/fixtures/train/t45.jsonl',
  'test/fixtures/train/t46.jsonl',
  'test/fixtures/train/t47.jsonl',
  'test/fixtures/train/t48.jsonl',
  'test/fixtures/train/t49.jsonl',
  'test/fixtures/train/t50.jsonl',
  'test/fixtures/train/t51.jsonl',
  'test/fixtures/train/t52.jsonl',
  'test/fixtures/train/t53.jsonl',
  'test/fixtures/train/t54.jsonl',
  'test/fixtures/train/t55.jsonl',
  'test/fixtures/train/t56.jsonl',
  'test/fixtures/train/t57.jsonl',
  'test/fixtures/train/t58.jsonl',
  'test/fixtures/train/t59.jsonl',
  'test/fixtures/train/t60.jsonl',
  'test/fixtures/train/t61.jsonl',
  'test/fixtures/train/t62.jsonl',
  'test/fixtures/train/t63.jsonl',
  'test/fixtures/train/t64.jsonl',
  'test/fixtures/train/t65.jsonl',
  'test/fixtures/train/t66.jsonl',
  'test/fixtures/train/t67.jsonl',
  'test/fixtures/train/t68.jsonl',
  'test/fixtures/train/t69.jsonl',
  'test/fixtures/train/t70.jsonl',
  'test/fixtures/train/t71.jsonl',
  'test/fixtures/train/t72.jsonl',
  'test/fixtures/train/t73.jsonl',
  'test/fixtures/train/t74.jsonl',
  'test/fixtures/train/t75.jsonl',
  'test/fixtures/train/t76.jsonl',
  'test/fixtures/train/t77.jsonl',
  'test/fixtures/train/t78.jsonl',
  // Probe sets written for the rules (calm look-alikes, and constructions the rules reached for).
  'test/fixtures/probes/calm-2.jsonl',
  'test/fixtures/probes/calm-3.jsonl',
  'test/fixtures/probes/calm-4.jsonl',
  'test/fixtures/probes/calm-6.jsonl',
  'test/fixtures/probes/calm-7.jsonl',
  'test/fixtures/probes/calm-8.jsonl',
  'test/fixtures/probes/calm-10.jsonl',
  'test/fixtures/probes/calm-11.jsonl',
  'test/fixtures/probes/calm-13.jsonl',
  'test/fixtures/probes/calm-14.jsonl',
  'test/fixtures/probes/reach-en.jsonl',
  'test/fixtures/probes/reach-ja.jsonl',
];
/** Blind evaluation sets: never trained on. */
const BLIND = /holdout-(?:[4-9]|\d\d+)\.jsonl$/;

const USAGE =
  'npm run train:backstop [-- files.jsonl ...] [--out config/backstop.json] [--folds 5] [--seed 1] [--precision 0.85] [--bits 16] [--char 2,4] [--word 1,2] [--prune 0.05] [--min-chars 8] [--no-sentences] [--no-rule-tests] [--dry-run]';
const { values, positionals } = parseScriptArgs(
  {
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'config/backstop.json' },
      policy: { type: 'string' },
      folds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      precision: { type: 'string', default: '0.85' },
      bits: { type: 'string', default: '16' },
      epochs: { type: 'string', default: '6' },
      /** L1 strengths to choose from (comma-separated). */
      l1: { type: 'string', default: '0.01' },
      l2: { type: 'string', default: '1' },
      alpha: { type: 'string', default: '0.05' },
      /** Feature spec: character n-gram range, word n-gram range, scale. */
      char: { type: 'string', default: '2,4' },
      word: { type: 'string', default: '1,2' },
      scale: { type: 'string', default: 'none' },
      /** Weights below this magnitude are dropped (in CV too, so the figures are the shipped model's). */
      prune: { type: 'string', default: '0.05' },
      /** Customer text with fewer non-blank characters is never scored. */
      'min-chars': { type: 'string', default: '8' },
      /** Add every sentence of every `none` item as a negative example of its own. */
      sentences: { type: 'boolean', default: true },
      /**
       * Add the sentences of the rule-table tests (test/unit/policy/rules-*.test.ts,
       * every string literal that looks like a message), labelled with what the
       * rules find there: mostly short calm probes the backstop must leave alone.
       */
      'rule-tests': { type: 'boolean', default: true },
      /**
       * What the rules found on each training set when it was new to them
       * (scripts/first-seen-rules.ts); '' for none. The backstop's additions are
       * judged against those findings for the items it holds.
       */
      'first-seen': { type: 'string', default: 'test/fixtures/train/first-seen-rules.json' },
      /** Only these categories (comma-separated; for experiments). */
      only: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  },
  USAGE,
);

const CATEGORIES: readonly Category[] = [...MEANS_CATEGORIES, ...DEMAND_CATEGORIES];
const MEANS: ReadonlySet<string> = new Set(MEANS_CATEGORIES);
const FOLDS = Number(values.folds);
const SEED = Number(values.seed);
const TARGET = Number(values.precision);
const EPOCHS = Number(values.epochs);
const MIN_CHARS = Number(values['min-chars']);
/** A category needs at least this many out-of-fold true positives at its threshold. */
const MIN_TP = 10;
/**
 * The bias is rounded to this step; weights are snapped to the levels of
 * snapWeight (in CV too), which gives the model the engine's dense table.
 */
const ROUND = 1e-4;

const pair = (v: string): [number, number] => {
  const [a, b] = v.split(',').map(Number);
  return [a!, b!];
};
const spec: FeatureSpec = {
  bits: Number(values.bits),
  char: pair(values.char),
  word: pair(values.word),
  scale: values.scale === 'none' ? 'none' : 'sqrt',
};

/** Regularisation grid (FTRL: alpha, beta fixed; L1, L2 chosen by CV). */
const GRID = values.l1
  .split(',')
  .flatMap((l1) => values.l2.split(',').map((l2) => ({ l1: Number(l1), l2: Number(l2) })));
const ALPHA = Number(values.alpha);
const PRUNE = Number(values.prune);
const BETA = 1;

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

interface Example {
  id: string;
  file: string;
  lang: string;
  verdict: Verdict;
  hardNegative: boolean;
  gold: Set<Category>;
  /** What the rules alone find (categories and verdict). */
  rules: Set<Category>;
  rulesVerdict: Verdict;
  /** Sorted unique buckets and their (scaled) values. */
  idx: Int32Array;
  val: Float64Array;
  /** The same per sentence (features that start in it), as the firing rule sees them. */
  sents: { idx: Int32Array; val: Float64Array }[];
  /** The message each sentence is in (two adjacent sentences of one message may fire together). */
  sentMessages: number[];
  /** Non-blank characters of customer text. */
  chars: number;
  /** A sentence of a `none` item added as its own negative (not counted in the verdict figures). */
  aux: boolean;
  /** A rule-table message, labelled by the rules (trained on; counted only as a negative when choosing thresholds). */
  silver: boolean;
  /** Index of the item it comes from (folds keep an item and its sentences together). */
  group: number;
}

/** Sorted unique buckets and their counts (times `scale`) of the extractor's features `j` with `keep(j)`. */
function bag(keep: (j: number) => boolean, scale: number): { idx: Int32Array; val: Float64Array } {
  const counts = new Map<number, number>();
  for (let j = 0; j < ex.count; j++)
    if (keep(j)) counts.set(ex.buckets[j]!, (counts.get(ex.buckets[j]!) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => a - b);
  return { idx: Int32Array.from(keys), val: Float64Array.from(keys, (k) => counts.get(k)! * scale) };
}

/** The features now in the extractor as an example (message bag, sentence bags, characters). */
function featuresOf(texts: readonly string[], firsts: readonly number[]) {
  const scale = spec.scale === 'sqrt' ? 1 / Math.sqrt(Math.max(1, ex.count)) : 1;
  const { of, spans } = sentencesOf(ex, texts, firsts);
  return {
    ...bag(() => true, scale),
    sents: spans.map((_, q) => bag((j) => of[j] === q, scale)),
    sentMessages: spans.map((sp) => sp.message),
    chars: customerChars(texts),
    spans,
  };
}

// ---------------------------------------------------------------- data ---

const files = (positionals.length > 0 ? positionals : DEFAULT_FILES).map((f) => resolve(PACKAGE_ROOT, f));
for (const f of files) {
  if (BLIND.test(f)) {
    console.error(`refusing to train on a blind evaluation set: ${f}`);
    process.exit(2);
  }
}
const policyPath = resolvePolicyPath(values.policy, process.env);
const policy = loadPolicyFile(policyPath, { backstop: false });
// The rules alone: the backstop is what is being trained.
const engine = compileEngine(policy);
/**
 * The policy file's own backstop settings (the engine above has none), read
 * without its model file, which a first training does not have yet; null
 * when it has no backstop section (the defaults then).
 */
const gates = parseEngineSection(
  (parseYaml(readFileSync(policyPath, 'utf8')) as { engine: Record<string, unknown> }).engine,
).backstop;
/** The engine's margin for two adjacent sentences (config/policy.yaml, engine.backstop.pair_margin). */
const PAIR_MARGIN = gates?.pairMargin ?? DEFAULT_PAIR_MARGIN;
/** As the engine: a means category may fire on two adjacent sentences, a demand never. */
const pairMarginOf = (c: Category): number => (MEANS.has(c) ? PAIR_MARGIN : Infinity);
/** The engine's local message gate (engine.backstop.window_sentences, window_margin): means categories only. */
const WINDOW = gates ? gates.window : DEFAULT_WINDOW;
const windowOf = (c: Category): { sentences: number; margin: number } | null =>
  MEANS.has(c) ? WINDOW : null;
/** Per training file and item id: what the rules found when the set was new to them. */
const firstSeen: FirstSeenRules['files'] =
  values['first-seen'] && existsSync(resolve(PACKAGE_ROOT, values['first-seen']))
    ? (JSON.parse(readFileSync(resolve(PACKAGE_ROOT, values['first-seen']), 'utf8')) as FirstSeenRules).files
    : {};
let firstSeenItems = 0;
const ex = new FeatureExtractor(spec);
const hash = createHash('sha256');
const examples: Example[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const name = relative(PACKAGE_ROOT, file);
  hash.update(`${name}\n`).update(text);
  for (const gold of parseLabelledText(file, text)) {
    const input = gold.input;
    const decision = engine.evaluate(input);
    const seen = firstSeen[name]?.items[gold.id];
    if (seen) firstSeenItems++;
    const ctx = input.context ?? {};
    const context = { channel: ctx.channel, noDefectFound: ctx.noDefectFound };
    const texts = engine.conductTexts(input);
    const firsts = extractInput(ex, texts, context);
    const { spans, ...feats } = featuresOf(texts, firsts);
    const group = examples.length;
    const goldCats = new Set([...gold.means, ...gold.demands]);
    examples.push({
      id: gold.id,
      file: name,
      lang: gold.lang,
      verdict: gold.verdict,
      hardNegative: gold.hardNegative,
      gold: goldCats,
      rules: new Set<Category>(seen ? seen.categories : [...decision.means, ...decision.demands]),
      rulesVerdict: seen ? seen.verdict : decision.verdict,
      ...feats,
      aux: false,
      silver: false,
      group,
    });
    // Short calm texts: each sentence of a calm item is a calm message of its own.
    if (!values.sentences || gold.verdict !== 'none' || goldCats.size > 0 || spans.length < 2) continue;
    for (const sp of spans) {
      const t = texts[sp.message]!.slice(sp.start, sp.end);
      const f = extractInput(ex, [t], context);
      const { spans: _, ...sf } = featuresOf([t], f);
      examples.push({
        id: `${gold.id}#${sp.message}:${sp.start}`,
        file: name,
        lang: gold.lang,
        verdict: 'none',
        hardNegative: false,
        gold: new Set(),
        rules: new Set(),
        rulesVerdict: 'none',
        ...sf,
        aux: true,
        silver: false,
        group,
      });
    }
  }
}
if (values['rule-tests']) {
  let n = 0;
  for (const { path, lang, sentences } of ruleTestFiles(PACKAGE_ROOT)) {
    const f = basename(path);
    hash.update(`${relative(PACKAGE_ROOT, path)}\n`).update(readFileSync(path));
    for (const text of sentences) {
      n++;
      const input = { text, lang, context: {} };
      const decision = engine.evaluate(input);
      const texts = engine.conductTexts(input);
      const firsts = extractInput(ex, texts, {});
      const { spans: _, ...feats } = featuresOf(texts, firsts);
      const rules = new Set<Category>([...decision.means, ...decision.demands]);
      examples.push({
        id: `${f}#${n}`,
        file: relative(PACKAGE_ROOT, path),
        lang,
        verdict: decision.verdict,
        hardNegative: false,
        // Silver labels: the rule tables pass with the rules alone.
        gold: rules,
        rules,
        rulesVerdict: decision.verdict,
        ...feats,
        aux: true,
        silver: true,
        group: examples.length,
      });
    }
  }
}
const sha256 = hash.digest('hex');
const items = examples.filter((x) => !x.aux);
console.log(
  `${items.length} items from ${files.length} files (sha256 ${sha256.slice(0, 16)}…), plus ${examples.length - items.length} sentences of calm items and rule-table messages (labelled by the rules)`,
);
if (firstSeenItems > 0)
  console.log(
    `${firstSeenItems} items judged against the rules as they were when their set was new (${values['first-seen']})`,
  );

// ------------------------------------------------------------ training ---

const D = 2 ** spec.bits;
const z = new Float64Array(D);
const nn = new Float64Array(D);

interface Trained {
  bias: number;
  w: Map<number, number>;
}

function weightOf(i: number, l1: number, l2: number): number {
  const zi = z[i]!;
  if (Math.abs(zi) <= l1) return 0;
  return -(zi - Math.sign(zi) * l1) / ((BETA + Math.sqrt(nn[i]!)) / ALPHA + l2);
}

/** FTRL-proximal logistic regression; the bias is coordinate D (not L1-penalised). */
function train(rows: readonly Example[], c: Category, l1: number, l2: number, seed: number): Trained {
  z.fill(0);
  nn.fill(0);
  let zb = 0;
  let nb = 0;
  const rand = rng(seed);
  const order = rows.map((_, i) => i);
  for (let e = 0; e < EPOCHS; e++) {
    shuffle(order, rand);
    for (const r of order) {
      const x = rows[r]!;
      const wb = -zb / ((BETA + Math.sqrt(nb)) / ALPHA);
      let s = wb;
      const ws = new Float64Array(x.idx.length);
      for (let j = 0; j < x.idx.length; j++) {
        const w = weightOf(x.idx[j]!, l1, l2);
        ws[j] = w;
        s += w * x.val[j]!;
      }
      const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, s))));
      const g = p - (x.gold.has(c) ? 1 : 0);
      for (let j = 0; j < x.idx.length; j++) {
        const i = x.idx[j]!;
        const gi = g * x.val[j]!;
        const sigma = (Math.sqrt(nn[i]! + gi * gi) - Math.sqrt(nn[i]!)) / ALPHA;
        z[i] = z[i]! + gi - sigma * ws[j]!;
        nn[i] = nn[i]! + gi * gi;
      }
      const sigmaB = (Math.sqrt(nb + g * g) - Math.sqrt(nb)) / ALPHA;
      zb += g - sigmaB * wb;
      nb += g * g;
    }
  }
  const w = new Map<number, number>();
  for (let i = 0; i < D; i++) {
    if (z[i] === 0) continue;
    const v = snapWeight(weightOf(i, l1, l2));
    if (Math.abs(v) >= PRUNE) w.set(i, v);
  }
  return { bias: Math.round(-zb / ((BETA + Math.sqrt(nb)) / ALPHA) / ROUND) * ROUND, w };
}

function sumOf(m: Trained, b: { idx: Int32Array; val: Float64Array }): number {
  let s = 0;
  for (let j = 0; j < b.idx.length; j++) s += (m.w.get(b.idx[j]!) ?? 0) * b.val[j]!;
  return s;
}

/**
 * The score the firing rule compares with the threshold (as the engine does):
 * the lower of the message's score and its best sentence's, or best two
 * adjacent sentences' of one message (bias + what starts in them: see
 * firingSpan); -Infinity when the customer text is too short to score.
 */
function scoreOf(
  m: Trained,
  x: Example,
  pairMargin: number,
  window: { sentences: number; margin: number } | null,
): number {
  if (x.chars < MIN_CHARS || x.sents.length === 0) return -Infinity;
  const sentenceSums = x.sents.map((st) => sumOf(m, st));
  const best = bestSentenceScore(sentenceSums, x.sentMessages, pairMargin);
  // The message gate: the message's score, or its best window of sentences' less the margin.
  let gate = sumOf(m, x);
  if (window) {
    const local = bestWindowSum(sentenceSums, 1, 0, x.sentMessages, sentenceSums.length, window.sentences);
    gate = Math.max(gate, local - window.margin);
  }
  return m.bias + Math.min(gate, best);
}

/**
 * The lowest threshold whose precision (over the scores at or above it) is
 * at least TARGET with at least MIN_TP true positives; null when none.
 */
function pickThreshold(
  scores: Float64Array,
  gold: readonly boolean[],
): { t: number; tp: number; fp: number } | null {
  const order = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b);
  let tp = 0;
  let fp = 0;
  let best: { t: number; tp: number; fp: number } | null = null;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (scores[i] === -Infinity) break;
    if (gold[i] && examples[i]!.silver) continue;
    if (gold[i]) tp++;
    else fp++;
    // Only at the end of a run of equal scores.
    if (k + 1 < order.length && scores[order[k + 1]!] === scores[i]) continue;
    if (tp >= MIN_TP && tp / (tp + fp) >= TARGET) best = { t: scores[i]!, tp, fp };
  }
  return best;
}

// Folds: a seeded permutation of the items, item i in fold perm-rank % FOLDS; its sentences with it.
const itemFold = new Int32Array(examples.length);
shuffle(
  examples.flatMap((x, i) => (x.aux ? [] : [i])),
  rng(SEED),
).forEach((i, rank) => (itemFold[i] = rank % FOLDS));
const foldOf = Int32Array.from(examples, (x) => itemFold[x.group]!);

function outOfFold(c: Category, l1: number, l2: number): Float64Array {
  const scores = new Float64Array(examples.length);
  for (let f = 0; f < FOLDS; f++) {
    const m = train(
      examples.filter((_, i) => foldOf[i] !== f),
      c,
      l1,
      l2,
      SEED + f,
    );
    examples.forEach((x, i) => {
      if (foldOf[i] === f) scores[i] = scoreOf(m, x, pairMarginOf(c), windowOf(c));
    });
  }
  return scores;
}

interface Chosen {
  category: Category;
  l1: number;
  l2: number;
  threshold: number;
  oof: Float64Array;
  tp: number;
  fp: number;
  positives: number;
}

const chosen: Chosen[] = [];
const pct = (x: number): string => x.toFixed(3);
console.log(
  `\n${FOLDS}-fold CV, target precision ${TARGET}; per category: best regularisation, threshold, P/R`,
);
for (const c of CATEGORIES) {
  if (values.only && !values.only.split(',').includes(c)) continue;
  const gold = examples.map((x) => x.gold.has(c));
  const positives = gold.filter((g, i) => g && !examples[i]!.silver).length;
  let best: Chosen | null = null;
  const tried: string[] = [];
  for (const g of GRID) {
    const oof = outOfFold(c, g.l1, g.l2);
    const pick = pickThreshold(oof, gold);
    tried.push(`l1=${g.l1},l2=${g.l2}: ${pick ? `R ${pct(pick.tp / positives)}` : '-'}`);
    if (pick && (!best || pick.tp > best.tp))
      best = { category: c, ...g, threshold: pick.t, oof, tp: pick.tp, fp: pick.fp, positives };
  }
  if (best) {
    chosen.push(best);
    console.log(
      `  ${c.padEnd(15)} l1 ${String(best.l1).padEnd(4)} t ${best.threshold.toFixed(3).padStart(7)}  P ${pct(best.tp / (best.tp + best.fp))} R ${pct(best.tp / positives)} (${best.tp}/${positives}, ${best.fp} fp)   [${tried.join('; ')}]`,
    );
  } else console.log(`  ${c.padEnd(15)} dropped: no threshold reaches P ${TARGET}   [${tried.join('; ')}]`);
}

// ------------------------------------------------------------- figures ---

const RANK: Record<Verdict, number> = { none: 0, review: 1, harassment: 2 };

/**
 * What the backstop adds to the rules out of fold, on every item (the engine
 * runs it where the rules found means too: its categories beside a threat
 * count, though it cannot change that verdict; models before 2026-11-30's
 * fourth session were chosen with it only where the rules found no means):
 * per category, and the combined verdict figures. A category whose additions
 * are not more often right than wrong is dropped.
 */
function combined(): void {
  console.log('\nCV: what the backstop adds to the rules (out-of-fold)');
  const added = examples.map(() => new Set<Category>());
  for (const ch of [...chosen]) {
    let tp = 0;
    let fp = 0;
    let aux = 0;
    examples.forEach((x, i) => {
      if (x.rules.has(ch.category) || ch.oof[i]! < ch.threshold) return;
      if (x.aux) {
        aux++;
        return;
      }
      added[i]!.add(ch.category);
      if (x.gold.has(ch.category)) tp++;
      else fp++;
    });
    const keep = tp > fp;
    console.log(
      `  ${ch.category.padEnd(15)} +${tp} right, +${fp} wrong; fires on ${aux} calm sentences${keep ? '' : '  → dropped'}`,
    );
    if (!keep) {
      chosen.splice(chosen.indexOf(ch), 1);
      examples.forEach((_, i) => added[i]!.delete(ch.category));
    }
  }
  const stats = (withBackstop: boolean) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let hn = 0;
    let alarms = 0;
    let ctp = 0;
    let cfp = 0;
    let cfn = 0;
    examples.forEach((x, i) => {
      if (x.aux) return;
      const cats = new Set(x.rules);
      if (withBackstop) for (const c of added[i]!) cats.add(c);
      const verdict: Verdict =
        x.rulesVerdict === 'harassment' || [...cats].some((c) => MEANS.has(c))
          ? 'harassment'
          : cats.size > 0 || x.rulesVerdict === 'review'
            ? 'review'
            : 'none';
      const g = x.verdict === 'harassment';
      const p = verdict === 'harassment';
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
      if (x.hardNegative) {
        hn++;
        if (RANK[verdict] > RANK[x.verdict]) alarms++;
      }
      for (const c of CATEGORIES) {
        const gc = x.gold.has(c);
        const pc = cats.has(c);
        if (gc && pc) ctp++;
        else if (pc) cfp++;
        else if (gc) cfn++;
      }
    });
    return `harassment P ${pct(tp / Math.max(1, tp + fp))} R ${pct(tp / Math.max(1, tp + fn))}; hard-negative alarms ${alarms}/${hn}; category micro P ${pct(ctp / Math.max(1, ctp + cfp))} R ${pct(ctp / Math.max(1, ctp + cfn))}`;
  };
  console.log(`  rules alone:            ${stats(false)}`);
  console.log(`  rules + backstop (CV):  ${stats(true)}`);
}
combined();

// --------------------------------------------------------------- model ---

const categories: BackstopModel['categories'] = [];
// The run-time table holds weights in 16 bits: snapWeight clamps a larger one (counted here).
let clamped = 0;
for (const ch of chosen) {
  const m = train(examples, ch.category, ch.l1, ch.l2, SEED);
  const pairs = [...m.w.entries()].sort((a, b) => a[0] - b[0]);
  clamped += pairs.filter(([, w]) => Math.abs(w) >= MAX_WEIGHT).length;
  categories.push({
    category: ch.category,
    bias: Number(m.bias.toFixed(4)),
    threshold: Number(ch.threshold.toFixed(4)),
    buckets: pairs.map(([b]) => b),
    weights: pairs.map(([, w]) => Number(w.toFixed(4))),
    cv: {
      precision: Number((ch.tp / (ch.tp + ch.fp)).toFixed(3)),
      recall: Number((ch.tp / ch.positives).toFixed(3)),
      l1: ch.l1,
      l2: ch.l2,
    },
  });
}
const model: BackstopModel = {
  format: BACKSTOP_FORMAT,
  version: `${policy.version}+backstop.${sha256.slice(0, 8)}`,
  features: spec,
  minChars: MIN_CHARS,
  categories,
  training: {
    files: files.map((f) => relative(PACKAGE_ROOT, f)),
    sha256,
    examples: items.length,
    calmSentences: examples.length - items.length,
    ruleTests: values['rule-tests'],
    firstSeenItems,
    folds: FOLDS,
    seed: SEED,
    targetPrecision: TARGET,
    epochs: EPOCHS,
    ftrl: { alpha: ALPHA, beta: BETA },
  },
};
const check = parseBackstopModel(JSON.parse(JSON.stringify(model)));
if ('error' in check) throw new Error(`model does not validate: ${check.error}`);
const weights = categories.reduce((s, c) => s + c.buckets.length, 0);
console.log(
  `\nmodel: ${categories.length} categories, ${weights} weights${clamped ? ` (${clamped} at the limit ±${MAX_WEIGHT})` : ''}`,
);
if (!values['dry-run']) {
  const out = resolve(PACKAGE_ROOT, values.out);
  // One category per line: diffable, and compact.
  const body = [
    '{',
    `"format":${JSON.stringify(model.format)},"version":${JSON.stringify(model.version)},`,
    `"features":${JSON.stringify(model.features)},`,
    `"minChars":${model.minChars},`,
    `"training":${JSON.stringify(model.training)},`,
    '"categories":[',
    categories.map((c) => JSON.stringify(c)).join(',\n'),
    ']}',
    '',
  ].join('\n');
  writeFileSync(out, body);
  console.log(`wrote ${relative(PACKAGE_ROOT, out)} (${Math.round(body.length / 1024)} KiB)`);
}
