/**
 * Normalisation with a position map back to the original text.
 *
 * Every character of the normalised text remembers the range of original
 * code units it came from (`start[i]`..`end[i]`), so a match in the
 * normalised text maps back to an exact slice of the original:
 * `original.slice(start[ns], end[ne - 1])`.
 *
 * Passes, in order: NFKC + lower case + katakana→hiragana (per grapheme-ish
 * cluster), masked profanity (`f*ck`), leetspeak inside words (`id10t`),
 * separators inside runs of single letters (`f.u.c.k`, `ば か`), runs of three
 * or more identical letters, and Japanese visual puns (`タヒね`, `氏ね`).
 */

export interface NormText {
  text: string;
  /** Original start offset of each normalised code unit. */
  start: Int32Array;
  /** Original end offset (exclusive) of each normalised code unit. */
  end: Int32Array;
}

/**
 * NormText as the engine uses it: `start`/`end` are null while the map is
 * the identity (each normalised code unit is the original one at the same
 * offset), as it is for most messages, so no map is built for them.
 */
export interface LazyNormText {
  text: string;
  start: Int32Array | null;
  end: Int32Array | null;
}

const startOf = (n: LazyNormText, k: number): number => (n.start === null ? k : n.start[k]!);
const endOf = (n: LazyNormText, k: number): number => (n.end === null ? k + 1 : n.end[k]!);

/** Character the conduct stripper writes over text that is not the customer's. */
export const MASK_CHAR = '\u0001';

/** Words that `f*ck`-style masking stands for; the first candidate that fits wins. */
export const DEFAULT_MASKED_WORDS = [
  'fuck',
  'fucking',
  'fucker',
  'fucked',
  'shit',
  'shitty',
  'bitch',
  'bitches',
  'asshole',
  'ass',
  'bastard',
  'cunt',
  'dick',
  'damn',
  'crap',
  'piss',
  'pissed',
  'whore',
  'slut',
  'idiot',
  'idiots',
  'moron',
  'morons',
  'stupid',
  'retard',
  'retarded',
  'hell',
];

const foldCache = new Map<string, string>();
const COMBINING_MARKS = /\p{Mn}+/gu;

/** NFKC, lower case and katakana→hiragana of one cluster (or of a pattern literal). */
export function foldCluster(s: string): string {
  const cached = foldCache.get(s);
  if (cached !== undefined) return cached;
  // Combining marks left after NFKC composed what it could are decoration (z̶a̷l̸g̵o̴, s̶t̶r̶i̶k̶e̶): drop them.
  let out = s.normalize('NFKC').toLowerCase().replace(COMBINING_MARKS, '');
  let kana = '';
  for (const ch of out) {
    const c = ch.codePointAt(0) ?? 0;
    // ァ..ヶ → ぁ..ゖ, ヽヾ → ゝゞ; the long-vowel mark ー stays.
    if ((c >= 0x30a1 && c <= 0x30f6) || c === 0x30fd || c === 0x30fe) kana += String.fromCodePoint(c - 0x60);
    else kana += ch;
  }
  out = kana;
  if (foldCache.size < 50_000) foldCache.set(s, out);
  return out;
}

function isCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    c === 0x3099 ||
    c === 0x309a ||
    c === 0xff9e ||
    c === 0xff9f ||
    (c >= 0xfe00 && c <= 0xfe0f)
  );
}

const singleFold: (string | undefined)[] = new Array<string | undefined>(0x10000);

/** Pass 1: NFKC + lower case + kana folding, cluster by cluster. */
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** Scratch for fold (its results are copied out). */
let foldUnits = new Uint16Array(1024);
let foldStart = new Int32Array(1024);
let foldEnd = new Int32Array(1024);

function fold(original: string): LazyNormText {
  const n = original.length;
  if (ASCII_ONLY.test(original)) {
    // Most English mail: lower case is the whole fold, one code unit per code unit.
    return { text: original.toLowerCase(), start: null, end: null };
  }
  // Folded code units go to `units`; each remembers its original range.
  if (foldUnits.length < n * 2 + 8) {
    foldUnits = new Uint16Array(n * 2 + 8);
    foldStart = new Int32Array(n * 2 + 8);
    foldEnd = new Int32Array(n * 2 + 8);
  }
  let units = foldUnits;
  let start = foldStart;
  let end = foldEnd;
  let len = 0;
  // Whether every code unit so far is the original one at the same offset.
  let identity = true;
  const grow = (): void => {
    const u = new Uint16Array(units.length * 2);
    u.set(units);
    units = foldUnits = u;
    const s = new Int32Array(start.length * 2);
    s.set(start);
    start = foldStart = s;
    const e = new Int32Array(end.length * 2);
    e.set(end);
    end = foldEnd = e;
  };
  const push = (f: string, a: number, b: number): void => {
    for (let k = 0; k < f.length; k++) {
      if (len >= units.length) grow();
      units[len] = f.charCodeAt(k);
      start[len] = a;
      end[len] = b;
      identity &&= a === len && b === len + 1;
      len++;
    }
  };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c < 0x80 && !(i + 1 < n && isCombining(original.charCodeAt(i + 1)))) {
      // ASCII fast path.
      if (len >= units.length) grow();
      units[len] = c >= 65 && c <= 90 ? c + 32 : c;
      start[len] = i;
      end[len] = i + 1;
      identity &&= i === len;
      len++;
      i++;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && isCombining(original.charCodeAt(j))) j++;
    if (j === i + 1) {
      // One code unit: a table lookup instead of hashing a string.
      let f = singleFold[c];
      if (f === undefined) f = singleFold[c] = foldCluster(original[i]!);
      if (f.length === 1) {
        if (len >= units.length) grow();
        units[len] = f.charCodeAt(0);
        start[len] = i;
        end[len] = j;
        identity &&= i === len;
        len++;
      } else push(f, i, j);
    } else push(foldCluster(original.slice(i, j)), i, j);
    i = j;
  }
  const text = fromUnits(units, len);
  if (identity && len === n) return { text, start: null, end: null };
  return { text, start: start.slice(0, len), end: end.slice(0, len) };
}

/** The string of `units[0 .. len)`. */
function fromUnits(units: Uint16Array, len: number): string {
  let text = '';
  // In chunks: an argument list has a size limit.
  for (let k = 0; k < len; k += 4096)
    text += String.fromCharCode.apply(
      null,
      units.subarray(k, Math.min(len, k + 4096)) as unknown as number[],
    );
  return text;
}

/**
 * A replacement: a string whose characters all map to the whole match, or a
 * list of [char, index into the match] pairs for a character-exact map.
 */
type Replacement = string | [string, number][] | null;

/** Rewrites every match of `re` (global) in `n`, keeping the position map. */
function rewrite(n: LazyNormText, re: RegExp, replace: (m: RegExpExecArray) => Replacement): LazyNormText {
  re.lastIndex = 0;
  if (!re.test(n.text)) return n;
  re.lastIndex = 0;
  let replaced = false;
  const parts: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let last = 0;
  const copy = (from: number, to: number): void => {
    parts.push(n.text.slice(from, to));
    for (let k = from; k < to; k++) {
      start.push(startOf(n, k));
      end.push(endOf(n, k));
    }
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(n.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = replace(m);
    if (r === null) continue;
    replaced = true;
    const ms = m.index;
    const me = ms + m[0].length;
    copy(last, ms);
    if (typeof r === 'string') {
      const a = startOf(n, ms);
      const b = endOf(n, me - 1);
      parts.push(r);
      for (let k = 0; k < r.length; k++) {
        start.push(a);
        end.push(b);
      }
    } else {
      for (const [ch, idx] of r) {
        parts.push(ch);
        for (let k = 0; k < ch.length; k++) {
          start.push(startOf(n, ms + idx));
          end.push(endOf(n, ms + idx));
        }
      }
    }
    last = me;
  }
  // Nothing replaced: the same text and map.
  if (!replaced) return n;
  copy(last, n.text.length);
  return { text: parts.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

const STAR_WORD = /(?<![\p{L}\p{N}])([a-z]{1,5})([*#%]{1,4})([a-z]{0,8})(?![\p{L}\p{N}*#%])/gu;
const LEET_INTERIOR = /(?<=[a-z])[0-9@$!|]{1,3}(?=[a-z])/g;
const LEET_MAP: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const LEADING_DOLLAR = /(?<![\p{L}\p{N}])\$(?=[a-z]{2})/gu;
/** Three or more single letters separated by one or two separators: f.u.c.k, f u c k, ば か. */
const SINGLE_LETTER_RUN = /(?<![\p{L}\p{N}])\p{L}(?:[ \t.\-_·・*+]{1,2}\p{L}(?![\p{L}\p{N}])){2,}/gu;
/** Two single kana/kanji separated by spaces (ば か, バ カ): Japanese has no spaces inside words. */
const JA_SPACED_PAIR =
  /(?<![\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}ー])[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}ー](?:[ \t・]{1,2}[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}ー])+(?![\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}ー])/gu;
const REPEATS = /(\p{L})\1{2,}/gu;
/** Cyrillic and Greek look-alikes of Latin letters (after lower-casing). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ο: 'o',
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  τ: 't',
  ρ: 'p',
  υ: 'u',
  ε: 'e',
  ѵ: 'v',
};
/** A look-alike inside a Latin word ("idiоt" with a Cyrillic о); Russian or Greek words are left alone. */
const HOMOGLYPH_IN_WORD =
  /(?<=[a-z][\u0370-\u03ff\u0400-\u052f]{0,3})[\u0370-\u03ff\u0400-\u052f]|[\u0370-\u03ff\u0400-\u052f](?=[\u0370-\u03ff\u0400-\u052f]{0,3}[a-z])/gu;
/**
 * タヒね (死 split into タ+ヒ) and 氏ね (a homophone) → しね. Only 氏 needs the
 * guard against a preceding kanji (佐藤氏ね is a name and its honorific); タヒね
 * after a noun (担当タヒね, 全員タヒね) is the pun.
 */
const JA_PUNS = /(?:たひ|(?<!\p{sc=Han})氏)(?=ね|んで|んじま|ねよ)/gu;

/** Whether a digit or one of @$!| follows a-z (a necessary condition for LEET_INTERIOR). */
export function mayHaveLeet(t: string): boolean {
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124) {
      const p = t.charCodeAt(i - 1);
      if (p >= 97 && p <= 122) return true;
    }
  }
  return false;
}

/** A separator of SINGLE_LETTER_RUN: space, tab, . - _ · ・ * +. */
function isRunSeparator(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 46 ||
    c === 45 ||
    c === 95 ||
    c === 0xb7 ||
    c === 0x30fb ||
    c === 42 ||
    c === 43
  );
}

/**
 * A necessary condition for SINGLE_LETTER_RUN: some character after a
 * separator, then one or two separators, then a character not followed by
 * an ASCII letter or digit (the run's second and third letters).
 */
export function mayHaveLetterRun(t: string): boolean {
  const n = t.length;
  for (let i = 1; i < n; i++) {
    if (!isRunSeparator(t.charCodeAt(i - 1))) continue;
    const c = t.charCodeAt(i);
    if (isRunSeparator(c)) continue;
    let k = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    if (k >= n || !isRunSeparator(t.charCodeAt(k))) continue;
    k++;
    if (k < n && isRunSeparator(t.charCodeAt(k))) k++;
    if (k >= n) continue;
    const l = t.charCodeAt(k);
    if (isRunSeparator(l)) continue;
    const after = k + (l >= 0xd800 && l <= 0xdbff ? 2 : 1);
    if (after < n) {
      const a = t.charCodeAt(after);
      if ((a >= 97 && a <= 122) || (a >= 65 && a <= 90) || (a >= 48 && a <= 57)) continue;
    }
    return true;
  }
  return false;
}

/** Whether some code point occurs three times in a row (a necessary condition for REPEATS). */
export function mayRepeat(t: string): boolean {
  for (let i = 0; i + 2 < t.length; i++) {
    const c = t.charCodeAt(i);
    // The only ASCII letters are A-Z and a-z ("...", "!!!" and "   " do not count).
    if (c < 0x80 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) continue;
    if (c === t.charCodeAt(i + 1) && c === t.charCodeAt(i + 2)) return true;
    // A character outside the BMP: two code units, repeated.
    if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      c === t.charCodeAt(i + 2) &&
      c === t.charCodeAt(i + 4) &&
      t.charCodeAt(i + 1) === t.charCodeAt(i + 3) &&
      t.charCodeAt(i + 1) === t.charCodeAt(i + 5)
    )
      return true;
  }
  return false;
}

export interface NormaliseOptions {
  maskedWords?: readonly string[];
}

function unstar(m: RegExpExecArray, words: readonly string[]): Replacement {
  const prefix = m[1]!;
  const stars = m[2]!.length;
  const suffix = m[3]!;
  for (const w of words) {
    const missing = w.length - prefix.length - suffix.length;
    if (missing < 1 || missing > stars + 1 || missing < stars - 1) continue;
    if (w.startsWith(prefix) && w.endsWith(suffix)) {
      if (w.length === m[0].length) return [...w].map((ch, k) => [ch, k] as [string, number]);
      return w;
    }
  }
  return null;
}

function keepLetters(m: RegExpExecArray): Replacement {
  const out: [string, number][] = [];
  const s = m[0];
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    if (/[\p{L}\p{N}]/u.test(ch)) out.push([ch, k]);
  }
  return out;
}

/**
 * "Y O U  A R E  I D I O T S": when letters are one space apart and words two
 * or more, the wider gaps are word breaks.
 */
function spacedWords(m: RegExpExecArray): Replacement {
  const s = m[0];
  const gaps = s.match(/[^\p{L}\p{N}]+/gu) ?? [];
  if (!gaps.some((g) => g.length === 1) || !gaps.some((g) => g.length >= 2)) return null;
  const out: [string, number][] = [];
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    if (/[\p{L}\p{N}]/u.test(ch)) out.push([ch, k]);
    else if (
      k + 1 < s.length &&
      !/[\p{L}\p{N}]/u.test(s[k + 1]!) &&
      (out[out.length - 1]?.[0] ?? ' ') !== ' '
    )
      out.push([' ', k]);
  }
  return out;
}

/** "r u", "u r", "y r u", optionally followed by "a": chat-speak words, not a spaced-out word. */
const CHAT_SPEAK_LEAD = /^(?:y[^a-z]+)?(?:r[^a-z]+u|u[^a-z]+r)(?:[^a-z]+a)?(?=[^a-z]|$)/;

/**
 * A run that starts with chat-speak one-letter words ("r u a bot", "u r a j e r k"):
 * those words stay as written (no rewrite when nothing follows), and only the
 * letters after them are joined ("u r a jerk"). Undefined when the run does not
 * start so or spells a short word ("r u d e"); null means "leave the run alone".
 */
function chatSpeakLead(m: RegExpExecArray): Replacement | undefined {
  const s = m[0];
  const lead = CHAT_SPEAK_LEAD.exec(s);
  if (!lead) return undefined;
  const rest = s.slice(lead[0].length);
  const restLetters = rest.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (restLetters === 0) return null;
  // One or two letters after the lead make one spaced-out word with it ("r u d e").
  if (restLetters < 3) return undefined;
  const out: [string, number][] = [];
  for (let k = 0; k < lead[0].length; k++) out.push([s[k]!, k]);
  out.push([' ', lead[0].length]);
  for (let k = lead[0].length; k < s.length; k++) {
    const ch = s[k]!;
    if (/[\p{L}\p{N}]/u.test(ch)) out.push([ch, k]);
  }
  return out;
}

export function normalise(original: string, options: NormaliseOptions = {}): NormText {
  const n = normaliseLazy(original, options);
  if (n.start !== null && n.end !== null) return { text: n.text, start: n.start, end: n.end };
  const len = n.text.length;
  const start = new Int32Array(len);
  const end = new Int32Array(len);
  for (let i = 0; i < len; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text: n.text, start, end };
}

/** normalise, with null maps while they are the identity (see LazyNormText). */
export function normaliseLazy(original: string, options: NormaliseOptions = {}): LazyNormText {
  const words = options.maskedWords ?? DEFAULT_MASKED_WORDS;
  let n = fold(original);
  if (!ASCII_ONLY.test(n.text)) {
    n = rewrite(n, HOMOGLYPH_IN_WORD, (m) => {
      const latin = HOMOGLYPHS[m[0]];
      return latin === undefined ? null : [[latin, 0]];
    });
  }
  const t = n.text;
  if (t.includes('*') || t.includes('#') || t.includes('%'))
    n = rewrite(n, STAR_WORD, (m) => unstar(m, words));
  if (t.includes('$')) n = rewrite(n, LEADING_DOLLAR, () => [['s', 0]]);
  if (mayHaveLeet(n.text))
    n = rewrite(n, LEET_INTERIOR, (m) => {
      // Only inside words that are mostly letters: id10t, sh!t, b1tch, d!e; not k8s or sha256.
      const text = m.input;
      let a = m.index;
      while (a > 0 && /[a-z0-9@$!|]/.test(text[a - 1]!)) a--;
      let b = m.index + m[0].length;
      while (b < text.length && /[a-z0-9@$!|]/.test(text[b]!)) b++;
      const token = text.slice(a, b);
      const letters = token.replace(/[^a-z]/g, '').length;
      // A three-character word takes one of !@$ for a letter (d!e, h@g), never a digit (k8s, a1b) or a pipe.
      const short = letters === 2 && token.length === 3 && /^[!@$]$/.test(m[0]);
      if ((letters < 3 && !short) || letters < token.length - letters) return null;
      return [...m[0]].map((ch, k) => [LEET_MAP[ch] ?? ch, k] as [string, number]);
    });
  if (mayHaveLetterRun(n.text))
    n = rewrite(n, SINGLE_LETTER_RUN, (m) => {
      const chat = chatSpeakLead(m);
      if (chat !== undefined) return chat;
      const kept = spacedWords(m) ?? keepLetters(m);
      // "a J E R K": a leading one-letter word (a, i) before a spaced-out word stays a word,
      // unless the whole run spells a known word ("I D I O T S").
      const joined = Array.isArray(kept) ? kept.map(([ch]) => ch).join('') : '';
      if (
        Array.isArray(kept) &&
        kept.length >= 4 &&
        /^[ai] /.test(m[0]) &&
        !words.some((w) => joined.startsWith(w))
      ) {
        return [[m[0][0]!, 0], [' ', 1], ...kept.slice(1)];
      }
      return kept;
    });
  const ascii = ASCII_ONLY.test(n.text);
  // Spaced pairs need a space, tab or ・; runs, one character three times in a row.
  if (!ascii && /[ \t・]/.test(n.text)) n = rewrite(n, JA_SPACED_PAIR, keepLetters);
  if (mayRepeat(n.text)) n = rewrite(n, REPEATS, (m) => [[m[1]!, 0]]);
  if (!ascii && (n.text.includes('たひ') || n.text.includes('氏'))) n = rewrite(n, JA_PUNS, () => 'し');
  return n;
}

/** Maps a normalised span [ns, ne) back to original offsets. */
export function toOriginal(n: LazyNormText, ns: number, ne: number): { start: number; end: number } {
  return { start: startOf(n, ns), end: endOf(n, ne - 1) };
}

const REGEX_SPECIAL = new Set([
  '\\',
  '^',
  '$',
  '.',
  '|',
  '?',
  '*',
  '+',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '/',
  '-',
]);

/**
 * Folds a regular-expression source the way text is folded (NFKC, lower case,
 * katakana→hiragana) while leaving escape sequences (`\S`, `\p{L}`, `\u30A1`)
 * untouched. A full-width literal that folds to a regex metacharacter
 * (`（` → `(`) is escaped so it stays a literal.
 */
export function foldPattern(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      let j = i + 2;
      if ((next === 'p' || next === 'P' || next === 'u') && source[j] === '{') {
        j = source.indexOf('}', j) + 1 || source.length;
      } else if (next === 'k' && source[j] === '<') {
        j = source.indexOf('>', j) + 1 || source.length;
      } else if (next === 'u') {
        j = Math.min(source.length, j + 4);
      } else if (next === 'x') {
        j = Math.min(source.length, j + 2);
      } else if (next === 'c') {
        j = Math.min(source.length, j + 1);
      }
      out += source.slice(i, j);
      i = j;
      continue;
    }
    const cp = source.codePointAt(i) ?? 0;
    const cluster = String.fromCodePoint(cp);
    i += cluster.length;
    if (cp < 0x80) {
      out += cluster.toLowerCase();
      continue;
    }
    const folded = foldCluster(cluster);
    for (const f of folded) out += REGEX_SPECIAL.has(f) ? `\\${f}` : f;
  }
  return out;
}
