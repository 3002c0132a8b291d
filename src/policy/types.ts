/**
 * Public types of the policy engine. The engine is pure: it takes text and
 * already-loaded rules, and returns a Decision. No I/O, no clock, no Redis.
 */

export const MEANS_CATEGORIES = [
  'violence',
  'intimidation',
  'defamation',
  'insult',
  'kneel_demand',
  'persistence',
  'restrictive',
  'sexual',
  'discriminatory',
  'privacy',
] as const;
export type MeansCategory = (typeof MEANS_CATEGORIES)[number];

export const DEMAND_CATEGORIES = ['exchange', 'excessive', 'monetary', 'unrelated'] as const;
export type DemandCategory = (typeof DEMAND_CATEGORIES)[number];

export type Category = MeansCategory | DemandCategory;
export type Verdict = 'harassment' | 'review' | 'none';
export type Lang = 'en' | 'ja';

export interface ThreadMessage {
  /** ISO-8601 timestamp. */
  at: string;
  text: string;
}

/** A span of the original text that supports a category. `quote === text.slice(start, end)`. */
export interface Evidence {
  category: Category;
  quote: string;
  start: number;
  end: number;
  /** Index into the thread when the input was a thread; 0 for a single message. */
  message: number;
  /** Id of the rule that matched, or a synthetic id such as `persistence.thread`. */
  rule: string;
}

/**
 * Facts about earlier contact from the same requester, counted outside the
 * engine (in memory for the CLI, in Redis for the service).
 */
export interface ContactHistory {
  /** Messages from this requester inside the configured window, this one included. */
  messagesInWindow: number;
  /** Distinct tickets from this requester inside the window, this one included. */
  ticketsInWindow: number;
  /** Of the messages in the window, how many repeat the same demand as this one. */
  repeatsOfSameDemand: number;
  /** Window length in minutes, for the evidence text. */
  windowMinutes: number;
}

export interface EvaluationContext {
  /** The ticket records that no defect or negligence was found. */
  noDefectFound?: boolean;
  /** Earlier contact, when the caller tracks it. */
  history?: ContactHistory;
  channel?: 'email' | 'web' | 'chat' | 'phone_transcript' | string;
}

export interface EvaluationInput {
  text?: string;
  thread?: ThreadMessage[];
  lang?: Lang;
  context?: EvaluationContext;
}

export type Severity = 'none' | 'low' | 'medium' | 'high' | 'critical';

export interface Decision {
  verdict: Verdict;
  means: MeansCategory[];
  demands: DemandCategory[];
  evidence: Evidence[];
  severity: Severity;
  /** Policy clause for each category found, e.g. { insult: "2(b) psychological attacks" }. */
  clauses: Partial<Record<Category, string>>;
  /** Language the engine judged in. */
  lang: Lang;
  /** Version of the rules in force. */
  policyVersion: string;
  /** Persistence figures, when persistence was assessed. */
  persistence?: { messages: number; tickets: number; repeats: number; spanMinutes: number };
}
