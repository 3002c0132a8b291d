/**
 * Counting a requester's contact across messages and tickets.
 *
 * The engine itself stays pure: the caller records each message in a
 * ContactLog (in memory for the CLI and tests, Redis in the service) and
 * passes the resulting ContactHistory as `context.history`.
 */
import { customerConduct } from './customer-conduct.js';
import { MASK_CHAR } from './normalize.js';
import type { ContactHistory } from './types.js';

export interface ContactEntry {
  /** Epoch milliseconds of the message. */
  at: number;
  ticketId: string;
  /** demandFingerprint() of the message text. */
  fingerprint: string;
}

export interface ContactLog {
  /** Records one message and returns the history as of that message (it included). */
  record(requesterKey: string, entry: ContactEntry): Promise<ContactHistory>;
}

const EN_STOP = new Set(
  (
    'the a an and or but if then so to of in on at by for with from into about as is are was were be been being ' +
    'have has had do does did done not no yes it its this that these those there here what which who whom whose ' +
    'when where why how all any some each every more most other such only own same than too very can could will ' +
    'would shall should may might must i me my we our us you your he him his she her they them their am just also ' +
    'again still now please pls thanks thank hello hi dear regards up out get got ' +
    "i'm i'll don't can't won't it's we're you're that's"
  ).split(' '),
);

const WORD = /[a-z][a-z0-9'’]*|[0-9][0-9.,]*[0-9](?:[a-z]+)?/g;
/** A run of kanji, katakana, ー and 々: the content of Japanese text, without the kana that bind it. */
const CONTENT_RUN = /[\p{sc=Han}\p{sc=Katakana}ー々]+/gu;

/**
 * Content tokens of a text: English words (minus stop words, crude plural
 * folding) and the bigrams of each run of kanji and katakana (a run of one
 * character: that character). Hiragana is left out: particles and endings
 * vary when a demand is rephrased (電話をください, 電話がない, 電話して),
 * the kanji and katakana of the demand do not. With `numeric`, a Japanese
 * token is a number (-1 - c for one code point c, c1 * 0x110000 + c2 for
 * two): the same tokens compare equal, without building a string for each.
 */
function contentTokens(text: string, numeric: boolean): Set<string | number> {
  const t = text.normalize('NFKC').toLowerCase();
  const tokens = new Set<string | number>();
  for (const w of t.match(WORD) ?? []) {
    const word = w.includes('’') ? w.replaceAll('’', "'") : w;
    if (word.length < 2 || EN_STOP.has(word)) continue;
    tokens.add(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  const str = String.fromCodePoint;
  for (const run of t.match(CONTENT_RUN) ?? []) {
    let prev = run.codePointAt(0)!;
    let i = prev > 0xffff ? 2 : 1;
    if (i === run.length) {
      tokens.add(numeric ? -1 - prev : str(prev));
      continue;
    }
    while (i < run.length) {
      const c = run.codePointAt(i)!;
      i += c > 0xffff ? 2 : 1;
      tokens.add(numeric ? prev * 0x110000 + c : str(prev) + str(c));
      prev = c;
    }
  }
  return tokens;
}

/** Content tokens of a text, as strings (see contentTokens): what a demand fingerprint stores. */
export function demandTokens(text: string): Set<string> {
  return contentTokens(text, false) as Set<string>;
}

/** The same tokens as demandTokens, Japanese ones as numbers: for comparing texts in memory. */
export function demandKeys(text: string): Set<string | number> {
  return contentTokens(text, true);
}

/**
 * A compact, storable fingerprint of the demand in a message: its sorted
 * content tokens (quoted and forwarded text excluded), at most 64 of them.
 */
export function demandFingerprint(text: string): string {
  return [...demandTokens(customerConduct(text).replaceAll(MASK_CHAR, ' '))].sort().slice(0, 64).join(' ');
}

/** Overlap coefficient of two token sets: |A∩B| / min(|A|,|B|), 0 when either is empty. */
export function tokenSimilarity<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return common / small.size;
}

export function fingerprintSimilarity(a: string, b: string): number {
  return tokenSimilarity(new Set(a.split(' ').filter(Boolean)), new Set(b.split(' ').filter(Boolean)));
}

export interface InMemoryContactLogOptions {
  windowMinutes: number;
  /** Similarity (0..1) at or above which two messages repeat the same demand. */
  similarity: number;
  /** Bounds, so a long-running process cannot grow without limit. */
  maxEntriesPerKey?: number;
  maxKeys?: number;
}

/** A ContactLog in process memory, for the CLI and tests. */
export class InMemoryContactLog implements ContactLog {
  private readonly entries = new Map<string, ContactEntry[]>();
  constructor(private readonly options: InMemoryContactLogOptions) {}

  async record(requesterKey: string, entry: ContactEntry): Promise<ContactHistory> {
    const windowMs = this.options.windowMinutes * 60_000;
    const list = (this.entries.get(requesterKey) ?? []).filter(
      (e) => e.at > entry.at - windowMs && e.at <= entry.at,
    );
    list.push(entry);
    const max = this.options.maxEntriesPerKey ?? 500;
    if (list.length > max) list.splice(0, list.length - max);
    this.entries.delete(requesterKey);
    this.entries.set(requesterKey, list);
    if (this.entries.size > (this.options.maxKeys ?? 10_000)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return historyOf(list, entry, this.options);
  }
}

/** The ContactHistory for `current` given the entries inside the window (it included). */
export function historyOf(
  inWindow: readonly ContactEntry[],
  current: ContactEntry,
  options: { windowMinutes: number; similarity: number },
): ContactHistory {
  const tickets = new Set(inWindow.map((e) => e.ticketId));
  const mine = new Set(current.fingerprint.split(' ').filter(Boolean));
  let repeats = 0;
  for (const e of inWindow) {
    if (e === current) {
      repeats++;
      continue;
    }
    const theirs = new Set(e.fingerprint.split(' ').filter(Boolean));
    if (tokenSimilarity(mine, theirs) >= options.similarity) repeats++;
  }
  return {
    messagesInWindow: inWindow.length,
    ticketsInWindow: tickets.size,
    repeatsOfSameDemand: repeats,
    windowMinutes: options.windowMinutes,
  };
}
