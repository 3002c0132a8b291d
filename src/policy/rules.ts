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

const vetoSchema = z.strictObject({
  id: z.string().min(1),
  categories: z.array(categorySchema).min(1),
  pattern: patternSchema,
  /** The veto holds only where all of these match too, in its scope. */
  requires: z.array(patternSchema).default([]),
  /** The veto does not hold where one of these matches, in its scope. */
  unless: z.array(patternSchema).default([]),
  scope: z.enum(['sentence', 'near', 'message']).default('sentence'),
  note: z.string().optional(),
});

const ruleSchema = z.strictObject({
  id: z.string().min(1),
  category: categorySchema,
  pattern: patternSchema,
  requires: z.array(patternSchema).default([]),
  unless: z.array(patternSchema).default([]),
  scope: z.enum(['sentence', 'near', 'message']).default('sentence'),
  only_if_no_defect: z.boolean().default(false),
  note: z.string().optional(),
});

const ruleFileSchema = z.object({
  lang: z.enum(['en', 'ja']),
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
  for (const { path, doc } of ruleDocs) {
    const file = ruleFileSchema.safeParse(doc);
    if (!file.success) throw new ConfigError(`rule file ${path}: ${formatZodIssue(file.error)}`);
    const lang = file.data.lang;
    (file.data.masks ?? []).forEach((raw, i) => {
      const m = parseItem(maskSchema, raw, path, 'masks', i);
      claim(path, m.id);
      out.masks.push({ id: m.id, re: compile(path, m.id, 'pattern', m.pattern, true) });
    });
    (file.data.vetoes ?? []).forEach((raw, i) => {
      const v = parseItem(vetoSchema, raw, path, 'vetoes', i);
      claim(path, v.id);
      out.vetoes.push({
        id: v.id,
        categories: new Set(v.categories),
        re: compile(path, v.id, 'pattern', v.pattern, false),
        requires: v.requires.map((p, k) => compile(path, v.id, `requires[${k}]`, p, false)),
        unless: v.unless.map((p, k) => compile(path, v.id, `unless[${k}]`, p, false)),
        scope: v.scope,
      });
    });
    (file.data.rules ?? []).forEach((raw, i) => {
      const r = parseItem(ruleSchema, raw, path, 'rules', i);
      claim(path, r.id);
      out.rules.push({
        id: r.id,
        lang,
        category: r.category,
        re: compile(path, r.id, 'pattern', r.pattern, true),
        requires: r.requires.map((p, k) => compile(path, r.id, `requires[${k}]`, p, false)),
        unless: r.unless.map((p, k) => compile(path, r.id, `unless[${k}]`, p, false)),
        scope: r.scope,
        onlyIfNoDefect: r.only_if_no_defect,
      });
    });
  }
  return out;
}
