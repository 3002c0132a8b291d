/**
 * A literal prefilter for the rule patterns, so a message only pays for the
 * rules that could match it.
 *
 * At load, each (folded) pattern is parsed far enough to find, for each
 * branch of its top-level alternation, up to three sets of literals such that
 * every match of the branch contains a literal of each set. All literals go
 * into one Aho–Corasick automaton; per message one pass finds the literals
 * present, and only the rules with a satisfied branch are run. A pattern the analysis cannot prove anything
 * about (a branch without a literal, such as `\w+`) always runs, so the
 * prefilter never changes a result.
 */

type Atom =
  | { kind: 'lit'; ch: string }
  /** `chars`: the members of a small class of plain characters (`['’]`), when known. */
  | { kind: 'class'; chars?: string[] }
  | { kind: 'backref' }
  | { kind: 'zero' }
  | { kind: 'group'; alt: Alt };
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
      const from = this.i;
      if (s[this.i] === '^') this.i++;
      if (s[this.i] === ']') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      const chars = classChars(s.slice(from, this.i - 1));
      return chars ? { kind: 'class', chars } : { kind: 'class' };
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
    // The automaton reads every white-space character as a space (see foldSpace).
    if (n === 's') return { kind: 'class', chars: [' '] };
    if ('dDwWsS'.includes(n)) return { kind: 'class' };
    if (n === 'p' || n === 'P') {
      this.i = s.indexOf('}', this.i) + 1;
      return { kind: 'class' };
    }
    if (n === 'k') {
      this.i = s.indexOf('>', this.i) + 1;
      return { kind: 'backref' };
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
      return { kind: 'backref' };
    }
    if (n === 'c') {
      this.i++;
      return { kind: 'class' };
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    return { kind: 'lit', ch: controls[n] ?? n };
  }
}

/**
 * Literals of which every match of the alternation contains one, or null if
 * unknown; with `stretches`, each alternative may give a stretch (see
 * stretchCandidates), so `gw(?:中|の)` gives `gw中`, `gwの`, not `中`, `の`.
 */
function altLiterals(alt: Alt, stretches = false): string[] | null {
  const out = new Set<string>();
  for (const seq of alt) {
    const lits = seqLiterals(seq, stretches);
    if (!lits) return null;
    for (const l of lits) out.add(l);
  }
  return [...out];
}

/** Selectivity of a literal: its length, where one kanji or kana counts as two ASCII letters. */
const weight = (l: string): number => {
  // Two ASCII letters ("is", "to") are in every message: useless as a filter.
  if (l.length <= 2 && ![...l].some((ch) => ch.charCodeAt(0) > 0x7f)) return l.length === 2 ? 1.5 : 1;
  return l.length === 1 ? 2 : l.length;
};
const minLen = (lits: string[]): number => Math.min(...lits.map(weight));

/** Longest match of an item in code units (Infinity when unbounded). */
function itemMax(item: Item): number {
  const a = item.atom;
  if (a.kind === 'zero' || item.max === 0) return 0;
  // A class may match an astral character (two code units); a backreference anything.
  const one =
    a.kind === 'lit' ? a.ch.length : a.kind === 'class' ? 2 : a.kind === 'backref' ? Infinity : altMax(a.alt);
  if (one === 0) return 0;
  return item.max === Infinity ? Infinity : one * item.max;
}
const seqMax = (seq: Seq): number => seq.reduce((sum, item) => sum + itemMax(item), 0);
const altMax = (alt: Alt): number => Math.max(0, ...alt.map(seqMax));

/**
 * A required literal set, and its reach: the most code units a match can
 * start before the literal (Infinity when unbounded).
 */
interface Candidate {
  lits: string[];
  reach: number;
  /** The items of the sequence it spells, [from, to) (for choosing slots that do not overlap). */
  from: number;
  to: number;
}

/** Every required literal set of a sequence, most selective first (stretches too, and in its groups, with `stretches`). */
function seqCandidates(seq: Seq, stretches = false): Candidate[] {
  const candidates: Candidate[] = [];
  let run = '';
  let runReach = 0;
  let runFrom = 0;
  let prefix = 0;
  const endRun = (to: number): void => {
    if (weight(run) >= 2) candidates.push({ lits: [run], reach: runReach, from: runFrom, to });
    run = '';
  };
  for (const [i, item] of seq.entries()) {
    const a = item.atom;
    if (a.kind === 'zero') continue;
    const before = prefix;
    prefix += itemMax(item);
    if (item.min === 0) {
      endRun(i);
      continue;
    }
    if (a.kind === 'lit') {
      if (run === '') {
        runReach = before;
        runFrom = i;
      }
      run += a.ch.repeat(Math.min(item.min, 8));
      if (item.max !== item.min) endRun(i + 1);
      continue;
    }
    endRun(i);
    if (a.kind === 'group') {
      const lits = altLiterals(a.alt, stretches);
      // The literal lies somewhere inside the group: at most the group's length after its start.
      if (lits && lits.length > 0 && minLen(lits) >= 2)
        candidates.push({ lits, reach: before + itemMax(item), from: i, to: i + 1 });
    }
  }
  endRun(seq.length);
  if (stretches) candidates.push(...stretchCandidates(seq));
  // Least likely to occur in a text first.
  return candidates
    .map((c) => ({ c, cost: slotCost(c.lits) }))
    .sort((x, y) => x.cost - y.cost || x.c.lits.length - y.c.lits.length)
    .map((x) => x.c);
}

/**
 * A stretch's spelling stops growing at this many code units (see
 * stretchCandidates); the item that reaches it is spelled in full. 12 with
 * stretches inside groups too put the compile's peak RSS at 196-199 MB; 10
 * keeps it at about 190 and nearly all of the selectivity (rules marked per
 * dev message 33.2 against 32.9).
 */
const MAX_STRETCH_LENGTH = 10;
/** A stretch with more spellings is not used. */
const MAX_STRETCH_SPELLINGS = 32;

/**
 * Literal sets spelled by stretches of the sequence: from each item that
 * must occur and can be spelled out (a literal, a small class, a group of
 * spellable alternatives), the strings that the items from there spell, as
 * expandSeq spells prefixes (`k[i1!]ll\s+your` gives `kill your`, `k1ll
 * your`, `k!ll your`). Every match contains one of them, and a long string
 * filters far better than its words do apart: the words must be adjacent.
 */
function stretchCandidates(seq: Seq): Candidate[] {
  const out: Candidate[] = [];
  let before = 0;
  // Items up to here are spelled by a stretch found already (one starting inside it spells less).
  let covered = 0;
  for (let i = 0; i < seq.length; i++) {
    const item = seq[i]!;
    const a = item.atom;
    const at = before;
    before += itemMax(item);
    if (i < covered || item.min === 0 || a.kind === 'zero' || a.kind === 'backref') continue;
    if (a.kind === 'class' && !a.chars) continue;
    const info = { end: 0 };
    const spelled = expandSeq(seq.slice(i), [{ s: '', open: true }], MAX_STRETCH_LENGTH, info);
    const lits = [...new Set(spelled.map((p) => p.s))];
    if (lits.length === 0 || lits.length > MAX_STRETCH_SPELLINGS || !lits.every((l) => weight(l) >= 2))
      continue;
    out.push({ lits, reach: at, from: i, to: i + info.end });
    covered = i + info.end;
  }
  return out;
}

/**
 * How likely a literal set is to occur in a message of a few hundred
 * characters (a rough estimate, for ranking slots only): per literal, the
 * product of its characters' frequencies times the length of a text, summed;
 * a common word or particle counts as certain.
 */
function slotCost(lits: string[]): number {
  let sum = 0;
  for (const lit of lits) {
    if (isCommon(lit)) return 1;
    let p = TEXT_LENGTH;
    for (let i = 0; i < lit.length; i++) p *= charFrequency(lit.charCodeAt(i));
    sum += p;
  }
  return Math.min(1, sum);
}
const TEXT_LENGTH = 200;
function charFrequency(c: number): number {
  if (c === 0x20) return 0.15;
  if (c >= 0x61 && c <= 0x7a) return 0.06;
  if (c < 0x80) return 0.03;
  if (c >= 0x3040 && c <= 0x30ff) return 0.04;
  return 0.005;
}

/**
 * The members of a class body such as `'’` or `\\-.`: plain characters only
 * (no ranges, negation, escapes standing for sets, or surrogates), at most
 * six; otherwise undefined.
 */
function classChars(body: string): string[] | undefined {
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let ch = body[i]!;
    if (ch === '^' || ch === '-' || ch === '[') return undefined;
    if (ch === '\\') {
      ch = body[++i] ?? '';
      // Only escaped punctuation stands for itself.
      // `\s`: white space, which the automaton reads as a space (see foldSpace).
      if (ch === 's') ch = ' ';
      else if (!/^[\\^$.|?*+()[\]{}/'’"-]$/.test(ch)) return undefined;
    }
    const c = ch.charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    if (!chars.includes(ch)) chars.push(ch);
  }
  return chars.length > 0 && chars.length <= 6 ? chars : undefined;
}

/** A prefix being built: `open` while every item so far was spelled out in full. */
interface Prefix {
  s: string;
  open: boolean;
}

/**
 * Past this many prefixes or this length, prefixes stop growing. 128 let a few
 * more rules be anchored but grew the automaton by a third and the peak RSS of
 * bench:policy by ~15 MB (to ~200 MB), with no throughput gain that showed
 * through the noise; 32 is kept.
 */
const MAX_PREFIXES = 32;
const MAX_PREFIX_LENGTH = 4;

/**
 * Prefixes of the matches of `seq` that start as `start`: every match of
 * `start`-then-`seq` starts with one of the returned strings. Items are
 * spelled out (literals, small classes, optional parts and groups, crossing
 * their alternatives) as long as they can be; a prefix is closed (kept as it
 * is) at the first item that cannot, or at `maxLength` code units. `info.end`
 * is set to the number of items spelled (in part, for some prefixes).
 */
function expandSeq(
  seq: Seq,
  start: Prefix[],
  maxLength = MAX_PREFIX_LENGTH,
  info?: { end: number },
): Prefix[] {
  let cur = start;
  for (const [k, item] of seq.entries()) {
    if (!cur.some((p) => p.open)) break;
    const a = item.atom;
    if (a.kind === 'zero' || item.max === 0) continue;
    // What one occurrence of the item spells (open: in full), or null when unknown.
    let one: Prefix[] | null = null;
    if (a.kind === 'lit') one = [{ s: a.ch, open: true }];
    else if (a.kind === 'class' && a.chars) one = a.chars.map((ch) => ({ s: ch, open: true }));
    else if (a.kind === 'group') {
      one = [];
      for (const alt of a.alt) {
        one.push(...expandSeq(alt, [{ s: '', open: true }], maxLength));
        // Too many spellings: the prefixes stop before this item.
        if (one.length > MAX_PREFIXES) {
          one = null;
          break;
        }
      }
    }
    // Bound the work: past MAX_PREFIXES the prefixes stop before this item anyway.
    if (one !== null && cur.filter((p) => p.open).length * (one.length + 1) + cur.length > 4 * MAX_PREFIXES)
      return cur.map((p) => ({ s: p.s, open: false }));
    const next: Prefix[] = [];
    for (const p of cur) {
      if (!p.open) {
        next.push(p);
        continue;
      }
      if (one === null || item.min > 1) {
        next.push({ s: p.s, open: false });
        continue;
      }
      // Optional: the prefix as it is may be followed by what follows the item.
      if (item.min === 0) next.push(p);
      // Repeated: after one occurrence, more may follow.
      const more = item.max > 1;
      for (const o of one) next.push({ s: p.s + o.s, open: o.open && !more });
    }
    const grown = dedupe(next);
    // Too many: keep the prefixes as they were before this item.
    if (grown.length > MAX_PREFIXES) return cur.map((p) => ({ s: p.s, open: false }));
    cur = grown;
    for (const p of cur) if (p.open && p.s.length >= maxLength) p.open = false;
    // The items spelled so far (an item that made too many spellings is not: see above).
    if (info) info.end = k + 1;
  }
  return cur;
}

function dedupe(prefixes: Prefix[]): Prefix[] {
  const seen = new Map<string, Prefix>();
  for (const p of prefixes) {
    const old = seen.get(p.s);
    // An open and a closed copy: closed wins (it may stand for longer matches).
    if (old) old.open &&= p.open;
    else seen.set(p.s, { s: p.s, open: p.open });
  }
  return [...seen.values()];
}

/**
 * For each branch of a folded pattern's top-level alternation, the strings
 * one of which every match of the branch starts with (so every match of the
 * pattern starts at an occurrence of one of them); null when some branch has
 * none.
 */
export function matchPrefixes(source: string): string[] | null {
  const branches = branchPrefixes(source);
  return branches && [...new Set(branches.flat())];
}

/**
 * matchPrefixes per branch of the top-level alternation (in order, as in
 * slotRequirements): every match of branch k starts with one of the strings
 * of entry k. Null when the source is not understood.
 */
export function branchPrefixes(source: string): string[][] | null {
  try {
    const p = new Parser(source);
    const alt = p.parseAlt();
    if (p.i !== source.length) return null;
    return alt.map((seq) => [...new Set(expandSeq(seq, [{ s: '', open: true }]).map((x) => x.s))]);
  } catch {
    return null;
  }
}

function seqLiterals(seq: Seq, stretches = false): string[] | null {
  return seqCandidates(seq, stretches)[0]?.lits ?? null;
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

/** Words and particles in nearly every message: a slot holding one filters nothing and costs a lot. */
const COMMON = new Set(
  (
    "you your you’re you're the and our are for not this that with have has was will can all any get " +
    "me my we us it is to in on at of be do he she they them his her its i'm i'll"
  ).split(' '),
);
const isCommon = (lit: string): boolean => {
  const t = lit.trim();
  if (COMMON.has(t)) return true;
  // One or two kana (を, に, ます, って): particles and endings.
  return t.length <= 2 && /^[\u3040-\u30ff]+$/.test(t);
};

/**
 * The slots worth indexing: at most three, skipping slots with a common
 * literal when others exist, and slots that spell items a slot already
 * chosen spells (they would add little).
 */
function pickSlots(candidates: Candidate[]): Candidate[] {
  const rare = candidates.filter((slot) => !slot.lits.some(isCommon));
  const chosen: Candidate[] = [];
  for (const c of rare.length > 0 ? rare : candidates) {
    if (chosen.some((o) => c.from < o.to && o.from < c.to)) continue;
    chosen.push(c);
    if (chosen.length === 3) break;
  }
  return chosen;
}

/**
 * What a match needs, as branches of the top-level alternation, each a list
 * of slots (literal sets) that must all be present: a match of some branch
 * contains a literal of every slot of that branch, and starts at most
 * `reach` code units before it. Null when some branch has no slot (the
 * pattern must always run).
 */
export function slotRequirements(source: string, stretches = true): Candidate[][] | null {
  try {
    const p = new Parser(source);
    const alt = p.parseAlt();
    if (p.i !== source.length) return null;
    const branches = alt.map((seq) => pickSlots(seqCandidates(seq, stretches)));
    return branches.some((b) => b.length === 0) ? null : branches;
  } catch {
    return null;
  }
}

/** The literal sets of slotRequirements, without reaches. */
export function requirements(source: string): string[][][] | null {
  return slotRequirements(source)?.map((branch) => branch.map((slot) => slot.lits)) ?? null;
}

/** The characters `\s` matches (all in the BMP). */
const SPACES: readonly number[] = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) =>
  /\s/u.test(String.fromCharCode(c)),
);
const SPACE_RE = /\s/gu;

/**
 * A literal with each white-space character written as a space: the
 * automaton reads every white-space character of the text as a space, so a
 * literal (or a prefix spelled from `\s`) is found after any of them. It may
 * then be found where the pattern's own character is another kind of white
 * space: the prefilter only lets more through, never less.
 */
const foldSpace = (lit: string): string => lit.replace(SPACE_RE, ' ');

/** A growable list of int32 (build time): `a[0 .. length)`. */
class IntVec {
  a = new Int32Array(1024);
  length = 0;
  static of(...xs: number[]): IntVec {
    const v = new IntVec();
    for (const x of xs) v.push(x);
    return v;
  }
  push(x: number): void {
    if (this.length === this.a.length) {
      const grown = new Int32Array(this.a.length * 2);
      grown.set(this.a);
      this.a = grown;
    }
    this.a[this.length++] = x;
  }
}

/** The trie's edges while it is built: (node, character) → child, open addressing in typed arrays. */
class EdgeTable {
  private nodes: Int32Array;
  private chars: Int32Array;
  private children: Int32Array;
  private size = 0;
  constructor(capacity = 1 << 16) {
    this.nodes = new Int32Array(capacity).fill(-1);
    this.chars = new Int32Array(capacity);
    this.children = new Int32Array(capacity);
  }
  private slot(node: number, c: number): number {
    const mask = this.nodes.length - 1;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
    while (this.nodes[h] !== -1 && (this.nodes[h] !== node || this.chars[h] !== c)) h = (h + 1) & mask;
    return h;
  }
  /** The child on the edge, or -1. */
  get(node: number, c: number): number {
    const h = this.slot(node, c);
    return this.nodes[h] === -1 ? -1 : this.children[h]!;
  }
  set(node: number, c: number, child: number): void {
    if (2 * (this.size + 1) > this.nodes.length) this.grow();
    const h = this.slot(node, c);
    if (this.nodes[h] === -1) this.size++;
    this.nodes[h] = node;
    this.chars[h] = c;
    this.children[h] = child;
  }
  private grow(): void {
    const { nodes, chars, children } = this;
    this.nodes = new Int32Array(nodes.length * 2).fill(-1);
    this.chars = new Int32Array(nodes.length * 2);
    this.children = new Int32Array(nodes.length * 2);
    this.size = 0;
    for (let h = 0; h < nodes.length; h++) if (nodes[h] !== -1) this.set(nodes[h]!, chars[h]!, children[h]!);
  }
}

/**
 * Aho–Corasick automaton over the literals: one pass over the text finds
 * every literal that occurs, whatever their number.
 *
 * Laid out for the per-message scan, which is bound by memory reads. A
 * state is `node * 2 + 1 if some literal ends there`, so the scan tells a
 * silent state without a read. The shallow nodes spelled with the `dense`
 * commonest characters (ASCII first) are numbered first and have a full DFA
 * row over those characters: one read per character where the scan spends
 * most of its time, in a table small enough to stay in cache. Every other
 * node has a 4-int record (its only edge, or -2 when it has several; its
 * failure link; where its emissions are: see `records`), deeper nodes
 * numbered depth-first so a literal's nodes are adjacent; several edges and
 * edges on other characters are in a hash table.
 */
class LiteralAutomaton {
  // The trie while literals are added (flat: a table of edges, child lists as links), in typed
  // arrays: in JS maps and arrays it was a third of the build's peak memory.
  private edges = new EdgeTable();
  private firstChild = IntVec.of(-1);
  private nextSibling = IntVec.of(-1);
  /** The character on the edge into each node. */
  private charOf = IntVec.of(-1);
  /** Literal ids ending at each node (own only): a list through `outNext`, -1 ends it. */
  private outFirst = IntVec.of(-1);
  private outNext = IntVec.of();
  private outIds = IntVec.of();
  /**
   * The literal ids ending at node m (its own, then those of the nodes on its
   * failure chain): `emitList[emitAt[m] + 1 ..]`, `emitList[emitAt[m]]` of
   * them; one read finds them all. (withMeta makes them (id, meta) pairs, and
   * moves a deep node's offset into its record: emitAt then covers the row
   * nodes only.)
   */
  emitAt = new Int32Array(1);
  emitList = new Int32Array(1);
  /** Character → symbol id (dense ones first), -1 for characters in no literal. */
  readonly symbol = new Int16Array(0x10000).fill(-1);
  private symbols = 0;
  /** Symbols below this have DFA columns. */
  dense = 0;
  /** Nodes below this have DFA rows. */
  rowNodes = 1;
  /** DFA: the state after node m (< rowNodes) on dense symbol s is `rows[m * dense + s]`. */
  rows = new Int32Array(0);
  /** Failure link (a node) of each row node. */
  rowFail = new Int32Array(1);
  /**
   * Per row node, a filter of the sparse symbols on its table edges: bit
   * `s & 31` set for each (a clear bit spares a table probe).
   */
  rowSparse = new Int32Array(1);
  /**
   * Node m ≥ rowNodes: `records[4 * (m - rowNodes)] ..`: its only edge's
   * symbol (-1: no edge, -2: several, in the table); that edge's state, or
   * with several edges a filter of their symbols (bit `s & 31` set for each:
   * a clear bit spares a table probe); its failure link; and (after
   * withMeta) where its emissions are in `emitList`, so that entering an
   * emitting node reads the record the next character reads anyway.
   */
  records = new Int32Array(0);
  /** States on trie edges out of the root on sparse symbols (-1: none). */
  rootNext = new Int32Array(0);
  /** Open-addressing table of other trie edges: (key, state) pairs, key = node * symbols + symbol. */
  private table = new Int32Array(0);
  private mask = 0;

  add(lit: string, id: number): void {
    let node = 0;
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      if (this.symbol[c] === -1) {
        if (this.symbols >= 0x7fff) throw new Error('too many distinct characters in rule literals');
        this.symbol[c] = this.symbols++;
      }
      let child = this.edges.get(node, c);
      if (child < 0) {
        child = this.firstChild.length;
        this.edges.set(node, c, child);
        this.firstChild.push(-1);
        this.nextSibling.push(this.firstChild.a[node]!);
        this.firstChild.a[node] = child;
        this.charOf.push(c);
        this.outFirst.push(-1);
      }
      node = child;
    }
    this.outIds.push(id);
    this.outNext.push(this.outFirst.a[node]!);
    this.outFirst.a[node] = this.outIds.length - 1;
  }

  /** The children of a node (build time). */
  private children(node: number): number[] {
    const kids: number[] = [];
    for (let c = this.firstChild.a[node]!; c >= 0; c = this.nextSibling.a[c]!) kids.push(c);
    return kids;
  }

  build(): void {
    const edges = this.edges;
    const n = this.firstChild.length;
    const charOf = this.charOf.a;
    const outFirst = this.outFirst.a;
    const outNext = this.outNext.a;
    const outIds = this.outIds.a;
    const firstChild = this.firstChild.a;
    const nextSibling = this.nextSibling.a;
    const hasOut = (m: number): boolean => outFirst[m]! >= 0;
    // Symbols: ASCII first, then by number of trie edges; the first DENSE_SYMBOLS are dense.
    const edgeCount = new Map<number, number>();
    for (let m = 1; m < n; m++) edgeCount.set(charOf[m]!, (edgeCount.get(charOf[m]!) ?? 0) + 1);
    const chars = [...edgeCount.keys()].sort(
      (x, y) => Number(y < 0x80) - Number(x < 0x80) || edgeCount.get(y)! - edgeCount.get(x)! || x - y,
    );
    chars.forEach((c, k) => (this.symbol[c] = k));
    // Every white-space character reads as a space (literals hold no other: see foldSpace).
    const space = this.symbol[0x20]!;
    if (space >= 0) for (const c of SPACES) this.symbol[c] = space;
    const symbols = chars.length;
    this.symbols = symbols;
    const dense = Math.min(symbols, DENSE_SYMBOLS);
    this.dense = dense;
    const sym = (c: number): number => this.symbol[c]!;

    // Failure and dictionary links, breadth-first (on the insertion numbering).
    const fail = new Int32Array(n);
    const dict = new Int32Array(n).fill(-1);
    const depth = new Int32Array(n);
    const densePath = new Uint8Array(n);
    densePath[0] = 1;
    const order: number[] = [0];
    for (let q = 0; q < order.length; q++) {
      const node = order[q]!;
      for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
        const c = charOf[child]!;
        let target = 0;
        if (node !== 0) {
          let f = fail[node]!;
          while (f !== 0 && edges.get(f, c) < 0) f = fail[f]!;
          target = Math.max(0, edges.get(f, c));
        }
        fail[child] = target;
        dict[child] = hasOut(target) ? target : dict[target]!;
        depth[child] = depth[node]! + 1;
        densePath[child] = densePath[node]! && sym(c) < dense ? 1 : 0;
        order.push(child);
      }
    }
    // A row node's failure link is a shorter suffix of its path: a row node too.
    const isRow = (m: number): boolean => densePath[m] === 1 && depth[m]! <= ROW_DEPTH;
    // Numbering: row nodes breadth-first, then the others depth-first.
    const id = new Int32Array(n).fill(-1);
    let next = 0;
    for (const m of order) if (isRow(m)) id[m] = next++;
    const rowNodes = next;
    const stack = [0];
    while (stack.length > 0) {
      const m = stack.pop()!;
      if (id[m] === -1) id[m] = next++;
      for (let child = firstChild[m]!; child >= 0; child = nextSibling[child]!) stack.push(child);
    }
    const emits = (m: number): boolean => hasOut(m) || dict[m]! >= 0;
    const outOf = (m: number): number[] => {
      const ids: number[] = [];
      for (let o = outFirst[m]!; o >= 0; o = outNext[o]!) ids.push(outIds[o]!);
      return ids.reverse();
    };
    const state = (m: number): number => id[m]! * 2 + (emits(m) ? 1 : 0);

    this.rowNodes = rowNodes;
    // Emissions: each emitting node's ids along its dictionary chain, flattened (node 0 emits nothing).
    const emitList: number[] = [0];
    this.emitAt = new Int32Array(n);
    for (let m = 1; m < n; m++) {
      if (!emits(m)) continue;
      const at = emitList.length;
      emitList.push(0);
      for (let d = m; d >= 0; d = dict[d]!) emitList.push(...outOf(d));
      emitList[at] = emitList.length - at - 1;
      this.emitAt[id[m]!] = at;
    }
    this.emitList = Int32Array.from(emitList);

    // DFA rows: a node's row is its failure node's (filled before: shallower) with its own edges on top.
    const rows = new Int32Array(rowNodes * dense);
    this.rowFail = new Int32Array(rowNodes);
    for (const m of order) {
      if (!isRow(m)) continue;
      const row = id[m]! * dense;
      if (m !== 0) {
        const f = id[fail[m]!]! * dense;
        rows.copyWithin(row, f, f + dense);
        this.rowFail[id[m]!] = id[fail[m]!]!;
      }
      for (let child = firstChild[m]!; child >= 0; child = nextSibling[child]!) {
        const c = charOf[child]!;
        if (sym(c) < dense) rows[row + sym(c)] = state(child);
      }
    }
    this.rows = rows;

    // Records, and the table of the edges that have no other place.
    /** (key, state) pairs, flat. */
    const tableEdges: number[] = [];
    this.records = new Int32Array((n - rowNodes) * 4);
    this.rootNext = new Int32Array(symbols).fill(-1);
    this.rowSparse = new Int32Array(rowNodes);
    for (let m = 0; m < n; m++) {
      const k = id[m]!;
      const kids = this.children(m);
      if (k < rowNodes) {
        for (const child of kids) {
          const c = charOf[child]!;
          if (sym(c) < dense) continue;
          if (m === 0) this.rootNext[sym(c)] = state(child);
          else {
            tableEdges.push(k * symbols + sym(c), state(child));
            this.rowSparse[k] = this.rowSparse[k]! | (1 << (sym(c) & 31));
          }
        }
        continue;
      }
      const r = 4 * (k - rowNodes);
      this.records[r + 2] = id[fail[m]!]!;
      if (kids.length === 0) this.records[r] = -1;
      else if (kids.length === 1) {
        this.records[r] = sym(charOf[kids[0]!]!);
        this.records[r + 1] = state(kids[0]!);
      } else {
        this.records[r] = -2;
        for (const child of kids) {
          tableEdges.push(k * symbols + sym(charOf[child]!), state(child));
          this.records[r + 1] = this.records[r + 1]! | (1 << (sym(charOf[child]!) & 31));
        }
      }
    }
    let size = 16;
    while (size < tableEdges.length) size <<= 1;
    this.table = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    for (let e = 0; e < tableEdges.length; e += 2) {
      const key = tableEdges[e]!;
      const value = tableEdges[e + 1]!;
      let h = Math.imul(key, 0x9e3779b1) >>> 0;
      for (;;) {
        h &= this.mask;
        if (this.table[2 * h] === -1) {
          this.table[2 * h] = key;
          this.table[2 * h + 1] = value;
          break;
        }
        h++;
      }
    }
    // Only the flat tables are used from here on.
    this.edges = new EdgeTable(1);
    this.firstChild = IntVec.of();
    this.nextSibling = IntVec.of();
    this.charOf = IntVec.of();
    this.outFirst = IntVec.of();
    this.outNext = IntVec.of();
    this.outIds = IntVec.of();
  }

  /**
   * Rewrites the emissions as (id, meta) pairs, `meta` of literal id being
   * `meta[id]`: `emitList[emitAt[m]]` is then the number of pairs.
   */
  withMeta(meta: Int32Array): void {
    const { emitAt, emitList } = this;
    const out: number[] = [0];
    for (let m = 0; m < emitAt.length; m++) {
      const at = emitAt[m]!;
      if (at === 0) continue;
      emitAt[m] = out.length;
      const n = emitList[at]!;
      out.push(n);
      for (let k = at + 1; k <= at + n; k++) out.push(emitList[k]!, meta[emitList[k]!]!);
    }
    this.emitList = Int32Array.from(out);
    const { rowNodes, records } = this;
    for (let m = rowNodes; m < emitAt.length; m++) records[4 * (m - rowNodes) + 3] = emitAt[m]!;
    this.emitAt = emitAt.slice(0, rowNodes);
  }

  /** The state on a table edge out of `node` on `symbol`, or -1. */
  private edge(node: number, symbol: number): number {
    const key = node * this.symbols + symbol;
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    const table = this.table;
    for (;;) {
      h &= this.mask;
      const k = table[2 * h]!;
      if (k === key) return table[2 * h + 1]!;
      if (k === -1) return -1;
      h++;
    }
  }

  /** Where node's emissions are in `emitList`: their count there, then (id, meta) pairs. */
  emitStart(node: number): number {
    return node < this.rowNodes ? this.emitAt[node]! : this.records[4 * (node - this.rowNodes) + 3]!;
  }

  /** The state after `node` on symbol `s` (≥ 0). */
  step(node: number, s: number): number {
    const { rowNodes, dense, rows, records, rowFail, rowSparse } = this;
    const bit = 1 << (s & 31);
    for (;;) {
      if (node < rowNodes) {
        if (s < dense) return rows[node * dense + s]!;
        if (node === 0) {
          const v = this.rootNext[s]!;
          return v < 0 ? 0 : v;
        }
        if ((rowSparse[node]! & bit) !== 0) {
          const v = this.edge(node, s);
          if (v >= 0) return v;
        }
        node = rowFail[node]!;
        continue;
      }
      const r = 4 * (node - rowNodes);
      const only = records[r]!;
      if (only === s) return records[r + 1]!;
      if (only === -2 && (records[r + 1]! & bit) !== 0) {
        const v = this.edge(node, s);
        if (v >= 0) return v;
      }
      node = records[r + 2]!;
    }
  }
}

/**
 * A branch's record in `branchRec`: BRANCH_REC ints at BRANCH_REC * branch
 * (two records to a 64-byte line), at these offsets.
 */
const BRANCH_REC = 8;
/** The generation in which a literal of the trigger slot was first found (see firstOccurrence). */
const B_TRIGGER_STAMP = 0;
/** The start of the earliest occurrence of a literal of the trigger slot in this text. */
const B_TRIGGER_START = 1;
/** How far before its literal a match may start, for the trigger slot (clamped to MAX_REACH). */
const B_REACH = 2;
/** The offset before which no match of the branch starts, or -1 when a check slot is absent. */
const B_BOUND = 3;
/** The branch's owner (its pattern's record in `ownerRec`). */
const B_OWNER = 4;
/** Where the branch's check slots are in `checkData`. */
const B_CHECKS = 5;
/** The next satisfied branch of the same owner in this text, or -1. */
const B_NEXT = 6;

/** Characters with DFA columns. */
const DENSE_SYMBOLS = 48;
/** Stamps are int32: past this generation they are all reset. */
const MAX_GENERATION = 0x7fffffff;
/** Reaches at least this long count as unbounded (every text is shorter: a match may start anywhere). */
const MAX_REACH = 0x40000000;
/** Literals are indexed by at most this many code units (their length has 10 bits in `meta`). */
const MAX_LITERAL = 1023;
/** Nodes up to this depth (spelled with dense characters) have DFA rows. */
const ROW_DEPTH = 3;

/**
 * What `candidates` returns: pattern i may match when `stamps[i] === mark`
 * (until the next call), and then no match starts before `startAt[i]`;
 * `list[0 .. count)` holds the marked pattern indexes, in no particular order.
 */
export interface Candidates {
  stamps: Uint32Array;
  mark: number;
  startAt: Int32Array;
  list: Int32Array;
  count: number;
}

/**
 * A prefix worth recording every occurrence of: two characters or more, or
 * one kana or kanji (a single Latin letter or space is in every message).
 */
const selectivePrefix = (p: string): boolean => {
  const c = p.charCodeAt(0);
  // A lone trail surrogate can only come from an escape, and never starts a code point.
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return p.length >= 2 || c >= 0x3000;
};

/** Index from literals to the patterns that need them. */
export class LiteralPrefilter {
  private readonly automaton = new LiteralAutomaton();
  // Build time only (released at the end of the constructor).
  private litIds = new Map<string, number>();
  /** Literal id → slots that it satisfies. */
  private litSlots: number[][] = [];
  private litLength: number[] = [];
  /** Slot id → how far before its literal a match may start. */
  private slotReach: number[] = [];
  /** Pattern index → offset before which no match can start (valid for marked patterns). */
  private readonly startAt: Int32Array;
  /**
   * For each filtered pattern (an owner), its branches (build time only):
   * each has one trigger slot, counted as literals are found, and the other
   * slots (check slots), looked up once the trigger is present.
   */
  private branches: {
    idx: number;
    branches: { trigger: number; checks: { reach: number; lits: number[] }[] }[];
  }[] = [];
  /** Patterns that always run and are marked in every pass (the lazy ones are in `lazyAlways`). */
  private readonly always: Int32Array;
  /** 1 for a lazy pattern that always runs: mayMatch answers for it without a mark. */
  private readonly lazyAlways: Uint8Array;
  private readonly stamp: Uint32Array;
  /** Stamps below are generations: a record is valid for this text when its stamp is the generation. */
  private generation = 0;
  // Flat records for the per-message pass, one cache line per touch where possible.
  /**
   * Literal id → `lits[2 * id ..]`: its latest occurrence (see addOccurrence;
   * -1 for none) and the start of its first occurrence in this text, valid
   * when the literal is `present`. (Its `meta`, which the automaton's
   * emissions carry, is: where the branches it triggers start in
   * `litBranchList` (0: none) * 2048 + its length * 2 + 1 if every
   * occurrence is recorded, as for a prefix of an anchored pattern.)
   */
  private readonly lits: Int32Array;
  /**
   * Bit `id & 31` of `present[id >> 5]` is set when literal `id` occurs in
   * this text (the same as its stamp, in a table small enough to stay in
   * the closest cache: tests of absent literals cost no memory read).
   */
  private readonly present: Int32Array;
  /**
   * At a literal's start: the number of branches it triggers (literals of
   * their trigger slots), then those branches (index 0: none).
   */
  private readonly litBranchList: Int32Array;
  /**
   * Branch → `branchRec[BRANCH_REC * b ..]`, one record per branch so that
   * a satisfied branch costs one memory line (the pass is bound by memory
   * reads, not by arithmetic): see the B_ offsets. Each branch has exactly
   * one trigger slot, whose state lives in its record.
   */
  private readonly branchRec: Int32Array;
  /**
   * A branch's check slots at `checkData[branchRec[.. + B_CHECKS]]`: their
   * number, then per slot its reach (clamped to MAX_REACH), its number of
   * literals and their ids.
   */
  private readonly checkData: Int32Array;
  /**
   * Owner → `ownerRec[4 * owner ..]`: its stamp, the earliest start of its
   * satisfied branches, its pattern index, and the first of those branches
   * (the others follow through their records' B_NEXT).
   */
  private readonly ownerRec: Int32Array;
  // Per-message scratch.
  /** Branches whose trigger slot is present, `satisfied[0 .. satisfiedLen)`. */
  private readonly satisfied: Int32Array;
  private satisfiedLen = 0;
  private readonly marked: Int32Array;
  // Lazy patterns (see mayMatch): idx → branches `lazyStart[idx] .. lazyStart[idx + 1]`,
  // branch → slots `lazyBranchStart[b] ..`, slot → literal ids `lazyLits[lazySlotStart[s] ..]`.
  private readonly lazyStart: Int32Array;
  private readonly lazyBranchStart: Int32Array;
  private readonly lazySlotStart: Int32Array;
  private readonly lazyLits: Int32Array;
  /** Pattern → the generation in which mayMatch found it cannot match. */
  private readonly failStamp: Uint32Array;
  // Match starts (see anchorStarts).
  /** Pattern idx → its prefix literal ids `anchorList[anchorStart[idx] .. anchorStart[idx + 1])`. */
  private readonly anchorStart: Int32Array;
  private readonly anchorList: Int32Array;
  /**
   * Per branch of an anchored pattern with an owner, the prefix literal ids
   * of that branch alone: `branchAnchorList[branchAnchorStart[b] .. branchAnchorStart[b + 1])`.
   */
  private readonly branchAnchorStart: Int32Array;
  private readonly branchAnchorList: Int32Array;
  /** Pattern idx → its owner, or -1. */
  private readonly ownerOf: Int32Array;
  /** Occurrence → its start, and the literal's previous occurrence (or -1). */
  private occStart = new Int32Array(256);
  private occNext = new Int32Array(256);
  private occCount = 0;
  /** The text of the last `candidates` call. */
  private lastText = '';
  /**
   * The literals that occur within [scopeA, scopeB) of the last text (see
   * mayMatchWithin), a bitset like `present`; `scopedWords[0 ..
   * scopedWordCount)` are the indexes of its non-zero words.
   */
  private readonly scoped: Int32Array;
  private readonly scopedWords: Int32Array;
  private scopedWordCount = 0;
  private scopeA = -1;
  private scopeB = -1;

  /**
   * `sources[i]` is the folded source of pattern i. For the patterns in
   * `anchored`, every occurrence of the strings their matches start with is
   * recorded too (see anchorStarts).
   */
  constructor(
    sources: readonly string[],
    anchored: ReadonlySet<number> = new Set(),
    lazy: ReadonlySet<number> = new Set(),
    /** Called once the garbage of a build phase is unreachable (see compileEngine's options). */
    collectGarbage: () => void = () => undefined,
  ) {
    this.stamp = new Uint32Array(sources.length);
    this.startAt = new Int32Array(sources.length);
    this.marked = new Int32Array(sources.length);
    this.failStamp = new Uint32Array(sources.length);
    const always: number[] = [];
    this.lazyAlways = new Uint8Array(sources.length);
    let slots = 0;
    const lazyStart = [0];
    const lazyBranchStart = [0];
    const lazySlotStart = [0];
    const lazyLits: number[] = [];
    // Stretches only for the patterns of the per-message pass (see stretchCandidates): for the
    // lazy ones they grew the automaton more than they saved.
    const requirementsOf = (idx: number): Candidate[][] | null =>
      slotRequirements(sources[idx]!, !lazy.has(idx));
    // How many slots (of all patterns) hold each literal: a literal many rules need is likely common in text.
    // Each pattern is analysed twice (here, and when its literals are added) rather than keeping every
    // analysis between the two: kept, they were the largest part of the compile's peak memory.
    const shared = new Map<string, number>();
    for (let idx = 0; idx < sources.length; idx++)
      for (const branch of requirementsOf(idx) ?? [])
        for (const { lits } of branch)
          for (const lit of new Set(lits)) shared.set(lit, (shared.get(lit) ?? 0) + 1);
    collectGarbage();
    const commonness = (lits: string[]): number => Math.max(...lits.map((lit) => shared.get(lit)!));
    sources.forEach((_, idx) => {
      const req = requirementsOf(idx);
      if (!req) {
        if (lazy.has(idx)) this.lazyAlways[idx] = 1;
        else always.push(idx);
        lazyStart.push(lazyBranchStart.length - 1);
        return;
      }
      if (lazy.has(idx)) {
        for (const branch of req) {
          for (const { lits } of branch) {
            for (const lit of lits) lazyLits.push(this.literal(lit));
            lazySlotStart.push(lazyLits.length);
          }
          lazyBranchStart.push(lazySlotStart.length - 1);
        }
        lazyStart.push(lazyBranchStart.length - 1);
        return;
      }
      lazyStart.push(lazyBranchStart.length - 1);
      const branches = req.map((branch) => {
        // The trigger is the slot whose most shared literal is shared least (the first of equals: the
        // most selective); the others are looked up when it is present. Which slot triggers changes
        // only the work: a branch is satisfied, and bounded, by all its slots alike.
        let t = 0;
        for (let k = 1; k < branch.length; k++)
          if (commonness(branch[k]!.lits) < commonness(branch[t]!.lits)) t = k;
        const first = branch[t];
        const rest = branch.filter((_, k) => k !== t);
        const slot = slots++;
        this.slotReach[slot] = first!.reach;
        for (const lit of first!.lits) {
          const id = this.literal(lit);
          if (!this.litSlots[id]!.includes(slot)) this.litSlots[id]!.push(slot);
        }
        const checks = rest.map(({ lits, reach }) => ({
          reach,
          lits: [...new Set(lits.map((lit) => this.literal(lit)))],
        }));
        return { trigger: slot, checks };
      });
      this.branches.push({ idx, branches });
    });
    shared.clear();
    collectGarbage();
    this.always = Int32Array.from(always);
    this.lazyStart = Int32Array.from(lazyStart);
    this.lazyBranchStart = Int32Array.from(lazyBranchStart);
    this.lazySlotStart = Int32Array.from(lazySlotStart);
    this.lazyLits = Int32Array.from(lazyLits);
    const literalId = (lit: string): number => this.literal(lit);
    const anchorStart = [0];
    const anchorList: number[] = [];
    const anchorLits = new Set<number>();
    /** Pattern idx → the prefix literal ids of each of its branches (anchored patterns only). */
    const perBranch = new Map<number, number[][]>();
    sources.forEach((src, idx) => {
      const branches = anchored.has(idx) ? branchPrefixes(src) : null;
      const prefixes = branches && [...new Set(branches.flat())];
      if (branches && prefixes && prefixes.every(selectivePrefix)) {
        for (const prefix of prefixes) {
          const id = literalId(prefix);
          anchorList.push(id);
          anchorLits.add(id);
        }
        perBranch.set(
          idx,
          branches.map((list) => list.map(literalId)),
        );
      }
      anchorStart.push(anchorList.length);
    });
    this.anchorStart = Int32Array.from(anchorStart);
    this.anchorList = Int32Array.from(anchorList);
    this.automaton.build();
    collectGarbage();

    const litCount = this.litSlots.length;
    this.lits = new Int32Array(2 * litCount);
    const meta = new Int32Array(litCount);
    this.present = new Int32Array((litCount >> 5) + 1);
    this.scoped = new Int32Array((litCount >> 5) + 1);
    this.scopedWords = new Int32Array(this.scoped.length);
    const owners = this.branches.length;
    this.ownerRec = new Int32Array(4 * owners);
    /** Trigger slot → its branch. */
    const slotBranch = new Int32Array(slots);
    const checkData: number[] = [];
    const branchChecks: number[] = [];
    const branchTrigger: number[] = [];
    const branchOwner: number[] = [];
    const branchAnchorStart: number[] = [0];
    const branchAnchorList: number[] = [];
    this.ownerOf = new Int32Array(sources.length).fill(-1);
    for (let o = 0; o < owners; o++) {
      const { idx, branches } = this.branches[o]!;
      this.ownerRec[4 * o + 2] = idx;
      this.ownerOf[idx] = o;
      const prefixes = perBranch.get(idx);
      // Both lists come from the same parse of the same source: one entry per top-level branch.
      if (prefixes && prefixes.length !== branches.length) throw new Error('prefilter: branch mismatch');
      branches.forEach((branch, k) => {
        slotBranch[branch.trigger] = branchOwner.length;
        branchOwner.push(o);
        branchTrigger.push(branch.trigger);
        branchChecks.push(checkData.length);
        checkData.push(branch.checks.length);
        for (const check of branch.checks)
          checkData.push(Math.min(check.reach, MAX_REACH), check.lits.length, ...check.lits);
        if (prefixes) branchAnchorList.push(...prefixes[k]!);
        branchAnchorStart.push(branchAnchorList.length);
      });
    }
    this.branchAnchorStart = Int32Array.from(branchAnchorStart);
    this.branchAnchorList = Int32Array.from(branchAnchorList);
    this.checkData = Int32Array.from(checkData);
    const nBranches = branchOwner.length;
    this.branchRec = new Int32Array(BRANCH_REC * nBranches);
    for (let b = 0; b < nBranches; b++) {
      const r = BRANCH_REC * b;
      this.branchRec[r + B_REACH] = Math.min(this.slotReach[branchTrigger[b]!]!, MAX_REACH);
      this.branchRec[r + B_OWNER] = branchOwner[b]!;
      this.branchRec[r + B_CHECKS] = branchChecks[b]!;
    }
    const litBranchList: number[] = [0];
    for (let id = 0; id < litCount; id++) {
      const own = this.litSlots[id]!;
      const at = own.length > 0 ? litBranchList.length : 0;
      if (at >= 1 << 20) throw new Error('prefilter: too many literal slots');
      meta[id] = at * 2048 + this.litLength[id]! * 2 + (anchorLits.has(id) ? 1 : 0);
      if (own.length > 0) litBranchList.push(own.length, ...own.map((slot) => slotBranch[slot]!));
    }
    this.litBranchList = Int32Array.from(litBranchList);
    this.automaton.withMeta(meta);
    this.satisfied = new Int32Array(nBranches);
    // Only the flat tables are used from here on.
    this.litIds = new Map();
    this.litSlots = [];
    this.litLength = [];
    this.slotReach = [];
    this.branches = [];
  }

  /** The id of a literal, added to the automaton on first sight. */
  private literal(whole: string): number {
    // A literal's start is found from its length (10 bits in `meta`). A
    // prefix of a required literal is required too, and starts where it does.
    const lit = foldSpace(whole.length > MAX_LITERAL ? whole.slice(0, MAX_LITERAL) : whole);
    let id = this.litIds.get(lit);
    if (id === undefined) {
      id = this.litIds.size;
      this.litIds.set(lit, id);
      this.litSlots.push([]);
      this.litLength.push(lit.length);
      this.automaton.add(lit, id);
    }
    return id;
  }

  /**
   * Whether pattern idx may match the text of the last `candidates` call:
   * for a marked pattern at once; a lazy one is worked out from the literals
   * found (branches → slots → literals), once per text.
   */
  mayMatch(idx: number): boolean {
    const g = this.generation;
    if (this.stamp[idx] === g || this.lazyAlways[idx] === 1) return true;
    if (this.failStamp[idx] === g) return false;
    if (this.someBranchIn(idx, this.present)) {
      this.stamp[idx] = g;
      return true;
    }
    this.failStamp[idx] = g;
    return false;
  }

  /** Whether some branch of lazy pattern idx has a literal of each of its slots in the bitset `bits`. */
  private someBranchIn(idx: number, bits: Int32Array): boolean {
    const { lazyBranchStart, lazySlotStart, lazyLits } = this;
    const bEnd = this.lazyStart[idx + 1]!;
    for (let b = this.lazyStart[idx]!; b < bEnd; b++) {
      let all = true;
      const sEnd = lazyBranchStart[b + 1]!;
      for (let sl = lazyBranchStart[b]!; sl < sEnd && all; sl++) {
        let any = false;
        const lEnd = lazySlotStart[sl + 1]!;
        for (let l = lazySlotStart[sl]!; l < lEnd; l++) {
          const id = lazyLits[l]!;
          if ((bits[id >> 5]! & (1 << (id & 31))) !== 0) {
            any = true;
            break;
          }
        }
        all = any;
      }
      if (all) return true;
    }
    return false;
  }

  /** The mark of the last `candidates` call's result: its lookups (mayMatch, …) hold while this is its mark. */
  get mark(): number {
    return this.generation;
  }

  /**
   * Whether lazy pattern idx may match `text.slice(a, b)` of the text of the
   * last `candidates` call: as mayMatch, with only the literals that occur
   * wholly within [a, b) counted (a match of the slice holds its literals in
   * the slice). Call where mayMatch(idx) holds: this one costs more. A veto
   * of the sentence or near scope is asked about one sentence's text, and
   * about half of those mayMatch lets through have their literals only in
   * other sentences.
   */
  mayMatchWithin(idx: number, a: number, b: number): boolean {
    if (this.lazyAlways[idx] === 1) return true;
    if (a !== this.scopeA || b !== this.scopeB) this.scopeTo(a, b);
    return this.someBranchIn(idx, this.scoped);
  }

  /**
   * Fills `scoped` with the literals that occur wholly within [a, b) of the
   * last text: the automaton's pass over that slice alone (a sentence, asked
   * about only where a rule matched, costs less than logging every
   * occurrence of the whole text's pass).
   */
  private scopeTo(a: number, b: number): void {
    const scoped = this.scoped;
    for (let k = 0; k < this.scopedWordCount; k++) scoped[this.scopedWords[k]!] = 0;
    this.scopedWordCount = 0;
    const text = this.lastText;
    const automaton = this.automaton;
    const { emitList, symbol } = automaton;
    let node = 0;
    for (let i = a; i < b; i++) {
      const sym = symbol[text.charCodeAt(i)]!;
      if (sym < 0) {
        node = 0;
        continue;
      }
      const v = automaton.step(node, sym);
      node = v >> 1;
      if ((v & 1) === 0) continue;
      // Starting from the root at `a`, every literal found ends by b and starts at a or later.
      let e = automaton.emitStart(node);
      const eEnd = e + 1 + 2 * emitList[e]!;
      for (e++; e < eEnd; e += 2) {
        const id = emitList[e]!;
        const w = id >> 5;
        if (scoped[w] === 0) this.scopedWords[this.scopedWordCount++] = w;
        scoped[w]! |= 1 << (id & 31);
      }
    }
    this.scopeA = a;
    this.scopeB = b;
  }

  /** Patterns that always run (no usable literal). */
  get unfiltered(): number {
    return this.always.length + this.lazyAlways.reduce((n, x) => n + x, 0);
  }

  /**
   * The first occurrence in this text, starting at `start`, of a literal
   * whose triggered branches are listed at `litBranchList[k]`: their
   * trigger slots are present.
   */
  private firstOccurrence(k: number, start: number, g: number): void {
    const { litBranchList, branchRec } = this;
    const to = k + 1 + litBranchList[k]!;
    for (k++; k < to; k++) {
      const b = litBranchList[k]!;
      const r = BRANCH_REC * b;
      if (branchRec[r + B_TRIGGER_STAMP] === g) {
        // A longer literal found later may start earlier: a slot keeps the earliest start.
        if (start < branchRec[r + B_TRIGGER_START]!) branchRec[r + B_TRIGGER_START] = start;
        continue;
      }
      branchRec[r + B_TRIGGER_STAMP] = g;
      branchRec[r + B_TRIGGER_START] = start;
      this.satisfied[this.satisfiedLen++] = b;
    }
  }

  /** Records an occurrence of literal `id` starting at `start`. */
  private addOccurrence(id: number, start: number): void {
    const o = this.occCount++;
    if (o === this.occStart.length) {
      const starts = new Int32Array(o * 2);
      starts.set(this.occStart);
      this.occStart = starts;
      const next = new Int32Array(o * 2);
      next.set(this.occNext);
      this.occNext = next;
    }
    this.occStart[o] = start;
    this.occNext[o] = this.lits[2 * id]!;
    this.lits[2 * id] = o;
  }

  /**
   * Appends to `out[n ..]` the starts at or after `from` of the occurrences
   * of literals `list[a .. b)`; returns the new count, or -2 when `out` is
   * too small.
   */
  private occurrencesFrom(
    list: Int32Array,
    a: number,
    b: number,
    from: number,
    out: Int32Array,
    n: number,
  ): number {
    const { lits, occStart, occNext, present } = this;
    for (let k = a; k < b; k++) {
      const id = list[k]!;
      if ((present[id >> 5]! & (1 << (id & 31))) === 0) continue;
      // Latest first: stop at the first occurrence before `from`.
      for (let o = lits[2 * id]!; o >= 0; o = occNext[o]!) {
        const start = occStart[o]!;
        if (start < from) break;
        if (n === out.length) return -2;
        out[n++] = start;
      }
    }
    return n;
  }

  /** Whether anchorStarts can answer for pattern idx. */
  isAnchored(idx: number): boolean {
    return this.anchorStart[idx + 1]! > this.anchorStart[idx]!;
  }

  /**
   * For an anchored pattern, after `candidates(text)`: writes to `out` the
   * offsets at or after `from` where a match of the pattern in `text` may
   * start (every match starts with one of its prefixes), sorted, possibly
   * repeated, and returns their number; -1 when the pattern is not anchored,
   * -2 when `out` is too small. With `exact` (the text is the one the
   * prefilter saw), only the prefixes of the branches whose slots are all
   * present count, each from that branch's own bound.
   */
  anchorStarts(idx: number, from: number, out: Int32Array, exact = false): number {
    const a = this.anchorStart[idx]!;
    const b = this.anchorStart[idx + 1]!;
    if (a === b) return -1;
    const owner = this.ownerOf[idx]!;
    let n = 0;
    if (exact && owner >= 0) {
      // Only the branches whose slots are all present can match, each no earlier than its own bound.
      // They are chained from the owner's record (see candidates); an owner not marked has none.
      const { branchRec, branchAnchorStart, branchAnchorList, ownerRec } = this;
      const head = ownerRec[4 * owner] === this.generation ? ownerRec[4 * owner + 3]! : -1;
      for (let br = head; br >= 0; br = branchRec[BRANCH_REC * br + B_NEXT]!) {
        const at = branchRec[BRANCH_REC * br + B_BOUND]!;
        const bound = at > from ? at : from;
        n = this.occurrencesFrom(
          branchAnchorList,
          branchAnchorStart[br]!,
          branchAnchorStart[br + 1]!,
          bound,
          out,
          n,
        );
        if (n < 0) return n;
      }
    } else {
      n = this.occurrencesFrom(this.anchorList, a, b, from, out, 0);
      if (n < 0) return n;
    }
    if (n > 16) out.subarray(0, n).sort();
    else {
      for (let x = 1; x < n; x++) {
        const v = out[x]!;
        let y = x - 1;
        while (y >= 0 && out[y]! > v) {
          out[y + 1] = out[y]!;
          y--;
        }
        out[y + 1] = v;
      }
    }
    return n;
  }

  /**
   * Marks the patterns that may match `text` and returns the mark: pattern i
   * may match when `stamps[i] === mark`, until the next call.
   */
  candidates(text: string): Candidates {
    if (this.generation === MAX_GENERATION) {
      this.stamp.fill(0);
      this.failStamp.fill(0);
      for (let r = 0; r < this.branchRec.length; r += BRANCH_REC) this.branchRec[r + B_TRIGGER_STAMP] = 0;
      for (let r = 0; r < this.ownerRec.length; r += 4) this.ownerRec[r] = 0;
      this.generation = 0;
    }
    const g = ++this.generation;
    const { stamp, startAt, marked, always, lits } = this;
    // The patterns that always run (their startAt stays 0: they are never owners).
    for (let k = 0; k < always.length; k++) stamp[always[k]!] = g;
    marked.set(always);
    let count = always.length;
    this.satisfiedLen = 0;
    this.occCount = 0;
    this.lastText = text;
    this.scopeA = this.scopeB = -1;
    const present = this.present;
    present.fill(0);

    // One Aho–Corasick pass: the first occurrence of each literal, and every occurrence of a prefix.
    const automaton = this.automaton;
    const { emitList, symbol, rows, dense, rowNodes, records, rootNext } = automaton;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const sym = symbol[text.charCodeAt(i)]!;
      if (sym < 0) {
        node = 0;
        continue;
      }
      let v: number;
      // The two common cases inline: a DFA row, and a record's only edge.
      if (node < rowNodes && sym < dense) v = rows[node * dense + sym]!;
      else if (node >= rowNodes && records[4 * (node - rowNodes)] === sym)
        v = records[4 * (node - rowNodes) + 1]!;
      else if (node === 0) {
        // A character outside the dense ones at the root (most Japanese text).
        v = rootNext[sym]!;
        if (v < 0) v = 0;
      } else v = automaton.step(node, sym);
      node = v >> 1;
      if ((v & 1) === 0) continue;
      // (id, meta) pairs: the literal's record is only written, on its first occurrence.
      let e = automaton.emitStart(node);
      const eEnd = e + 1 + 2 * emitList[e]!;
      for (e++; e < eEnd; e += 2) {
        const id = emitList[e]!;
        const meta = emitList[e + 1]!;
        const start = i + 1 - ((meta >> 1) & 1023);
        const word = present[id >> 5]!;
        const bit = 1 << (id & 31);
        if ((word & bit) === 0) {
          present[id >> 5] = word | bit;
          lits[2 * id] = -1;
          lits[2 * id + 1] = start;
          if (meta >= 2048) this.firstOccurrence(meta >>> 11, start, g);
        }
        if ((meta & 1) === 1) this.addOccurrence(id, start);
      }
    }

    // Each branch whose trigger is present: satisfied when a literal of each of its check slots is present too.
    // Each pattern with a satisfied branch: the earliest start over those branches.
    const { satisfied, branchRec, checkData, ownerRec } = this;
    const firstOwner = count;
    for (let s = 0; s < this.satisfiedLen; s++) {
      const b = satisfied[s]!;
      const r = BRANCH_REC * b;
      let bound = branchRec[r + B_TRIGGER_START]! - branchRec[r + B_REACH]!;
      if (bound < 0) bound = 0;
      let p = branchRec[r + B_CHECKS]!;
      const checks = checkData[p++]!;
      for (let c = 0; c < checks; c++) {
        const reach = checkData[p]!;
        const lEnd = p + 2 + checkData[p + 1]!;
        // No text is this long: stands for "no literal of the slot found".
        let earliest = MAX_REACH;
        for (let l = p + 2; l < lEnd; l++) {
          const id = checkData[l]!;
          if ((present[id >> 5]! & (1 << (id & 31))) === 0) continue;
          const at = lits[2 * id + 1]!;
          if (at < earliest) {
            earliest = at;
            // An unbounded reach: the slot does not bound the start, any literal of it will do.
            if (reach >= MAX_REACH) break;
          }
        }
        if (earliest === MAX_REACH) {
          bound = -1;
          break;
        }
        const at = earliest - reach;
        if (at > bound) bound = at;
        p = lEnd;
      }
      branchRec[r + B_BOUND] = bound;
      if (bound < 0) continue;
      const owner = branchRec[r + B_OWNER]!;
      const o = 4 * owner;
      if (ownerRec[o] !== g) {
        ownerRec[o] = g;
        ownerRec[o + 1] = bound;
        branchRec[r + B_NEXT] = -1;
        marked[count++] = owner;
      } else {
        if (bound < ownerRec[o + 1]!) ownerRec[o + 1] = bound;
        branchRec[r + B_NEXT] = ownerRec[o + 3]!;
      }
      ownerRec[o + 3] = b;
    }
    for (let k = firstOwner; k < count; k++) {
      const o = 4 * marked[k]!;
      const idx = ownerRec[o + 2]!;
      stamp[idx] = g;
      startAt[idx] = ownerRec[o + 1]!;
      marked[k] = idx;
    }
    return { stamps: stamp, mark: g, startAt, list: marked, count };
  }
}
