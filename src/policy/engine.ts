/**
 * The policy engine: customer conduct → normalisation → rules → the
 * two-factor determination. Pure and synchronous.
 */
import {
  bestWindowSum,
  compileBackstop,
  firingSpan,
  extractInput,
  hasCustomerChars,
  parseBackstopModel,
  scoreSentences,
  totalsSentences,
} from './backstop.js';
import type { BackstopModel, BackstopSentences, CompiledBackstop } from './backstop.js';
import { ConfigError } from '../config/errors.js';
import { customerConduct, isSpace } from './customer-conduct.js';
import { parseEngineSection } from './engine-config.js';
import type { EngineConfig } from './engine-config.js';
import { detectLanguage } from './language.js';
import { MASK_CHAR, normaliseLazy, toOriginal } from './normalize.js';
import type { LazyNormText } from './normalize.js';
import { threadPersistence } from './persistence.js';
import { LiteralPrefilter } from './prefilter.js';
import type { Candidates } from './prefilter.js';
import { compileRuleDocs, writtenSource } from './rules.js';
import type { CompiledRuleSet } from './rules.js';
import { nearSpan, segment, sentenceAt } from './sentences.js';
import type { Sentences } from './sentences.js';
import { SEVERITY_ORDER } from './clauses.js';
import { DEMAND_CATEGORIES, MEANS_CATEGORIES } from './types.js';
import type {
  Category,
  DemandCategory,
  Decision,
  EvaluationContext,
  EvaluationInput,
  Evidence,
  Lang,
  MeansCategory,
  Severity,
} from './types.js';

export interface PolicyInput {
  version: string;
  engine: Record<string, unknown>;
  ruleDocs: { path: string; doc: unknown }[];
  /** The backstop model file, parsed JSON (when `engine.backstop` is enabled). */
  backstop?: { path: string; doc: unknown } | null;
}

export interface PolicyEngine {
  readonly version: string;
  readonly config: EngineConfig;
  evaluate(input: EvaluationInput): Decision;
  /**
   * Measures each rule's matching cost over the given texts (for the
   * benchmark's `--rules` report); `now` returns a monotonic time in µs. The
   * engine itself reads no clock.
   */
  profileRules(texts: readonly string[], now: () => number): { id: string; ran: number; micros: number }[];
  /**
   * Each message's text as the rules (and the backstop) see it: customer
   * conduct, normalised, masks blanked. For training the backstop.
   */
  conductTexts(input: EvaluationInput): string[];
  /** The categories the backstop may add, with their thresholds (empty when off). */
  readonly backstopCategories: readonly { category: Category; threshold: number }[];
  /**
   * evaluate, and why: the masks that blanked text, the rule hits that an
   * `unless` pattern or a veto cleared, and the backstop's scores (for the
   * classify CLI's `--why`; slower than evaluate, not for the service).
   */
  explain(input: EvaluationInput): Explanation;
}

/** A rule hit (or a backstop sentence) that was not kept as evidence, and what cleared it. */
export interface ClearedHit {
  category: Category;
  /** The rule id, or `backstop.<category>`. */
  rule: string;
  quote: string;
  message: number;
  start: number;
  end: number;
  /** `unless[k]` of the rule, `veto <id>`, or `rule unless` (a backstop sentence a rule's unless cleared). */
  by: string;
}

export interface Explanation {
  decision: Decision;
  /** Ids of the masks that blanked text, per message (in mask order). */
  masks: { message: number; id: string }[];
  cleared: ClearedHit[];
  /** The backstop's message scores (empty when it is off or did not score). */
  backstop: {
    category: Category;
    score: number;
    threshold: number;
    /** True when the message score is below the threshold and a window of sentences passed the gate instead. */
    window?: boolean;
  }[];
  /** Categories found, then absorbed by another (engine.subsumes). */
  subsumed: { category: Category; by: Category }[];
}

/** What explain collects while evaluate runs (null otherwise: the hot path only tests for null). */
interface Trace {
  masks: Explanation['masks'];
  cleared: ClearedHit[];
  backstop: Explanation['backstop'];
  subsumed: Explanation['subsumed'];
}

/** Where a hit lies, for the vetoes: the text, the hit's sentence(s) [a, b) and its neighbourhood [nearA, nearB). */
interface VetoScope {
  text: string;
  sentence: string;
  a: number;
  b: number;
  nearA: number;
  nearB: number;
}

/** What one message contributes: rule hits, and its customer-conduct text. */
interface MessageScan {
  evidence: Evidence[];
  /** The message with non-customer text masked (same length as the original). */
  conduct: string;
  /** The normalised conduct text after masks, as the rules saw it. */
  norm: LazyNormText;
  /**
   * Sentences of `norm.text` ([a, b)) where a rule of `category` matched
   * and one of its `unless` patterns cleared it: the backstop does not add
   * that category there (see addBackstop).
   */
  cleared: { category: Category; a: number; b: number }[];
  /** The prefilter's reading of `norm.text` (valid while its mark is the prefilter's). */
  may: Candidates | undefined;
}

/** Veto scopes as numbers (Engine.vetoScope). */
const SCOPE_SENTENCE = 0;
const SCOPE_NEAR = 1;
const SCOPE_MESSAGE = 2;

/** ruleFlags bits. */
const RULE_NO_DEFECT = 1;
const RULE_NEAR = 2;

const CATEGORY_ORDER: readonly Category[] = [...MEANS_CATEGORIES, ...DEMAND_CATEGORIES];
const MEANS_SET: ReadonlySet<string> = new Set(MEANS_CATEGORIES);

function blank(n: LazyNormText, re: RegExp): LazyNormText {
  re.lastIndex = 0;
  if (!re.test(n.text)) return n;
  re.lastIndex = 0;
  const text = n.text.replace(re, (m) => ' '.repeat(m.length));
  return { text, start: n.start, end: n.end };
}

/** Whether every pattern matches `s` (in order, stopping at the first that does not). */
function allTest(res: readonly RegExp[], s: string): boolean {
  for (let k = 0; k < res.length; k++) if (!res[k]!.test(s)) return false;
  return true;
}

/** The span of `text` without leading/trailing whitespace and masked characters. */
function trimmedSpan(text: string): [number, number] {
  let a = 0;
  let b = text.length;
  while (a < b && (isSpace(text.charCodeAt(a)) || text[a] === MASK_CHAR)) a++;
  while (b > a && (isSpace(text.charCodeAt(b - 1)) || text[b - 1] === MASK_CHAR)) b--;
  return [a, b];
}

/**
 * The top-level alternatives of a `u`-flag pattern source (escapes, classes
 * and groups respected); one when there is no top-level `|`, null when the
 * source is not understood.
 */
export function topLevelBranches(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(source.slice(from));
  return out;
}

/**
 * Whether every match of a pattern (flags `gu`: no `i`, so `\b` is ASCII)
 * starts with `\b`: each of its top-level alternatives begins with it.
 */
export function startsAtWordBoundary(re: RegExp): boolean {
  if (re.flags !== 'gu') return false;
  const branches = topLevelBranches(writtenSource(re));
  return branches !== null && branches.every((b) => b.startsWith('\\b'));
}

/** What `\b` counts as a word character without the `i` flag: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * Whether `\b` may hold at offset `at` of `text` (exactly whether it holds,
 * except inside a surrogate pair, where a `u` regex starts at the pair).
 */
export function wordBoundaryAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 0xdc00 && c <= 0xdfff && at > 0) {
    const p = text.charCodeAt(at - 1);
    if (p >= 0xd800 && p <= 0xdbff) return true;
  }
  const before = at > 0 && isWordChar(text.charCodeAt(at - 1));
  const after = at < text.length && isWordChar(text.charCodeAt(at));
  return before !== after;
}

class Engine implements PolicyEngine {
  /**
   * Over masks, then rules, then every rule's `requires` patterns (all of
   * which must match in the scope, so their literals must be in the text).
   */
  private readonly prefilter: LiteralPrefilter | null;
  /**
   * For rule i, the prefilter indexes of its `requires` patterns:
   * `requiresList[requiresStart[i] .. requiresStart[i + 1])` (flat, so the
   * per-candidate check reads no rule object).
   */
  private readonly requiresStart: Int32Array;
  private readonly requiresList: Int32Array;
  /**
   * For rule i, RULE_NO_DEFECT when it needs the "no defect found" context,
   * RULE_NEAR when a hit needs its neighbouring sentences (a rule of the
   * `near` scope, or a category with a `near` veto).
   */
  private readonly ruleFlags: Uint8Array;
  /**
   * For rule i, the prefilter indexes of its `unless` patterns; for veto v,
   * its pattern's. Looked up against the text the rules see: where a mask
   * changed a message (blanking text with spaces may create a literal), the
   * prefilter reads the masked text again first.
   */
  private readonly unlessIdx: number[][];
  private readonly vetoIdx: Int32Array;
  /** Category → indexes of the vetoes that apply to it, in file order. */
  private readonly vetoesOf = new Map<Category, number[]>();
  /** The categories that a veto of the `near` scope applies to. */
  private readonly nearVetoes = new Set<Category>();
  /**
   * For rule i, a sticky copy of its pattern when the prefilter knows where
   * its matches may start: the pattern is then tried at those offsets only.
   */
  private readonly sticky: (RegExp | null)[];
  /** Scratch: offsets where a match may start. */
  private starts = new Int32Array(64);
  /** Scratch: indexes of the rules to run on the current message. */
  private readonly runList: Int32Array;
  /** Scratch: bit `i & 31` of `runBits[i >> 5]` set when rule i is to run. */
  private readonly runBits: Int32Array;
  /** For rule i, 1 when every match starts with `\b` (see startsAtWordBoundary). */
  private readonly boundary: Uint8Array;
  /**
   * Veto v's last result on the current message (see firstVeto): valid when
   * `vetoMemo[3 * v] === scanGeneration`, for the scope [vetoMemo[3 * v + 1],
   * vetoMemo[3 * v + 2]) of the message's rule text (-1, -1: the whole text);
   * `vetoHit[v]` is the result. Several hits of a category in one message ask
   * the same vetoes about the same text: more than half of the veto tests on
   * the dev corpus were such repeats.
   */
  private readonly vetoMemo: Int32Array;
  private readonly vetoHit: Uint8Array;
  /** Veto v's scope: SCOPE_SENTENCE, SCOPE_NEAR or SCOPE_MESSAGE (read without touching its object). */
  private readonly vetoScope: Uint8Array;
  private scanGeneration = 0;
  /** Set by explain for the length of one evaluate. */
  private trace: Trace | null = null;
  /** Scratch: the backstop's score per category. */
  private readonly backstopScores: Float64Array;
  /**
   * How far above its threshold a means category's best two adjacent
   * sentences must score (see firingSpan). Demand categories never fire on a
   * pair: on held-out 4–24 pairs added two calm customers' requests as
   * demands (alarms 45 → 47) for four reviews found, and none with means only.
   */
  private readonly pairMargin: number;
  /** The local message gate for means categories (see bestWindowSum), or null. */
  private readonly window: { sentences: number; margin: number } | null;
  /** How far above its threshold the backstop overrules a rule's own `unless` (see addBackstop). */
  private readonly unlessMargin: number;
  /** Scratch per backstop category: 0 found by the rules, 1 open, 2 open and passed the message gate on a window. */
  private readonly windowPass: Uint8Array;
  readonly backstopCategories: readonly { category: Category; threshold: number }[];

  constructor(
    readonly version: string,
    readonly config: EngineConfig,
    private readonly rules: CompiledRuleSet,
    prefilter: boolean,
    private readonly backstop: CompiledBackstop | null = null,
    collectGarbage: () => void = noop,
  ) {
    this.backstopScores = new Float64Array(backstop?.categories.length ?? 0);
    this.pairMargin = config.backstop?.pairMargin ?? 0;
    this.window = config.backstop?.window ?? null;
    this.unlessMargin = config.backstop?.unlessMargin ?? Infinity;
    this.windowPass = new Uint8Array(backstop?.categories.length ?? 0);
    this.backstopCategories = backstop
      ? backstop.categories.map((category, k) => ({ category, threshold: backstop.thresholds[k]! }))
      : [];
    // The prefilter analyses the patterns as written (the RegExps run a compacted equivalent).
    const sources = [
      ...rules.masks.map((m) => writtenSource(m.re)),
      ...rules.rules.map((r) => writtenSource(r.re)),
    ];
    const add = (re: RegExp): number => sources.push(writtenSource(re)) - 1;
    const requiresIdx = rules.rules.map((r) => r.requires.map(add));
    this.requiresStart = new Int32Array(rules.rules.length + 1);
    requiresIdx.forEach((list, i) => (this.requiresStart[i + 1] = this.requiresStart[i]! + list.length));
    this.requiresList = Int32Array.from(requiresIdx.flat());
    this.unlessIdx = rules.rules.map((r) => r.unless.map(add));
    this.vetoIdx = Int32Array.from(rules.vetoes, (v) => add(v.re));
    this.vetoMemo = new Int32Array(3 * rules.vetoes.length);
    this.vetoHit = new Uint8Array(rules.vetoes.length);
    this.vetoScope = Uint8Array.from(rules.vetoes, (v) =>
      v.scope === 'message' ? SCOPE_MESSAGE : v.scope === 'near' ? SCOPE_NEAR : SCOPE_SENTENCE,
    );
    rules.vetoes.forEach((v, k) => {
      for (const c of v.categories) {
        if (v.scope === 'near') this.nearVetoes.add(c);
        const list = this.vetoesOf.get(c) ?? [];
        list.push(k);
        this.vetoesOf.set(c, list);
      }
    });
    this.ruleFlags = Uint8Array.from(
      rules.rules,
      (r) =>
        (r.onlyIfNoDefect ? RULE_NO_DEFECT : 0) |
        (r.scope === 'near' || this.nearVetoes.has(r.category) ? RULE_NEAR : 0),
    );
    const offset = rules.masks.length;
    // Rules (and masks) are marked in the prefilter pass; requires, unless and veto patterns are
    // looked up when needed (most are never needed for a message).
    const lazy = new Set(sources.map((_, k) => k).filter((k) => k >= offset + rules.rules.length));
    this.prefilter = prefilter
      ? new LiteralPrefilter(sources, new Set(rules.rules.map((_, i) => offset + i)), lazy, collectGarbage)
      : null;
    this.runList = new Int32Array(rules.rules.length);
    this.runBits = new Int32Array((rules.rules.length >> 5) + 1);
    this.sticky = rules.rules.map((r, i) =>
      this.prefilter?.isAnchored(offset + i) ? new RegExp(r.re.source, `${r.re.flags}y`) : null,
    );
    this.boundary = Uint8Array.from(rules.rules, (r) => (startsAtWordBoundary(r.re) ? 1 : 0));
  }

  private scan(original: string, index: number, ctx: EvaluationContext): MessageScan {
    if (this.scanGeneration === 0x7fffffff) {
      this.vetoMemo.fill(0);
      this.scanGeneration = 0;
    }
    this.scanGeneration++;
    const conduct = customerConduct(original, { channel: ctx.channel });
    let n = normaliseLazy(conduct, { maskedWords: this.config.maskedWords });
    // Masks only remove text, so candidates found before masking are a superset of those after.
    let may = this.prefilter?.candidates(n.text);
    const masks = this.rules.masks;
    const unmasked = n;
    for (let i = 0; i < masks.length; i++) {
      if (!may || may.stamps[i] === may.mark) {
        const before = n;
        n = blank(n, masks[i]!.re);
        if (this.trace && n !== before) this.trace.masks.push({ message: index, id: masks[i]!.id });
      }
    }
    // A mask blanks text, which may create a literal the pass did not see (see unlessIdx): the prefilter
    // then reads the text the rules see, so that its marks hold for it (and unless and veto patterns are
    // looked up there too, instead of every one being run).
    if (may && n !== unmasked) may = this.prefilter!.candidates(n.text);
    const text = n.text;
    // Sentences are found when a match first needs them (most messages have no match).
    let sentences: Sentences | null = null;
    const evidence: Evidence[] = [];
    const cleared: MessageScan['cleared'] = [];
    const rules = this.rules.rules;
    const offset = masks.length;
    // The rules to run, in rule order (evidence order depends on it).
    const run = this.runList;
    let runCount = 0;
    if (may) {
      // The marked rules as bits of a set, read back in rule order.
      const end = offset + rules.length;
      const bits = this.runBits;
      bits.fill(0);
      for (let k = 0; k < may.count; k++) {
        const idx = may.list[k]!;
        if (idx >= offset && idx < end) {
          const i = idx - offset;
          bits[i >> 5] = bits[i >> 5]! | (1 << (i & 31));
        }
      }
      for (let w = 0; w < bits.length; w++) {
        let x = bits[w]!;
        while (x !== 0) {
          const low = x & -x;
          run[runCount++] = (w << 5) + 31 - Math.clz32(low);
          x ^= low;
        }
      }
    } else {
      for (let i = 0; i < rules.length; i++) run[runCount++] = i;
    }
    for (let r = 0; r < runCount; r++) {
      const i = run[r]!;
      const flags = this.ruleFlags[i]!;
      if ((flags & RULE_NO_DEFECT) !== 0 && !ctx.noDefectFound) continue;
      if (may && !this.allMayMatch(this.requiresStart[i]!, this.requiresStart[i + 1]!)) continue;
      const rule = rules[i]!;
      // No match can start before the earliest required literal (minus the pattern's reach).
      const from = may ? may.startAt[offset + i]! : 0;
      // When the prefilter knows where a match may start, the sticky copy is tried there only:
      // the first offset where it matches is where the scan would have found its match.
      // (An anchored rule always takes this path, so its scanning regex is never compiled.)
      const sticky = may ? this.sticky[i]! : null;
      // (The prefilter read the text the rules see: its branch bounds hold.)
      let nStarts = sticky ? this.prefilter!.anchorStarts(offset + i, from, this.starts, true) : -1;
      while (nStarts === -2) {
        this.starts = new Int32Array(this.starts.length * 2);
        nStarts = this.prefilter!.anchorStarts(offset + i, from, this.starts, true);
      }
      const starts = this.starts;
      if (nStarts === 0) continue;
      if (nStarts < 0) rule.re.lastIndex = from;
      const boundary = this.boundary[i]!;
      let next = 0;
      let last = from;
      // More hits of one rule than the evidence kept per category add nothing (and bound the cost).
      let accepted = 0;
      while (accepted < this.config.maxEvidencePerCategory) {
        // The match [ns, ne), or ns = -1 when there is none.
        let ns = -1;
        let ne = -1;
        if (nStarts > 0) {
          while (next < nStarts) {
            const at = starts[next++]!;
            if (at < last) continue;
            // A pattern that starts with \b cannot match where \b fails (no regex call for that).
            if (boundary === 1 && !wordBoundaryAt(text, at)) {
              last = at + 1;
              continue;
            }
            // A sticky match starts at `at` and ends at lastIndex: `test` finds it without building
            // the match array that `exec` returns.
            sticky!.lastIndex = at;
            if (sticky!.test(text)) {
              ns = at;
              ne = sticky!.lastIndex;
              break;
            }
            // No match starts here (and the offset may be listed twice).
            last = at + 1;
          }
        } else {
          const m = rule.re.exec(text);
          if (m !== null) {
            ns = m.index;
            ne = ns + m[0].length;
          }
        }
        if (ns < 0) break;
        last = ne;
        if (ne === ns) {
          rule.re.lastIndex++;
          last++;
          continue;
        }
        sentences ??= segment(text);
        // The sentences covering [ns, ne) (as sentenceSpan).
        const sa = sentences.starts[sentenceAt(sentences, ns)]!;
        const sb = sentences.ends[sentenceAt(sentences, Math.max(ns, ne - 1))]!;
        // The neighbouring sentences, for a rule or veto of the `near` scope (found only then).
        const [na, nb] = (flags & RULE_NEAR) !== 0 ? nearSpan(sentences, text, ns, ne) : [sa, sb];
        const scope =
          rule.scope === 'message' ? text : rule.scope === 'near' ? text.slice(na, nb) : text.slice(sa, sb);
        if (!allTest(rule.requires, scope)) continue;
        // The scope as [a, b) of the text (-1: the whole text).
        const [a, b] = rule.scope === 'message' ? [-1, -1] : rule.scope === 'near' ? [na, nb] : [sa, sb];
        const unless = this.unlessHolds(i, scope, may, a, b);
        if (unless >= 0) {
          cleared.push({ category: rule.category, a: sa, b: sb });
          if (this.trace)
            this.traceCleared(rule.id, rule.category, original, n, index, ns, ne, `unless[${unless}]`);
          continue;
        }
        const sentence = rule.scope === 'sentence' ? scope : text.slice(sa, sb);
        const at = { text, sentence, a: sa, b: sb, nearA: na, nearB: nb };
        const veto = this.firstVeto(rule.category, at, may, true);
        if (veto >= 0) {
          if (this.trace) {
            const by = `veto ${this.rules.vetoes[veto]!.id}`;
            this.traceCleared(rule.id, rule.category, original, n, index, ns, ne, by);
          }
          continue;
        }
        const { start, end } = toOriginal(n, ns, ne);
        accepted++;
        evidence.push({
          category: rule.category,
          quote: original.slice(start, end),
          start,
          end,
          message: index,
          rule: rule.id,
        });
      }
    }
    return { evidence, conduct, norm: n, cleared, may };
  }

  /** Whether every pattern of `requiresList[a .. b)` may match the current text (the prefilter is on). */
  private allMayMatch(a: number, b: number): boolean {
    const list = this.requiresList;
    for (let k = a; k < b; k++) if (!this.prefilter!.mayMatch(list[k]!)) return false;
    return true;
  }

  /**
   * The index of the first of rule i's `unless` patterns that matches
   * `scope`, or -1; `may` skips those the prefilter rules out.
   */
  private unlessHolds(i: number, scope: string, may: Candidates | undefined, a: number, b: number): number {
    const unless = this.rules.rules[i]!.unless;
    const idx = this.unlessIdx[i]!;
    for (let k = 0; k < unless.length; k++) {
      if (may && !this.prefilter!.mayMatch(idx[k]!)) continue;
      // `scope` is text[a, b) (a < 0: the whole text): its literals must occur there.
      if (may && a >= 0 && !this.prefilter!.mayMatchWithin(idx[k]!, a, b)) continue;
      if (unless[k]!.test(scope)) return k;
    }
    return -1;
  }

  /** Records for explain a hit [ns, ne) of the normalised text that was cleared. */
  private traceCleared(
    rule: string,
    category: Category,
    original: string,
    n: LazyNormText,
    message: number,
    ns: number,
    ne: number,
    by: string,
  ): void {
    const { start, end } = toOriginal(n, ns, ne);
    this.trace!.cleared.push({ category, rule, quote: original.slice(start, end), message, start, end, by });
  }

  /**
   * The index of the first veto of `category` that matches, or -1: in the
   * hit's sentence, its neighbourhood (`near`) or the whole message, as the
   * veto's scope says. With `memo`, `at.text` is the current scan's rule
   * text and the results are remembered for the rest of the scan.
   */
  private firstVeto(category: Category, at: VetoScope, may: Candidates | undefined, memo: boolean): number {
    const list = this.vetoesOf.get(category);
    if (!list) return -1;
    const { vetoMemo, vetoHit, vetoScope } = this;
    const g = this.scanGeneration;
    for (let k = 0; k < list.length; k++) {
      const v = list[k]!;
      if (may && !this.prefilter!.mayMatch(this.vetoIdx[v]!)) continue;
      const scope = vetoScope[v]!;
      const a = scope === SCOPE_MESSAGE ? -1 : scope === SCOPE_NEAR ? at.nearA : at.a;
      const b = scope === SCOPE_MESSAGE ? -1 : scope === SCOPE_NEAR ? at.nearB : at.b;
      const m = 3 * v;
      if (memo && vetoMemo[m] === g && vetoMemo[m + 1] === a && vetoMemo[m + 2] === b) {
        if (vetoHit[v] === 1) return v;
        continue;
      }
      // Its literals must occur within the sentence (or its neighbourhood) it is asked about.
      const veto = this.rules.vetoes[v]!;
      let hit = false;
      if (!may || a < 0 || this.prefilter!.mayMatchWithin(this.vetoIdx[v]!, a, b)) {
        const text =
          scope === SCOPE_MESSAGE ? at.text : scope === SCOPE_NEAR ? at.text.slice(a, b) : at.sentence;
        // A veto's own requires and unless are read only where its pattern matched (few vetoes have them).
        hit =
          veto.re.test(text) &&
          veto.requires.every((re) => re.test(text)) &&
          !veto.unless.some((re) => re.test(text));
      }
      if (!memo) {
        if (hit) return v;
        continue;
      }
      vetoMemo[m] = g;
      vetoMemo[m + 1] = a;
      vetoMemo[m + 2] = b;
      vetoHit[v] = hit ? 1 : 0;
      if (hit) return v;
    }
    return -1;
  }

  profileRules(texts: readonly string[], now: () => number): { id: string; ran: number; micros: number }[] {
    const rows = this.rules.rules.map((r) => ({ id: r.id, ran: 0, micros: 0 }));
    const offset = this.rules.masks.length;
    for (const original of texts) {
      let n = normaliseLazy(customerConduct(original), { maskedWords: this.config.maskedWords });
      const may = this.prefilter?.candidates(n.text);
      this.rules.masks.forEach((m, i) => {
        if (!may || may.stamps[i] === may.mark) n = blank(n, m.re);
      });
      this.rules.rules.forEach((rule, i) => {
        if (may && may.stamps[offset + i] !== may.mark) return;
        const t0 = now();
        rule.re.lastIndex = 0;
        while (rule.re.exec(n.text) !== null) {
          if (rule.re.lastIndex === 0) break;
        }
        rows[i]!.micros += now() - t0;
        rows[i]!.ran++;
      });
    }
    return rows;
  }

  evaluate(input: EvaluationInput): Decision {
    const ctx = input.context ?? {};
    const messages =
      input.thread && input.thread.length > 0 ? input.thread : [{ at: '', text: input.text ?? '' }];
    const scans = messages.map((msg, i) => this.scan(msg.text ?? '', i, ctx));
    const lang: Lang = input.lang ?? detectLanguage(scans.map((s) => s.conduct).join('\n'));
    const evidence: Evidence[] = [];
    for (const s of scans) for (const e of s.evidence) evidence.push(e);
    let persistence: Decision['persistence'];

    // Persistence is evidenced by the customer's own text of the latest message that counts.
    const persistenceEvidence = (idx: number, rule: string): Evidence => {
      const [start, end] = trimmedSpan(scans[idx]!.conduct);
      return {
        category: 'persistence',
        quote: messages[idx]!.text.slice(start, end),
        start,
        end,
        message: idx,
        rule,
      };
    };
    const p = this.config.persistence;
    if (messages.length >= p.minRepeats) {
      const found = threadPersistence(
        messages.map((msg, i) => ({ at: Date.parse(msg.at), conduct: scans[i]!.conduct })),
        p,
      );
      if (found) {
        evidence.push(persistenceEvidence(found.messages[found.messages.length - 1]!, 'persistence.thread'));
        persistence = {
          messages: found.messages.length,
          tickets: 1,
          repeats: found.messages.length,
          spanMinutes: found.spanMinutes,
        };
      }
    }
    const h = ctx.history;
    if (h && (h.repeatsOfSameDemand >= p.minRepeats || h.ticketsInWindow >= p.minTickets)) {
      evidence.push(persistenceEvidence(messages.length - 1, 'persistence.history'));
      persistence = {
        messages: Math.max(h.messagesInWindow, persistence?.messages ?? 0),
        tickets: h.ticketsInWindow,
        repeats: Math.max(h.repeatsOfSameDemand, persistence?.repeats ?? 0),
        spanMinutes: h.windowMinutes,
      };
    }

    if (this.backstop) this.addBackstop(messages, scans, ctx, evidence);
    return this.decide(evidence, lang, persistence);
  }

  explain(input: EvaluationInput): Explanation {
    const trace: Trace = { masks: [], cleared: [], backstop: [], subsumed: [] };
    this.trace = trace;
    try {
      return { decision: this.evaluate(input), ...trace };
    } finally {
      this.trace = null;
    }
  }

  conductTexts(input: EvaluationInput): string[] {
    const ctx = input.context ?? {};
    const messages =
      input.thread && input.thread.length > 0 ? input.thread : [{ at: '', text: input.text ?? '' }];
    return messages.map((msg, i) => this.scan(msg.text ?? '', i, ctx).norm.text);
  }

  /**
   * The backstop: scores the customer's text of all messages together, and
   * for each category that nothing else found and whose message score and
   * best sentence's score (bias + what starts in it) both reach its
   * threshold, adds that sentence (narrowed when long) as evidence unless a
   * veto of that category clears the sentence, or a rule of that category
   * matched there and its `unless` cleared it (unless the sentence scores
   * `unless_margin` above the threshold). Customer
   * text shorter than the model's `minChars` is not scored. It runs where the
   * rules found means too: it cannot change a harassment verdict there, but
   * the categories it adds (a money demand beside a threat) are measured
   * right more often than wrong (held-out 4-16: micro-F1 means 0.911 → 0.919,
   * demands 0.879 → 0.898, no verdict changed).
   */
  private addBackstop(
    messages: readonly { text: string }[],
    scans: readonly MessageScan[],
    ctx: EvaluationContext,
    evidence: Evidence[],
  ): void {
    const b = this.backstop!;
    const K = b.categories.length;
    // pass[k]: 1 while category k is open (not found by the rules), then 2 if it passed the gate on a window.
    const pass = this.windowPass;
    let open = 0;
    let openMeans = false;
    for (let k = 0; k < K; k++) {
      const category = b.categories[k]!;
      pass[k] = evidence.some((e) => e.category === category) ? 0 : 1;
      open += pass[k]!;
      if (pass[k] === 1 && MEANS_SET.has(category)) openMeans = true;
    }
    // Nothing it could add: every category it knows was found by the rules.
    if (open === 0) return;
    const texts = scans.map((s) => s.norm.text);
    if (!hasCustomerChars(texts, b.minChars)) return;
    const scores = this.backstopScores;
    // The sums per sentence: for the window gate (an open means category) and, where a category
    // reaches its threshold, for the sentence that must carry it (see below).
    const window = openMeans ? this.window : null;
    b.scoreTexts(texts, ctx, scores, true);
    // A means category below its threshold over the message may pass on a window of its sentences.
    let reached = false;
    for (let k = 0; k < K; k++) {
      const category = b.categories[k]!;
      // A category the rules found (pass 0) needs nothing more from the backstop.
      if (scores[k]! >= b.thresholds[k]!) reached ||= pass[k] !== 0;
      else if (window && pass[k] === 1 && MEANS_SET.has(category)) {
        const { sums, messages, count } = b.sentenceTotals;
        const local = b.bias[k]! + bestWindowSum(sums, K, k, messages, count, window.sentences);
        if (local >= b.thresholds[k]! + window.margin) {
          pass[k] = 2;
          reached = true;
        }
      }
    }
    if (this.trace)
      for (let k = 0; k < K; k++)
        this.trace.backstop.push({
          category: b.categories[k]!,
          score: scores[k]!,
          threshold: b.thresholds[k]!,
          ...(pass[k] === 2 ? { window: true } : {}),
        });
    // Most messages: no category reaches its threshold, and the features are not needed.
    if (!reached) return;
    // The features themselves only when a sentence too long to quote whole must be narrowed, or when
    // the scoring pass could not give every text's sentences (see totalsSentences).
    let features: number[] | undefined;
    const firsts = (): number[] =>
      (features ??= extractInput(b.extractor, texts, {
        channel: ctx.channel,
        noDefectFound: ctx.noDefectFound,
      }));
    let sentences: BackstopSentences | undefined;
    for (let k = 0; k < K; k++) {
      // Found by the rules (pass 0), or below the threshold without a window's pass.
      if (pass[k] === 0 || (scores[k]! < b.thresholds[k]! && pass[k] !== 2)) continue;
      const category = b.categories[k]!;
      // The best sentence (or two adjacent ones of a message) must carry it on its own.
      sentences ??= totalsSentences(b) ?? scoreSentences(b, texts, firsts());
      // Two adjacent sentences may carry a means category, never a demand (see pairMargin).
      const margin = MEANS_SET.has(category) ? this.pairMargin : Infinity;
      const best = firingSpan(b, k, b.thresholds[k]!, margin, texts, firsts, sentences);
      if (!best) continue;
      // The rule files' vetoes hold for it too: a sentence they clear of this
      // category (a safety hazard reported, a swap the terms offer) stays clear.
      const t = texts[best.span.message]!;
      const segs = segment(t);
      const sa = segs.starts[sentenceAt(segs, best.span.start)]!;
      const sb = segs.ends[sentenceAt(segs, Math.max(best.span.start, best.span.end - 1))]!;
      const [na, nb] = this.nearVetoes.has(category)
        ? nearSpan(segs, t, best.span.start, best.span.end)
        : [sa, sb];
      const at = { text: t, sentence: t.slice(sa, sb), a: sa, b: sb, nearA: na, nearB: nb };
      const scan = scans[best.span.message]!;
      // The prefilter's reading of this message, so that only the vetoes whose literals occur here are
      // run: the scan's own while it is the last the prefilter made, else a new one (a thread).
      const may =
        scan.may && scan.may.mark === this.prefilter!.mark ? scan.may : this.prefilter?.candidates(t);
      const veto = this.firstVeto(category, at, may, false);
      // Nor does it overrule a rule of this category that read the sentence and whose own
      // `unless` cleared it there (a refund under the terms, an apology letter received),
      // unless the sentence scores unlessMargin above the threshold (see DEFAULT_UNLESS_MARGIN).
      const overrules = b.bias[k]! + best.sum >= b.thresholds[k]! + this.unlessMargin;
      if (
        veto >= 0 ||
        (!overrules && scan.cleared.some((c) => c.category === category && c.a < sb && sa < c.b))
      ) {
        if (this.trace) {
          const by = veto >= 0 ? `veto ${this.rules.vetoes[veto]!.id}` : 'rule unless';
          const { message, start, end } = best.span;
          const original = messages[message]!.text;
          this.traceCleared(`backstop.${category}`, category, original, scan.norm, message, start, end, by);
        }
        continue;
      }
      const { start, end } = toOriginal(scan.norm, best.span.start, best.span.end);
      evidence.push({
        category,
        quote: messages[best.span.message]!.text.slice(start, end),
        start,
        end,
        message: best.span.message,
        rule: `backstop.${category}`,
      });
    }
  }

  private decide(all: Evidence[], lang: Lang, persistence: Decision['persistence']): Decision {
    if (all.length === 0) {
      // Nothing found (most messages): the same decision without the grouping.
      const none: Decision = {
        verdict: 'none',
        means: [],
        demands: [],
        evidence: [],
        severity: 'none',
        clauses: {},
        lang,
        policyVersion: this.version,
      };
      if (persistence) none.persistence = persistence;
      return none;
    }
    const byCategory = new Map<Category, Evidence[]>();
    for (const e of all) {
      const list = byCategory.get(e.category) ?? [];
      // Overlapping spans of one category in one message add nothing for a reviewer.
      if (list.some((o) => o.message === e.message && o.start < e.end && e.start < o.end)) continue;
      list.push(e);
      byCategory.set(e.category, list);
    }
    for (const [by, absorbed] of this.config.subsumes) {
      if (!byCategory.has(by)) continue;
      for (const c of absorbed) {
        if (this.trace && byCategory.has(c)) this.trace.subsumed.push({ category: c, by });
        byCategory.delete(c);
      }
    }
    const means: MeansCategory[] = [];
    const demands: DemandCategory[] = [];
    const evidence: Evidence[] = [];
    const clauses: Decision['clauses'] = {};
    let severity: Severity = 'none';
    for (const c of CATEGORY_ORDER) {
      const list = byCategory.get(c);
      if (!list) continue;
      if (MEANS_SET.has(c)) means.push(c as MeansCategory);
      else demands.push(c as DemandCategory);
      list.sort((x, y) => x.message - y.message || x.start - y.start);
      evidence.push(...list.slice(0, this.config.maxEvidencePerCategory));
      clauses[c] = this.config.clauses[c];
      const s = this.config.severity[c];
      if (SEVERITY_ORDER.indexOf(s) > SEVERITY_ORDER.indexOf(severity)) severity = s;
    }
    const verdict = means.length > 0 ? 'harassment' : demands.length > 0 ? 'review' : 'none';
    const decision: Decision = {
      verdict,
      means,
      demands,
      evidence,
      severity,
      clauses,
      lang,
      policyVersion: this.version,
    };
    if (persistence) decision.persistence = persistence;
    return decision;
  }
}

/**
 * Validates the engine section and every rule (zod), compiles the patterns
 * once, and returns a reusable engine. Throws a ConfigError naming the file
 * and rule id on a bad rule.
 */
export function compileEngine(policy: PolicyInput, options: CompileOptions = {}): PolicyEngine {
  const collect = options.collectGarbage ?? noop;
  const config = parseEngineSection(policy.engine);
  const rules = compileRuleDocs(policy.ruleDocs);
  collect();
  let backstop: CompiledBackstop | null = null;
  if (config.backstop?.enabled) {
    const file = policy.backstop;
    if (!file) throw new ConfigError(`backstop model ${config.backstop.model} was not loaded`);
    const parsed = parseBackstopModel(file.doc);
    if ('error' in parsed) throw new ConfigError(`backstop model ${file.path}: ${parsed.error}`);
    backstop = compileBackstop(parsed.model);
    applyThresholdOffsets(backstop, parsed.model.version, config.backstop.thresholds, file.path);
    options.onBackstop?.(backstop, parsed.model);
    collect();
  }
  return new Engine(policy.version, config, rules, config.prefilter, backstop, collect);
}

const noop = (): void => undefined;

/**
 * Adds the policy's offsets to the model's thresholds. The offsets were
 * chosen for one model: for another (a retrain) they are stale, and so are
 * offsets for a category the model does not score.
 */
function applyThresholdOffsets(
  backstop: CompiledBackstop,
  modelVersion: string,
  tuning: NonNullable<EngineConfig['backstop']>['thresholds'],
  path: string,
): void {
  if (!tuning) return;
  if (tuning.modelVersion !== modelVersion)
    throw new ConfigError(
      `policy file: engine.backstop.thresholds were chosen for model ${tuning.modelVersion}, but ${path} is model ${modelVersion}: choose them again for this model (npm run tune:backstop) or remove them`,
    );
  for (const [category, offset] of Object.entries(tuning.offsets)) {
    const k = backstop.categories.indexOf(category as Category);
    if (k < 0)
      throw new ConfigError(
        `policy file: engine.backstop.thresholds.offsets.${category}: model ${modelVersion} has no ${category} category`,
      );
    backstop.thresholds[k]! += offset!;
  }
}

export interface CompileOptions {
  /**
   * Called between the compile's phases, once each phase's garbage is
   * unreachable (an entry point passes a full garbage collection: see
   * garbageCollector in src/cli/v8-settings.ts). The engine itself reads no
   * runtime settings.
   */
  collectGarbage?: () => void;
  /**
   * For tools: called with the compiled backstop (its thresholds with the
   * policy's offsets applied) and the model it came from.
   * scripts/tune-backstop.ts moves the thresholds in place between passes.
   */
  onBackstop?: (backstop: CompiledBackstop, model: BackstopModel) => void;
}
