/** The `engine:` section of the policy file, validated with zod. */
import { z } from 'zod';
import { ConfigError, formatZodIssue } from '../config/errors.js';
import { DEFAULT_CLAUSES, DEFAULT_SEVERITY } from './clauses.js';
import { DEFAULT_MASKED_WORDS } from './normalize.js';
import { DEMAND_CATEGORIES, MEANS_CATEGORIES } from './types.js';
import type { Category, Severity } from './types.js';

const categorySchema = z.enum([...MEANS_CATEGORIES, ...DEMAND_CATEGORIES]);
const severitySchema = z.enum(['none', 'low', 'medium', 'high', 'critical']);

/**
 * The backstop's default margin for two adjacent sentences (see firingSpan).
 * With pairs for every category, held-out 4–24 measured the same at 0.5 as
 * with no margin (accuracy 0.955, alarms 47 of 1,308), and a calm
 * two-sentence request that scored exactly at the threshold as a pair stayed
 * calm.
 */
export const DEFAULT_PAIR_MARGIN = 0.5;

/**
 * The backstop's default local gate for means categories (see
 * bestWindowSum): a window of the best sentence and one on either side, 1.5
 * above the threshold. Chosen on held-out 4–24 (4,200 items), with the
 * training sets' alarms as the check, among windows of 0–2 sentences a side
 * and margins 0–2. Accuracy / harassment recall / hard-negative alarms on
 * 4–24, and alarms over the training sets (5,695 hard negatives): off 0.954 /
 * 0.958 / 45, 10; margin 0.5: 0.961 / 0.975 / 47, 32; 1: 0.960 / 0.972 / 46,
 * 24; 1.5: 0.959 / 0.970 / 45, 16; 2: 0.958 / 0.967 / 45, 15; two sentences a
 * side at 1.5: 0.959 / 0.969 / 45, 12.
 */
export const DEFAULT_WINDOW = { sentences: 1, margin: 1.5 };

/**
 * The backstop's default margin over a rule's own `unless` (see addBackstop):
 * where a rule of a category read a sentence and its `unless` cleared it
 * there, the backstop may still add that category on the sentence only when
 * it scores this far above its threshold. Chosen on held-out 4–24 (4,200
 * items) among 0.5–3 and no override (null), with the rule tables' calm
 * sentences as the check. Accuracy / demands micro-F1 on 4–24 and 25–29: null
 * 0.959 / 0.900, 0.965 / 0.910; 2: 0.963 / 0.907, 0.967 / 0.917; 1: 0.963 /
 * 0.907, 0.968 / 0.917; 0 (no block) 0.964 / 0.908, 0.969 / 0.921. Below 2,
 * calm sentences of the rule tables (written beside an `unless` from real
 * false alarms) gain a category: 9 at 1, 18 at 0.5, 24 at 0; none at 2.
 */
export const DEFAULT_UNLESS_MARGIN = 2;

/** The largest threshold offset a policy may set (logit units; the model's thresholds lie within about ±2). */
export const MAX_THRESHOLD_OFFSET = 5;

export const engineSectionSchema = z.object({
  rules: z.array(z.string().min(1)).min(1),
  persistence: z
    .object({
      /** Messages repeating the same demand count when they fall within this window. */
      window_minutes: z.number().positive().default(120),
      /** At least this many messages repeating the same demand within the window. */
      min_repeats: z.number().int().min(2).default(4),
      /** Or at least this many tickets from the requester within the window (contact history). */
      min_tickets: z.number().int().min(2).default(4),
      /** Similarity (0..1) at or above which two messages repeat the same demand. */
      similarity: z.number().min(0).max(1).default(0.5),
    })
    .prefault({}),
  clauses: z.partialRecord(categorySchema, z.string().min(1)).default({}),
  severity: z.partialRecord(categorySchema, severitySchema).default({}),
  evidence: z
    .object({
      /** Evidence spans kept per category (the strongest first by position). */
      max_per_category: z.number().int().min(1).default(5),
    })
    .prefault({}),
  /**
   * A found category that absorbs others: `violence: [intimidation]` reports a
   * message with a physical threat as violence only, since intimidation is
   * the non-physical kind of threat. Verdicts never change (both are means).
   */
  subsumes: z.partialRecord(categorySchema, z.array(categorySchema)).default({}),
  /** Skip rules whose required literals are absent (never changes a result; off only to compare). */
  prefilter: z.boolean().default(true),
  /**
   * The statistical backstop (see src/policy/backstop.ts): a model file,
   * relative to the policy file, read only when enabled.
   */
  backstop: z
    .object({
      model: z.string().min(1),
      enabled: z.boolean().default(true),
      /**
       * How far above a means category's threshold two adjacent sentences
       * together must score where no single sentence reaches it (see
       * firingSpan; demand categories never fire on a pair).
       */
      pair_margin: z.number().min(0).default(DEFAULT_PAIR_MARGIN),
      /**
       * The message gate, locally: a means category whose message score is
       * below its threshold passes the gate when a window of sentences (the
       * best sentence and `window_sentences` on either side, in one message)
       * scores `window_margin` above it; null turns it off. The sentence (or
       * pair) must still reach the threshold on its own.
       */
      window_sentences: z.number().int().min(0).nullable().default(DEFAULT_WINDOW.sentences),
      window_margin: z.number().min(0).default(DEFAULT_WINDOW.margin),
      /**
       * Where a rule of a category matched a sentence and its own `unless`
       * cleared it, the backstop adds the category there only when the
       * sentence (or pair) scores this far above the threshold; null: never.
       */
      unless_margin: z.number().min(0).nullable().default(DEFAULT_UNLESS_MARGIN),
      /**
       * Per-category offsets added to the model's thresholds (chosen on
       * labelled sets in the corpus's style by `npm run tune:backstop`; the
       * model's own thresholds come from cross-validation on the training
       * sets). Bound to the model they were chosen for: a different model
       * file is a configuration error, not a silent mismatch.
       */
      thresholds: z
        .strictObject({
          model_version: z.string().min(1),
          offsets: z.partialRecord(
            categorySchema,
            z.number().min(-MAX_THRESHOLD_OFFSET).max(MAX_THRESHOLD_OFFSET),
          ),
        })
        .optional(),
    })
    .optional(),
  normalisation: z
    .object({
      /** Words that `f*ck`-style masking may stand for. */
      masked_words: z.array(z.string().regex(/^[a-z]+$/)).default(DEFAULT_MASKED_WORDS),
    })
    .prefault({}),
});

export interface EngineConfig {
  persistence: { windowMinutes: number; minRepeats: number; minTickets: number; similarity: number };
  clauses: Record<Category, string>;
  severity: Record<Category, Severity>;
  maxEvidencePerCategory: number;
  maskedWords: string[];
  prefilter: boolean;
  subsumes: [Category, Category[]][];
  backstop: {
    model: string;
    enabled: boolean;
    pairMargin: number;
    /** The local message gate for means categories (see bestWindowSum), or null when off. */
    window: { sentences: number; margin: number } | null;
    /** How far above its threshold the backstop overrules a rule's own `unless` (Infinity: never). */
    unlessMargin: number;
    /** Offsets to the model's thresholds, for the model of that version only (null: none). */
    thresholds: { modelVersion: string; offsets: Partial<Record<Category, number>> } | null;
  } | null;
}

export function parseEngineSection(engine: Record<string, unknown>): EngineConfig {
  const r = engineSectionSchema.safeParse(engine);
  if (!r.success) throw new ConfigError(`policy file: ${formatZodIssue(r.error, 'engine')}`);
  const e = r.data;
  return {
    persistence: {
      windowMinutes: e.persistence.window_minutes,
      minRepeats: e.persistence.min_repeats,
      minTickets: e.persistence.min_tickets,
      similarity: e.persistence.similarity,
    },
    clauses: { ...DEFAULT_CLAUSES, ...e.clauses },
    severity: { ...DEFAULT_SEVERITY, ...e.severity },
    maxEvidencePerCategory: e.evidence.max_per_category,
    maskedWords: e.normalisation.masked_words,
    prefilter: e.prefilter,
    subsumes: Object.entries(e.subsumes) as [Category, Category[]][],
    backstop: e.backstop
      ? {
          model: e.backstop.model,
          enabled: e.backstop.enabled,
          pairMargin: e.backstop.pair_margin,
          window:
            e.backstop.window_sentences === null
              ? null
              : { sentences: e.backstop.window_sentences, margin: e.backstop.window_margin },
          unlessMargin: e.backstop.unless_margin ?? Infinity,
          thresholds: e.backstop.thresholds
            ? { modelVersion: e.backstop.thresholds.model_version, offsets: e.backstop.thresholds.offsets }
            : null,
        }
      : null,
  };
}
