/**
 * A literal prefilter for the rule patterns, so a message only pays for the
 * rules that could match it.
 *
 * At load, each (folded) pattern is parsed far enough to find a set of
 * literal strings of which every match must contain at least one ("required
 * literals"). Each literal is indexed by its first two or three characters.
 * Per message, the n-grams of the text are looked up once and only the rules
 * whose keys occur are run. A pattern the analysis cannot prove anything
 * about (a branch without a literal, such as `\w+`) always runs, so the
 * prefilter never changes a result.
 */

type Atom = { kind: 'lit'; ch: string } | { kind: 'class' } | { kind: 'zero' } | { kind: 'group'; alt: Alt };
interface Item {
  atom: Atom;
  min: number;
  max: number;
}
type Seq = Item[];
type Alt = Seq[];

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  parseAlt(): Alt {
    const branches: Alt = [this.parseSeq()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.parseSeq());
    }
    return branches;
  }

  private parseSeq(): Seq {
    const seq: Seq = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.parseAtom();
      const [min, max] = this.parseQuantifier();
      seq.push({ atom, min, max });
    }
    return seq;
  }

  private parseQuantifier(): [number, number] {
    const c = this.s[this.i];
    let q: [number, number] = [1, 1];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return q;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
      if (this.s[this.i] === '?') this.i++;
      return [min, max];
    } else return q;
    this.i++;
    if (this.s[this.i] === '?') this.i++;
    return q;
  }

  private parseAtom(): Atom {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '\\') return this.parseEscape();
    if (c === '[') {
      this.i++;
      if (s[this.i] === '^') this.i++;
      if (s[this.i] === ']') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { kind: 'class' };
    }
    if (c === '(') {
      this.i++;
      let zero = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        this.i += 2;
        zero = true;
      } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
        this.i += 3;
        zero = true;
      } else if (s.startsWith('?<', this.i)) {
        this.i = s.indexOf('>', this.i) + 1;
      }
      const alt = this.parseAlt();
      if (s[this.i] !== ')') throw new Error('unbalanced');
      this.i++;
      return zero ? { kind: 'zero' } : { kind: 'group', alt };
    }
    if (c === '.') {
      this.i++;
      return { kind: 'class' };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'zero' };
    }
    const cp = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { kind: 'lit', ch };
  }

  private parseEscape(): Atom {
    const s = this.s;
    const n = s[this.i + 1] ?? '';
    this.i += 2;
    if (n === 'b' || n === 'B') return { kind: 'zero' };
    if ('dDwWsS'.includes(n)) return { kind: 'class' };
    if (n === 'p' || n === 'P') {
      this.i = s.indexOf('}', this.i) + 1;
      return { kind: 'class' };
    }
    if (n === 'k') {
      this.i = s.indexOf('>', this.i) + 1;
      return { kind: 'class' };
    }
    if (n === 'u') {
      if (s[this.i] === '{') {
        const end = s.indexOf('}', this.i);
        const cp = parseInt(s.slice(this.i + 1, end), 16);
        this.i = end + 1;
        return { kind: 'lit', ch: String.fromCodePoint(cp) };
      }
      const cp = parseInt(s.slice(this.i, this.i + 4), 16);
      this.i += 4;
      return { kind: 'lit', ch: String.fromCharCode(cp) };
    }
    if (n === 'x') {
      const cp = parseInt(s.slice(this.i, this.i + 2), 16);
      this.i += 2;
      return { kind: 'lit', ch: String.fromCharCode(cp) };
    }
    if (/[1-9]/.test(n)) {
      while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
      return { kind: 'class' };
    }
    if (n === 'c') {
      this.i++;
      return { kind: 'class' };
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    return { kind: 'lit', ch: controls[n] ?? n };
  }
}

/** Literals of which every match of the alternation contains one, or null if unknown. */
function altLiterals(alt: Alt): string[] | null {
  const out = new Set<string>();
  for (const seq of alt) {
    const lits = seqLiterals(seq);
    if (!lits) return null;
    for (const l of lits) out.add(l);
  }
  return [...out];
}

/** Selectivity of a literal: its length, where one kanji or kana counts as two ASCII letters. */
const weight = (l: string): number => (l.length === 1 ? (l.charCodeAt(0) >= 0x3000 ? 2 : 1) : l.length);
const minLen = (lits: string[]): number => Math.min(...lits.map(weight));

function seqLiterals(seq: Seq): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const endRun = (): void => {
    if (weight(run) >= 2) candidates.push([run]);
    run = '';
  };
  for (const item of seq) {
    const a = item.atom;
    if (a.kind === 'zero') continue;
    if (item.min === 0) {
      endRun();
      continue;
    }
    if (a.kind === 'lit') {
      run += a.ch.repeat(Math.min(item.min, 8));
      if (item.max !== item.min) endRun();
      continue;
    }
    endRun();
    if (a.kind === 'group') {
      const lits = altLiterals(a.alt);
      if (lits && lits.length > 0 && minLen(lits) >= 2) candidates.push(lits);
    }
  }
  endRun();
  if (candidates.length === 0) return null;
  // The most selective candidate: longest shortest literal, then fewest literals.
  candidates.sort((x, y) => Math.min(minLen(y), 3) - Math.min(minLen(x), 3) || x.length - y.length);
  return candidates[0]!;
}

/** Required literals of a folded pattern source, or null when the pattern must always run. */
export function requiredLiterals(source: string): string[] | null {
  try {
    const p = new Parser(source);
    const alt = p.parseAlt();
    if (p.i !== source.length) return null;
    return altLiterals(alt);
  } catch {
    return null;
  }
}

const BUCKETS = 1 << 16;
const MASK = BUCKETS - 1;
/** Hash of the n-gram at i into a bucket; collisions are resolved by checking the literal in place. */
const hash1 = (s: string, i: number): number => s.charCodeAt(i) & MASK;
const hash2 = (s: string, i: number): number =>
  (Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ s.charCodeAt(i + 1)) & MASK;
const hash3 = (s: string, i: number): number =>
  (Math.imul(Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ s.charCodeAt(i + 1), 0x85ebca6b) ^
    s.charCodeAt(i + 2)) &
  MASK;

interface Entry {
  idx: number;
  lit: string;
}

/** Index from literal n-grams to the patterns that need them. */
export class LiteralPrefilter {
  private readonly b1: (Entry[] | undefined)[] = new Array<Entry[] | undefined>(BUCKETS);
  private readonly b2: (Entry[] | undefined)[] = new Array<Entry[] | undefined>(BUCKETS);
  private readonly b3: (Entry[] | undefined)[] = new Array<Entry[] | undefined>(BUCKETS);
  /** One bit per bucket: does it hold any literal? Small enough to stay in cache. */
  private readonly bits1 = new Uint32Array(BUCKETS >> 5);
  private readonly bits2 = new Uint32Array(BUCKETS >> 5);
  private readonly bits3 = new Uint32Array(BUCKETS >> 5);
  private readonly always: number[] = [];
  private readonly stamp: Uint32Array;
  private generation = 0;

  /** `sources[i]` is the folded source of pattern i. */
  constructor(sources: readonly string[]) {
    this.stamp = new Uint32Array(sources.length);
    sources.forEach((src, idx) => {
      const lits = requiredLiterals(src);
      if (!lits) {
        this.always.push(idx);
        return;
      }
      for (const lit of lits) {
        const [table, bits, h] =
          lit.length >= 3
            ? [this.b3, this.bits3, hash3(lit, 0)]
            : lit.length === 2
              ? [this.b2, this.bits2, hash2(lit, 0)]
              : [this.b1, this.bits1, hash1(lit, 0)];
        (table[h] ??= []).push({ idx, lit });
        bits[h >> 5]! |= 1 << (h & 31);
      }
    });
  }

  /** Patterns that always run (no usable literal). */
  get unfiltered(): number {
    return this.always.length;
  }

  /**
   * Marks the patterns that may match `text` and returns the mark: pattern i
   * may match when `stamps[i] === mark`, until the next call.
   */
  candidates(text: string): { stamps: Uint32Array; mark: number } {
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    const g = ++this.generation;
    const stamp = this.stamp;
    for (const idx of this.always) stamp[idx] = g;
    const n = text.length;
    const { b1, b2, b3, bits1, bits2, bits3 } = this;
    for (let i = 0; i < n; i++) {
      for (let w = 1; w <= 3; w++) {
        if (i + w > n) break;
        let h: number;
        let list: Entry[] | undefined;
        if (w === 1) {
          if (text.charCodeAt(i) < 0x3000) continue;
          h = hash1(text, i);
          if ((bits1[h >> 5]! & (1 << (h & 31))) === 0) continue;
          list = b1[h];
        } else if (w === 2) {
          h = hash2(text, i);
          if ((bits2[h >> 5]! & (1 << (h & 31))) === 0) continue;
          list = b2[h];
        } else {
          h = hash3(text, i);
          if ((bits3[h >> 5]! & (1 << (h & 31))) === 0) continue;
          list = b3[h];
        }
        if (list === undefined) continue;
        for (let k = 0; k < list.length; k++) {
          const e = list[k]!;
          if (stamp[e.idx] !== g && text.startsWith(e.lit, i)) stamp[e.idx] = g;
        }
      }
    }
    return { stamps: stamp, mark: g };
  }
}
