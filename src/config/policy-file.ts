/**
 * Reads and validates the policy file (POLICY_FILE, default config/policy.yaml)
 * and the rule files it names. This is the only place that touches the disk
 * for policy; the engine itself receives plain objects.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError, formatZodIssue } from './errors.js';

const tagName = z.string().regex(/^[a-z0-9_\-:/]+$/, 'must be a Zendesk tag (lower case, no spaces)');

export const serviceSectionSchema = z.object({
  version: z.string().min(1),
  tags: z
    .object({
      suspected: tagName.default('harassment_suspected'),
      escalated: tagName.default('harassment_escalated'),
      review: tagName.default('harassment_review'),
      category_prefix: tagName.default('harassment_'),
      refusal_approved: tagName.default('harassment_refusal_approved'),
      support_refused: tagName.default('harassment_support_refused'),
      false_positive: tagName.default('harassment_false_positive'),
      /** Added in a follow-up write once the requester is suspended (null: not recorded on the ticket). */
      requester_suspended: tagName.nullable().default('harassment_requester_suspended'),
    })
    .prefault({}),
  escalation: z
    .object({
      priority: z.enum(['normal', 'high', 'urgent']).default('high'),
      urgent: z.array(z.string()).default(['violence']),
    })
    .prefault({}),
  notes: z.object({ language: z.enum(['ja', 'en']).default('ja') }).prefault({}),
  refusal: z
    .object({
      fallback_language: z.enum(['ja', 'en']).default('en'),
      suspend_requester: z.boolean().default(false),
      terms_clause: z.string().default('Article 12 (Suspension of Support)'),
      terms_clause_ja: z.string().default('第12条（サポートの停止）'),
    })
    .prefault({}),
  no_defect: z
    .object({
      tag: tagName.nullable().default('no_defect_found'),
      field_id: z.union([z.string(), z.number()]).nullable().default(null),
    })
    .prefault({}),
  dedup: z.object({ days: z.number().positive().default(7) }).prefault({}),
  records: z
    .object({
      /** Approximate length bound of the decision-records stream (XADD MAXLEN ~). */
      max_len: z.number().int().min(100).default(100_000),
    })
    .prefault({}),
  workflow: z
    .object({
      /**
       * How long the service remembers what it did (effects done per message or
       * approval, messages marked false positive), so a late redelivery or a
       * replay never repeats an effect or re-flags a message.
       */
      remember_days: z.number().positive().default(365),
    })
    .prefault({}),
});

export type ServicePolicy = z.infer<typeof serviceSectionSchema>;

const engineSectionSchema = z.looseObject({
  rules: z.array(z.string().min(1)).min(1),
  backstop: z.looseObject({ model: z.string().min(1), enabled: z.boolean().default(true) }).optional(),
});

export interface PolicyFile {
  path: string;
  version: string;
  service: ServicePolicy;
  /** The raw `engine:` section; the engine validates it. */
  engine: Record<string, unknown>;
  /** Parsed rule files, in the order the policy file lists them. */
  ruleDocs: { path: string; doc: unknown }[];
  /** The parsed backstop model file, when `engine.backstop` is enabled. */
  backstop: { path: string; doc: unknown } | null;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `${what} ${path} cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
}

function readYaml(path: string, what: string): unknown {
  const text = readText(path, what);
  try {
    return parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${what} ${path} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** `backstop: false` gives the rules alone: no backstop model is read or configured (to train a new one). */
export function loadPolicyFile(path: string, options: { backstop?: boolean } = {}): PolicyFile {
  const abs = resolve(path);
  const raw = readYaml(abs, 'POLICY_FILE');
  const service = serviceSectionSchema.safeParse(raw);
  if (!service.success) throw new ConfigError(`POLICY_FILE ${abs}: ${formatZodIssue(service.error)}`);
  const engine = engineSectionSchema.safeParse((raw as Record<string, unknown>).engine);
  if (!engine.success) throw new ConfigError(`POLICY_FILE ${abs}: ${formatZodIssue(engine.error, 'engine')}`);
  const base = dirname(abs);
  const ruleDocs = engine.data.rules.map((rel) => {
    const p = resolve(base, rel);
    return { path: p, doc: readYaml(p, 'rule file') };
  });
  const bs = engine.data.backstop;
  let backstop: PolicyFile['backstop'] = null;
  if (bs?.enabled && options.backstop !== false) {
    const p = resolve(base, bs.model);
    backstop = { path: p, doc: readJson(p, 'backstop model') };
  }
  return {
    path: abs,
    version: service.data.version,
    service: service.data,
    engine: options.backstop === false ? { ...engine.data, backstop: undefined } : engine.data,
    ruleDocs,
    backstop,
  };
}

function readJson(path: string, what: string): unknown {
  const text = readText(path, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ConfigError(`${what} ${path} is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}
