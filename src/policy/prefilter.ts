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
  | { kind: 'class' }
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
}

/** Every required literal set of a sequence, most selective first. */
function seqCandidates(seq: Seq): Candidate[] {
  const candidates: Candidate[] = [];
  let run = '';
  let runReach = 0;
  let prefix = 0;
  const endRun = (): void => {
    if (weight(run) >= 2) candidates.push({ lits: [run], reach: runReach });
    run = '';
  };
  for (const item of seq) {
    const a = item.atom;
    if (a.kind === 'zero') continue;
    const before = prefix;
    prefix += itemMax(item);
    if (item.min === 0) {
      endRun();
      continue;
    }
    if (a.kind === 'lit') {
      if (run === '') runReach = before;
      run += a.ch.repeat(Math.min(item.min, 8));
      if (item.max !== item.min) endRun();
      continue;
    }
    endRun();
    if (a.kind === 'group') {
      const lits = altLiterals(a.alt);
      // The literal lies somewhere inside the group: at most the group's length after its start.
      if (lits && lits.length > 0 && minLen(lits) >= 2)
        candidates.push({ lits, reach: before + itemMax(item) });
    }
  }
  endRun();
  // Most selective first: longest shortest literal, then fewest literals.
  return candidates.sort(
    (x, y) => Math.min(minLen(y.lits), 4) - Math.min(minLen(x.lits), 4) || x.lits.length - y.lits.length,
  );
}

function seqLiterals(seq: Seq): string[] | null {
  return seqCandidates(seq)[0]?.lits ?? null;
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

/** The slots worth indexing: at most three, skipping slots with a common literal when others exist. */
function pickSlots(candidates: Candidate[]): Candidate[] {
  const rare = candidates.filter((slot) => !slot.lits.some(isCommon));
  return (rare.length > 0 ? rare : candidates).slice(0, 3);
}

/**
 * What a match needs, as branches of the top-level alternation, each a list
 * of slots (literal sets) that must all be present: a match of some branch
 * contains a literal of every slot of that branch, and starts at most
 * `reach` code units before it. Null when some branch has no slot (the
 * pattern must always run).
 */
export function slotRequirements(source: string): Candidate[][] | null {
  try {
    const p = new Parser(source);
    const alt = p.parseAlt();
    if (p.i !== source.length) return null;
    const branches = alt.map((seq) => pickSlots(seqCandidates(seq)));
    return branches.some((b) => b.length === 0) ? null : branches;
  } catch {
    return null;
  }
}

/** The literal sets of slotRequirements, without reaches. */
export function requirements(source: string): string[][][] | null {
  return slotRequirements(source)?.map((branch) => branch.map((slot) => slot.lits)) ?? null;
}

/**
 * Aho–Corasick automaton over the literals: one pass over the text finds
 * every literal that occurs, whatever their number.
 */
class LiteralAutomaton {
  private trie: Map<number, number>[] = [new Map()];
  /** Literal ids ending at each node (own only; the dictionary link chains the rest). */
  private readonly out: number[][] = [[]];
  private fail = new Int32Array(1);
  private dict = new Int32Array(1);
  /** Character → dense symbol id, -1 for characters in no literal. */
  private readonly symbol = new Int16Array(0x10000).fill(-1);
  private symbols = 0;
  /** Open-addressing transition table of (key, child) pairs, key = node * symbols + symbol. */
  private table = new Int32Array(0);
  private mask = 0;
  /** Dense transitions out of the root, where most steps start. */
  private rootNext = new Int32Array(0);
  /**
   * 1 for nodes at which some literal ends (own or through the dictionary link): the scan
   * reads this byte instead of the scattered per-node output arrays on every character.
   */
  private emits = new Uint8Array(1);

  add(lit: string, id: number): void {
    let node = 0;
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      if (this.symbol[c] === -1) {
        if (this.symbols >= 0x7fff) throw new Error('too many distinct characters in rule literals');
        this.symbol[c] = this.symbols++;
      }
      let child = this.trie[node]!.get(c);
      if (child === undefined) {
        child = this.trie.length;
        this.trie.push(new Map());
        this.out.push([]);
        this.trie[node]!.set(c, child);
      }
      node = child;
    }
    this.out[node]!.push(id);
  }

  build(): void {
    const n = this.trie.length;
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    const queue: number[] = [];
    for (const child of this.trie[0]!.values()) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [c, child] of this.trie[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.trie[f]!.has(c)) f = this.fail[f]!;
        const target = this.trie[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const fc = this.fail[child]!;
        this.dict[child] = this.out[fc]!.length > 0 ? fc : this.dict[fc]!;
        queue.push(child);
      }
    }
    let size = 16;
    while (size < n * 2) size <<= 1;
    this.table = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    this.trie.forEach((edges, node) => {
      for (const [c, child] of edges) {
        const key = node * this.symbols + this.symbol[c]!;
        let h = Math.imul(key, 0x9e3779b1) >>> 0;
        for (;;) {
          h &= this.mask;
          if (this.table[2 * h] === -1) {
            this.table[2 * h] = key;
            this.table[2 * h + 1] = child;
            break;
          }
          h++;
        }
      }
    });
    this.rootNext = new Int32Array(this.symbols).fill(-1);
    for (const [c, child] of this.trie[0]!) this.rootNext[this.symbol[c]!] = child;
    this.emits = new Uint8Array(n);
    for (let node = 1; node < n; node++) {
      if (this.out[node]!.length > 0 || this.dict[node]! >= 0) this.emits[node] = 1;
    }
    // Only the flat tables are used from here on.
    this.trie = [];
  }

  private step(node: number, sym: number): number {
    if (node === 0) return this.rootNext[sym]!;
    const key = node * this.symbols + sym;
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

  /** Calls `found(id, end)` for every literal occurrence ending at `end` (inclusive). */
  scan(text: string, found: (id: number, end: number) => void): void {
    const { fail, out, dict, symbol, emits } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const sym = symbol[text.charCodeAt(i)]!;
      if (sym < 0) {
        node = 0;
        continue;
      }
      let child = this.step(node, sym);
      while (child < 0 && node !== 0) {
        node = fail[node]!;
        child = this.step(node, sym);
      }
      node = child < 0 ? 0 : child;
      if (emits[node] === 0) continue;
      for (let m = node; m > 0; m = dict[m]!) {
        const ids = out[m]!;
        for (let k = 0; k < ids.length; k++) found(ids[k]!, i);
        if (dict[m]! < 0) break;
      }
    }
  }
}

/** Index from literals to the patterns that need them. */
export class LiteralPrefilter {
  private readonly automaton = new LiteralAutomaton();
  private readonly litIds = new Map<string, number>();
  /** Literal id → slots that it satisfies. */
  private readonly litSlots: number[][] = [];
  private readonly litLength: number[] = [];
  /** Slot id → how far before its literal a match may start. */
  private readonly slotReach: number[] = [];
  /** Slot id → start of the earliest literal occurrence in the current text. */
  private slotFirst = new Int32Array(0);
  /** Pattern index → offset before which no match can start (valid for marked patterns). */
  private readonly startAt: Int32Array;
  /** For each filtered pattern, its branches as lists of slot ids. */
  private readonly branches: { idx: number; branches: number[][] }[] = [];
  /** Slot id → index into `branches` of the pattern that owns it. */
  private readonly slotOwner: number[] = [];
  private readonly always: number[] = [];
  private readonly stamp: Uint32Array;
  private readonly slotStamp: Uint32Array;
  private readonly litStamp: Uint32Array;
  private readonly touchedStamp: Uint32Array;
  private readonly touched: number[] = [];
  private generation = 0;
  private readonly onFound: (id: number, end: number) => void;
  // Flat copies of the tables above for the per-message pass (no array-of-arrays pointer chasing).
  /** Literal id → its slots: `litSlotList[litSlotStart[id] .. litSlotStart[id + 1])`. */
  private readonly litSlotStart: Int32Array;
  private readonly litSlotList: Int32Array;
  private readonly litLen: Int32Array;
  private readonly reachOf: Float64Array;
  private readonly ownerOf: Int32Array;
  /** Owner → pattern index, and its branches `ownerBranch[o] .. ownerBranch[o + 1]`. */
  private readonly ownerIdx: Int32Array;
  private readonly ownerBranch: Int32Array;
  /** Branch → its slots `branchSlots[branchStart[b] .. branchStart[b + 1])`. */
  private readonly branchStart: Int32Array;
  private readonly branchSlots: Int32Array;

  /** `sources[i]` is the folded source of pattern i. */
  constructor(sources: readonly string[]) {
    this.stamp = new Uint32Array(sources.length);
    this.startAt = new Int32Array(sources.length);
    let slots = 0;
    sources.forEach((src, idx) => {
      const req = slotRequirements(src);
      if (!req) {
        this.always.push(idx);
        return;
      }
      const owner = this.branches.length;
      const branches = req.map((branch) =>
        branch.map(({ lits, reach }) => {
          const slot = slots++;
          this.slotOwner[slot] = owner;
          this.slotReach[slot] = reach;
          for (const lit of lits) {
            let id = this.litIds.get(lit);
            if (id === undefined) {
              id = this.litIds.size;
              this.litIds.set(lit, id);
              this.litSlots.push([]);
              this.litLength.push(lit.length);
              this.automaton.add(lit, id);
            }
            if (!this.litSlots[id]!.includes(slot)) this.litSlots[id]!.push(slot);
          }
          return slot;
        }),
      );
      this.branches.push({ idx, branches });
    });
    this.automaton.build();
    this.slotStamp = new Uint32Array(slots);
    this.slotFirst = new Int32Array(slots);
    this.litStamp = new Uint32Array(this.litIds.size);
    this.touchedStamp = new Uint32Array(this.branches.length);
    const litCount = this.litSlots.length;
    this.litSlotStart = new Int32Array(litCount + 1);
    for (let id = 0; id < litCount; id++)
      this.litSlotStart[id + 1] = this.litSlotStart[id]! + this.litSlots[id]!.length;
    this.litSlotList = new Int32Array(this.litSlotStart[litCount]!);
    for (let id = 0; id < litCount; id++) this.litSlotList.set(this.litSlots[id]!, this.litSlotStart[id]!);
    this.litLen = Int32Array.from(this.litLength);
    this.reachOf = Float64Array.from(this.slotReach);
    this.ownerOf = Int32Array.from(this.slotOwner);
    const owners = this.branches.length;
    this.ownerIdx = new Int32Array(owners);
    this.ownerBranch = new Int32Array(owners + 1);
    const branchStart: number[] = [0];
    const branchSlots: number[] = [];
    for (let o = 0; o < owners; o++) {
      const { idx, branches } = this.branches[o]!;
      this.ownerIdx[o] = idx;
      for (const branch of branches) {
        branchSlots.push(...branch);
        branchStart.push(branchSlots.length);
      }
      this.ownerBranch[o + 1] = this.ownerBranch[o]! + branches.length;
    }
    this.branchStart = Int32Array.from(branchStart);
    this.branchSlots = Int32Array.from(branchSlots);
    this.onFound = (id, end) => {
      const g = this.generation;
      // The first occurrence of a literal is its earliest; a slot keeps the earliest of its literals.
      if (this.litStamp[id] === g) return;
      this.litStamp[id] = g;
      const start = end - this.litLen[id]! + 1;
      const { slotStamp, slotFirst, ownerOf, touchedStamp, litSlotList } = this;
      const to = this.litSlotStart[id + 1]!;
      for (let k = this.litSlotStart[id]!; k < to; k++) {
        const slot = litSlotList[k]!;
        if (slotStamp[slot] === g) {
          if (start < slotFirst[slot]!) slotFirst[slot] = start;
          continue;
        }
        slotStamp[slot] = g;
        slotFirst[slot] = start;
        const owner = ownerOf[slot]!;
        if (touchedStamp[owner] !== g) {
          touchedStamp[owner] = g;
          this.touched.push(owner);
        }
      }
    };
  }

  /** Patterns that always run (no usable literal). */
  get unfiltered(): number {
    return this.always.length;
  }

  /**
   * Marks the patterns that may match `text` and returns the mark: pattern i
   * may match when `stamps[i] === mark`, until the next call.
   */
  candidates(text: string): { stamps: Uint32Array; mark: number; startAt: Int32Array } {
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.slotStamp.fill(0);
      this.litStamp.fill(0);
      this.touchedStamp.fill(0);
      this.generation = 0;
    }
    const g = ++this.generation;
    const { stamp, slotStamp, slotFirst, startAt, touched } = this;
    for (const idx of this.always) {
      stamp[idx] = g;
      startAt[idx] = 0;
    }
    touched.length = 0;
    this.automaton.scan(text, this.onFound);
    const { reachOf, ownerIdx, ownerBranch, branchStart, branchSlots } = this;
    for (let t = 0; t < touched.length; t++) {
      const owner = touched[t]!;
      // The earliest start over the branches whose slots are all present.
      let earliest = Infinity;
      const bEnd = ownerBranch[owner + 1]!;
      for (let b = ownerBranch[owner]!; b < bEnd; b++) {
        let all = true;
        let bound = 0;
        const kEnd = branchStart[b + 1]!;
        for (let k = branchStart[b]!; k < kEnd; k++) {
          const slot = branchSlots[k]!;
          if (slotStamp[slot] !== g) {
            all = false;
            break;
          }
          const from = slotFirst[slot]! - reachOf[slot]!;
          if (from > bound) bound = from;
        }
        if (all && bound < earliest) {
          earliest = bound;
          // Bounds are never below 0: no other branch can start earlier.
          if (earliest === 0) break;
        }
      }
      if (earliest !== Infinity) {
        const idx = ownerIdx[owner]!;
        stamp[idx] = g;
        startAt[idx] = earliest;
      }
    }
    return { stamps: stamp, mark: g, startAt };
  }
}
