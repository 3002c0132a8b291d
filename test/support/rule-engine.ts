/**
 * What the rule-file tests (test/unit/policy/rules-*.test.ts) share: the
 * repository's policy and engine, an engine with one rule file alone, and
 * small readers of a decision.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseInputLine, toEvaluationInput } from '../../src/cli/commands/classify.js';
import { loadPolicyFile } from '../../src/config/policy-file.js';
import { compileEngine } from '../../src/policy/index.js';
import { sharedUnlessOnly } from '../../src/policy/rules.js';
import type { Category, Decision, Lang } from '../../src/policy/index.js';
import { REPO_POLICY_PATH } from './policy.js';

export const repoPolicy = loadPolicyFile(REPO_POLICY_PATH);
export const engine = compileEngine(repoPolicy);

/**
 * An engine with one rule file alone (matched by the end of its path), so that
 * a rule of another file reporting the same span first hides nothing. The
 * statistical backstop is left out: these tests are about the file's rules.
 */
export function engineWithOnly(fileSuffix: string): ReturnType<typeof compileEngine> {
  return compileEngine({
    ...repoPolicy,
    engine: { ...repoPolicy.engine, backstop: undefined },
    backstop: null,
    // The other files keep only their shared_unless patterns, which the file's rules may name.
    ruleDocs: repoPolicy.ruleDocs.map((d) =>
      d.path.endsWith(fileSuffix) ? d : { ...d, doc: sharedUnlessOnly(d.doc) },
    ),
  });
}

/** Every shared_unless name the repository's rule files define, and how many rules and vetoes name each. */
export function sharedUnlessUses(): Map<string, number> {
  const uses = new Map<string, number>();
  type Item = { unless?: unknown[] };
  for (const { doc } of repoPolicy.ruleDocs) {
    const d = doc as { shared_unless?: Record<string, unknown>; rules?: Item[]; vetoes?: Item[] };
    for (const name of Object.keys(d.shared_unless ?? {})) uses.set(name, uses.get(name) ?? 0);
  }
  for (const { doc } of repoPolicy.ruleDocs) {
    const d = doc as { rules?: Item[]; vetoes?: Item[] };
    for (const item of [...(d.rules ?? []), ...(d.vetoes ?? [])])
      for (const u of item.unless ?? [])
        if (u && typeof u === 'object' && 'shared' in u) {
          const name = String((u as { shared: unknown }).shared);
          uses.set(name, (uses.get(name) ?? 0) + 1);
        }
  }
  return uses;
}

/** The whole engine's decision on one message in `lang`. */
export function judge(text: string, lang: Lang): Decision {
  return engine.evaluate({ text, lang, context: {} });
}

/**
 * The categories found, with those they absorb under `engine.subsumes` (a
 * physical threat is reported as violence only, its menace included): what a
 * positive case of a rule may be reported as.
 */
export function reportedAs(found: Category[]): Category[] {
  const out = new Set(found);
  for (const [outer, inner] of engine.config.subsumes) if (out.has(outer)) for (const c of inner) out.add(c);
  return [...out];
}

/** Every category of a decision, means first. */
export function categories(d: Decision): Category[] {
  return [...d.means, ...d.demands];
}

/** Every category the whole engine finds in one message. */
export function categoriesOf(text: string, lang: Lang): Category[] {
  return categories(judge(text, lang));
}

/** Rule tests as tables: positives with a fragment the category's evidence must contain, and negatives. */
export interface RuleTable {
  category: Category;
  /** [message, a fragment one evidence quote of the category must contain] */
  positive: [string, string][];
  /** The whole engine must not find the category here. */
  negative: string[];
}

/** One `describe` per table, named `${title} — ${name}`. */
export function describeRuleTables(title: string, tables: Record<string, RuleTable>, lang: Lang): void {
  for (const [name, table] of Object.entries(tables)) {
    describe(`${title} — ${name}`, () => {
      it.each(table.positive)('flags %s', (text, fragment) => {
        const d = judge(text, lang);
        expect(categories(d)).toContain(table.category);
        const quotes = d.evidence.filter((e) => e.category === table.category).map((e) => e.quote);
        expect(quotes.some((q) => q.includes(fragment))).toBe(true);
      });
      it.each(table.negative)('does not flag %s', (text) => {
        expect(categoriesOf(text, lang)).not.toContain(table.category);
      });
    });
  }
}

/** A rule file's ids, read straight from its YAML. */
export interface RuleFileIds {
  lang: string;
  rules: { id: string }[];
  vetoes?: { id: string }[];
  masks?: { id: string }[];
}

/**
 * The checks every rule file's test makes on the file itself: its language,
 * its id prefix, and that each rule id is in `testedRuleIds`; with
 * `testedGuardIds`, also that each veto and mask has a table and an id
 * `<prefix>veto.` / `<prefix>mask.`.
 */
export function describeRuleFile(
  title: string,
  path: string,
  expected: {
    lang: Lang;
    idPrefix: string;
    testedRuleIds: () => Iterable<string>;
    testedGuardIds?: () => Iterable<string>;
    /** A message the file's rules find something in: every quote must be the original text at its offsets. */
    offsets?: { engine: ReturnType<typeof compileEngine>; text: string };
  },
  more?: (file: RuleFileIds) => void,
): void {
  describe(title, () => {
    const file = parse(readFileSync(path, 'utf8')) as RuleFileIds;
    it(`is a ${expected.lang} file whose ids all carry the ${expected.idPrefix} prefix`, () => {
      expect(file.lang).toBe(expected.lang);
      for (const r of file.rules) expect(r.id.startsWith(expected.idPrefix)).toBe(true);
    });
    it('has a table above for every rule', () => {
      const tested = new Set(expected.testedRuleIds());
      expect(file.rules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
    });
    const guardIds = expected.testedGuardIds;
    if (guardIds) {
      it(`has a table above for every veto and mask, and their ids carry the ${expected.idPrefix} prefix`, () => {
        const tested = new Set(guardIds());
        const ids = [...(file.vetoes ?? []), ...(file.masks ?? [])].map((v) => v.id);
        expect(ids.filter((id) => !tested.has(id))).toEqual([]);
        for (const id of ids)
          expect(
            id.startsWith(`${expected.idPrefix}veto.`) || id.startsWith(`${expected.idPrefix}mask.`),
            id,
          ).toBe(true);
      });
    }
    const offsets = expected.offsets;
    if (offsets) {
      it('maps evidence back to the original text', () => {
        const { text } = offsets;
        const ev = offsets.engine.evaluate({ text, lang: expected.lang, context: {} }).evidence;
        expect(ev.length).toBeGreaterThan(0);
        for (const e of ev) expect(text.slice(e.start, e.end)).toBe(e.quote);
      });
    }
    more?.(file);
  });
}

/** One rule's test table: its own evidence must cover each positive's fragment. */
export interface RuleKind {
  rule: string;
  category: Category;
  /** [message, a word or phrase the rule's own evidence must cover] */
  positives: [string, string][];
  /** The whole engine must not find `category` (or `absent`) here. */
  negatives: string[];
  /** The rule's file alone must not find `category` (or `absent`) here. */
  ownNegatives?: string[];
  absent?: Category[];
}

/** One `describe` per rule; `alone` is the engine with the rule's file alone (engineWithOnly). */
export function describeRuleKinds(
  title: string,
  kinds: readonly RuleKind[],
  alone: ReturnType<typeof compileEngine>,
  lang: Lang,
): void {
  describe(title, () => {
    for (const { rule, category, positives, negatives, ownNegatives, absent } of kinds) {
      describe(rule, () => {
        it.each(positives)('finds it in %j', (text, fragment) => {
          expect(reportedAs(categoriesOf(text, lang))).toContain(category);
          const at = text.toLowerCase().indexOf(fragment.toLowerCase());
          expect(at).toBeGreaterThanOrEqual(0);
          const own = alone.evaluate({ text, lang, context: {} }).evidence;
          const covering = own.filter((e) => e.rule === rule && e.start < at + fragment.length && at < e.end);
          expect(covering.map((e) => e.quote)).not.toEqual([]);
        });
        it.each(negatives)('does not find it in %j', (text) => {
          const found = categoriesOf(text, lang);
          for (const c of absent ?? [category]) expect(found).not.toContain(c);
        });
        if (ownNegatives) {
          it.each(ownNegatives)('this file alone does not find it in %j', (text) => {
            const found = categories(alone.evaluate({ text, lang, context: {} }));
            for (const c of absent ?? [category]) expect(found).not.toContain(c);
          });
        }
      });
    }
  });
}

/** One veto's or mask's table: calm sentences it clears of `category`, and sentences that keep it. */
export interface GuardTable {
  id: string;
  category: Category;
  calm: string[];
  kept: string[];
}

/** One `describe` per veto or mask, judged by the whole engine. */
export function describeGuardTables(title: string, guards: readonly GuardTable[], lang: Lang): void {
  describe(title, () => {
    for (const { id, category, calm, kept } of guards) {
      describe(id, () => {
        it.each(calm)('keeps the category out of %j', (text) => {
          expect(categoriesOf(text, lang)).not.toContain(category);
        });
        it.each(kept)('still finds the category in %j', (text) => {
          expect(categoriesOf(text, lang)).toContain(category);
        });
      });
    }
  });
}

/** The decision reduced to what a probe's labels hold (means and demands sorted). */
function labelsOf(d: { verdict: string; means: readonly string[]; demands: readonly string[] }): string {
  return `${d.verdict} [${[...d.means].sort().join(',')}] [${[...d.demands].sort().join(',')}]`;
}

/**
 * A probe set (JSONL as `npm run eval` reads it): the counts per language,
 * and, by `compare`,
 * - `alarms` (calm items): no alarm on any item;
 * - `labels` (harassment and calm items alike): the whole engine's verdict,
 *   means and demands equal each item's labels;
 * but for the `known` ones (id → why, for a difference that a measured
 * change accepted). The failure lists each unexpected id with what was found.
 */
export function describeProbeSet(
  title: string,
  path: string,
  counts: { en: number; ja: number },
  known: Record<string, string> = {},
  compare: 'alarms' | 'labels' = 'alarms',
): void {
  describe(title, () => {
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    it(`holds ${counts.en} English and ${counts.ja} Japanese items`, () => {
      const langs = lines.map((l) => (JSON.parse(l) as { lang: string }).lang);
      expect(langs.filter((l) => l === 'en')).toHaveLength(counts.en);
      expect(langs.filter((l) => l === 'ja')).toHaveLength(counts.ja);
    });
    const what = compare === 'alarms' ? 'raises no alarm on any item' : "finds every item's labels";
    it(`${what}${Object.keys(known).length > 0 ? ' but the known ones' : ''}`, () => {
      const differing = lines.flatMap((line, i) => {
        const parsed = parseInputLine(line, i + 1);
        const d = engine.evaluate(toEvaluationInput(parsed));
        if (compare === 'alarms') return d.verdict === 'none' ? [] : [{ id: parsed.id, found: labelsOf(d) }];
        const want = labelsOf(JSON.parse(line) as Decision);
        return labelsOf(d) === want ? [] : [{ id: parsed.id, found: `${labelsOf(d)}, labelled ${want}` }];
      });
      expect(differing.filter((r) => !(r.id in known))).toEqual([]);
      expect(differing.map((r) => r.id)).toEqual(Object.keys(known));
    });
  });
}

/**
 * One labelled probe round: `test/fixtures/probes/probe-<round>.jsonl` judged
 * in 'labels' mode (`known` lists the items left as the engine reads them),
 * then the guard tables of the rules and vetoes the round widened or
 * narrowed, per language.
 */
export function describeProbeRound(
  round: number,
  counts: { en: number; ja: number },
  known: Record<string, string> = {},
  guards: { en?: readonly GuardTable[]; ja?: readonly GuardTable[] } = {},
): void {
  const name = `probe round ${round}`;
  describeProbeSet(
    `${name}: labelled probes`,
    `test/fixtures/probes/probe-${round}.jsonl`,
    counts,
    known,
    'labels',
  );
  if (guards.en) describeGuardTables(`${name}: English guards`, guards.en, 'en');
  if (guards.ja) describeGuardTables(`${name}: Japanese guards`, guards.ja, 'ja');
}
