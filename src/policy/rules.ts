/**
 * Rule files (config/rules/*.yaml, format in config/rules/README.md):
 * validation with zod and compilation of every pattern, once, at load.
 */
import { z } from 'zod';
import { ConfigError, formatZodIssue } from '../config/errors.js';
import { compactPattern } from './compact-pattern.js';
import { foldPattern } from './normalize.js';
import { DEMAND_CATEGORIES, MEANS_CATEGORIES } from './types.js';
import type { Category, Lang } from './types.js';

const categorySchema = z.enum([...MEANS_CATEGORIES, ...DEMAND_CATEGORIES]);
const patternSchema = z.string().min(1, 'must not be empty');

// Strict: a key the engine does not know (a misspelt `unles`, or `unless` where it is not
// supported) is an error naming the file and the id, not silently dropped.
const maskSchema = z.strictObject({
  id: z.string().min(1),
  pattern: patternSchema,
  note: z.string().optional(),
});

/** A name of a `shared_unless` entry: lower case, digits, dots, underscores and hyphens. */
const sharedNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower case letters, digits, dots, underscores or hyphens');

/**
 * An `unless` entry: a pattern, or `{ shared: name }`, a pattern that a rule
 * file's `shared_unless` section defines once for rules of any file.
 */
const unlessEntrySchema = z.union([patternSchema, z.strictObject({ shared: sharedNameSchema })]);
type UnlessEntry = z.infer<typeof unlessEntrySchema>;

const vetoSchema = z.strictObject({
  id: z.string().min(1),
  categories: z.array(categorySchema).min(1),
  pattern: patternSchema,
  /** The veto holds only where all of these match too, in its scope. */
  requires: z.array(patternSchema).default([]),
  /** The veto does not hold where one of these matches, in its scope. */
  unless: z.array(unlessEntrySchema).default([]),
  scope: z.enum(['sentence', 'near', 'message']).default('sentence'),
  note: z.string().optional(),
});

const ruleSchema = z.strictObject({
  id: z.string().min(1),
  category: categorySchema,
  pattern: patternSchema,
  requires: z.array(patternSchema).default([]),
  unless: z.array(unlessEntrySchema).default([]),
  scope: z.enum(['sentence', 'near', 'message']).default('sentence'),
  only_if_no_defect: z.boolean().default(false),
  note: z.string().optional(),
});

const ruleFileSchema = z.object({
  lang: z.enum(['en', 'ja']),
  /**
   * Named `unless` patterns, each written once and used by rules and vetoes
   * of any rule file of the policy as `{ shared: <name> }` (names are global;
   * compiled once, one RegExp for every use).
   */
  shared_unless: z.record(z.string(), patternSchema).nullish(),
  masks: z.array(z.unknown()).nullish(),
  vetoes: z.array(z.unknown()).nullish(),
  rules: z.array(z.unknown()).nullish(),
});

export interface CompiledMask {
  id: string;
  re: RegExp;
}

export interface CompiledVeto {
  id: string;
  categories: ReadonlySet<Category>;
  re: RegExp;
  requires: RegExp[];
  unless: RegExp[];
  scope: 'sentence' | 'near' | 'message';
}

export interface CompiledRule {
  id: string;
  lang: Lang;
  category: Category;
  /** Global, for scanning. */
  re: RegExp;
  requires: RegExp[];
  unless: RegExp[];
  scope: 'sentence' | 'near' | 'message';
  onlyIfNoDefect: boolean;
}

export interface CompiledRuleSet {
  masks: CompiledMask[];
  vetoes: CompiledVeto[];
  rules: CompiledRule[];
}

/** Each compiled pattern's folded source as written, before compactPattern (see writtenSource). */
const written = new WeakMap<RegExp, string>();

/**
 * The source of a rule-file pattern as written (folded), for analysing it:
 * the RegExp itself runs a compacted source with the same matches
 * (compact-pattern.ts). Any other RegExp: its own source.
 */
export function writtenSource(re: RegExp): string {
  return written.get(re) ?? re.source;
}

function compile(path: string, id: string, field: string, source: string, global: boolean): RegExp {
  const flags = global ? 'gu' : 'u';
  try {
    const folded = foldPattern(source);
    let re: RegExp;
    try {
      re = new RegExp(compactPattern(folded), flags);
    } catch (err) {
      // The rewrite only adds lookaheads: the error is in the pattern as written, and is reported on it.
      new RegExp(folded, flags);
      throw err;
    }
    written.set(re, folded);
    return re;
  } catch (err) {
    throw new ConfigError(
      `rule file ${path}, ${id}: ${field} is not a valid regular expression: ${(err as Error).message}`,
    );
  }
}

function parseItem<T>(schema: z.ZodType<T>, raw: unknown, path: string, kind: string, index: number): T {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const id =
    raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : `${kind}[${index}]`;
  throw new ConfigError(`rule file ${path}, ${id}: ${formatZodIssue(r.error)}`);
}

/**
 * A rule file reduced to its `shared_unless` patterns (names other files'
 * rules may use): what a policy keeps of a file whose rules it leaves out
 * (bench:tradeoff's reduced variants, the rule tests' one-file engines).
 */
export function sharedUnlessOnly(doc: unknown): unknown {
  const d = doc as { lang?: unknown; shared_unless?: unknown };
  return { lang: d.lang, shared_unless: d.shared_unless };
}

/** The `shared_unless` patterns of every rule file, by name (with the file that defines it), compiled once. */
function compileSharedUnless(
  files: { path: string; data: z.infer<typeof ruleFileSchema> }[],
): Map<string, { path: string; re: RegExp }> {
  const shared = new Map<string, { path: string; re: RegExp }>();
  for (const { path, data } of files) {
    for (const [name, source] of Object.entries(data.shared_unless ?? {})) {
      const valid = sharedNameSchema.safeParse(name);
      if (!valid.success)
        throw new ConfigError(
          `rule file ${path}: shared_unless name "${name}" ${formatZodIssue(valid.error)}`,
        );
      const other = shared.get(name);
      if (other !== undefined)
        throw new ConfigError(
          `rule file ${path}: shared_unless ${name} is defined twice (also in ${other.path})`,
        );
      shared.set(name, { path, re: compile(path, `shared_unless ${name}`, 'pattern', source, false) });
    }
  }
  return shared;
}

/** Validates and compiles every rule file; throws one ConfigError naming file and rule id. */
export function compileRuleDocs(ruleDocs: { path: string; doc: unknown }[]): CompiledRuleSet {
  const out: CompiledRuleSet = { masks: [], vetoes: [], rules: [] };
  const seen = new Map<string, string>();
  const claim = (path: string, id: string): void => {
    const other = seen.get(id);
    if (other !== undefined)
      throw new ConfigError(`rule file ${path}, ${id}: duplicate id (also in ${other})`);
    seen.set(id, path);
  };
  const files = ruleDocs.map(({ path, doc }) => {
    const file = ruleFileSchema.safeParse(doc);
    if (!file.success) throw new ConfigError(`rule file ${path}: ${formatZodIssue(file.error)}`);
    return { path, data: file.data };
  });
  const shared = compileSharedUnless(files);
  const unlessOf = (path: string, id: string, entries: UnlessEntry[]): RegExp[] =>
    entries.map((entry, k) => {
      if (typeof entry === 'string') return compile(path, id, `unless[${k}]`, entry, false);
      const re = shared.get(entry.shared)?.re;
      if (re === undefined)
        throw new ConfigError(
          `rule file ${path}, ${id}: unless[${k}] names shared_unless ${entry.shared}, which no rule file of the policy defines`,
        );
      return re;
    });
  for (const { path, data } of files) {
    const lang = data.lang;
    (data.masks ?? []).forEach((raw, i) => {
      const m = parseItem(maskSchema, raw, path, 'masks', i);
      claim(path, m.id);
      out.masks.push({ id: m.id, re: compile(path, m.id, 'pattern', m.pattern, true) });
    });
    (data.vetoes ?? []).forEach((raw, i) => {
      const v = parseItem(vetoSchema, raw, path, 'vetoes', i);
      claim(path, v.id);
      out.vetoes.push({
        id: v.id,
        categories: new Set(v.categories),
        re: compile(path, v.id, 'pattern', v.pattern, false),
        requires: v.requires.map((p, k) => compile(path, v.id, `requires[${k}]`, p, false)),
        unless: unlessOf(path, v.id, v.unless),
        scope: v.scope,
      });
    });
    (data.rules ?? []).forEach((raw, i) => {
      const r = parseItem(ruleSchema, raw, path, 'rules', i);
      claim(path, r.id);
      out.rules.push({
        id: r.id,
        lang,
        category: r.category,
        re: compile(path, r.id, 'pattern', r.pattern, true),
        requires: r.requires.map((p, k) => compile(path, r.id, `requires[${k}]`, p, false)),
        unless: unlessOf(path, r.id, r.unless),
        scope: r.scope,
        onlyIfNoDefect: r.only_if_no_defect,
      });
    });
  }
  return out;
}
