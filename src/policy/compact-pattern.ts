/**
 * Smaller native code for the rule patterns, with the same matches.
 *
 * V8's regex compiler (irregexp) emits code along "traces": what it knows
 * about the match so far (how far past the current position it has read,
 * which characters it has checked, where to go on failure). Where several
 * traces reach the same part of a pattern, it emits a copy of that part for
 * each of them, up to ten, before falling back to a shared version. Every
 * alternative of a group (`(?:idiots?|morons?|clowns?)`) and both ways through
 * an optional group (`(?:\w+\s+)?`) are such traces, so everything after the
 * group was emitted up to ten times. One rule of 1,000 characters compiled to
 * 115 KB of machine code, and the rule set to about 50 MB (per string width;
 * English and Japanese text each have their own), far beyond the processor's
 * caches.
 *
 * A lookaround ends every trace: irregexp restores the position and starts the
 * rest of the pattern from a plain state. So after each group with
 * alternatives or an optional quantifier that is followed by more pattern,
 * `compactPattern` inserts `(?![])` — "no character of the empty class comes
 * next", which always holds, consumes nothing and captures nothing — and the
 * rest is emitted once. Measured on the shipped rules: about a third of the
 * machine code, and a few per cent less CPU per message.
 *
 * The rewritten source is only what the RegExp runs. Everything that reasons
 * about a pattern's text (the literal prefilter, the word-boundary precheck)
 * reads the source as written (see rules.ts, `writtenSource`).
 */

/** Always true, zero width, no capture: ends irregexp's trace. */
export const TRACE_BREAK = '(?![])';

/** `?`, `*`, `+`, `{n}`, `{n,}` or `{n,m}`, possibly lazy, at the start of `s` from `i`; its length (0 when none). */
function quantifierLength(s: string, i: number): number {
  const c = s[i];
  let n = 0;
  if (c === '?' || c === '*' || c === '+') n = 1;
  else if (c === '{') {
    const m = /^\{\d+(?:,\d*)?\}/.exec(s.slice(i, i + 24));
    if (!m) return 0;
    n = m[0].length;
  } else return 0;
  return s[i + n] === '?' ? n + 1 : n;
}

/** Whether a quantifier lets its atom match zero times (`?`, `*`, `{0,…}`). */
function optional(q: string): boolean {
  return q.startsWith('?') || q.startsWith('*') || /^\{0[,}]/.test(q);
}

/**
 * `source` (a pattern for the `u` flag) with `(?![])` after every group that
 * has top-level alternatives or an optional quantifier and is followed by more
 * of its branch. Lookarounds themselves are left as they are (their contents
 * are rewritten). Matches, match positions and captures are unchanged.
 */
export function compactPattern(source: string): string {
  const s = source;
  let out = '';
  // Per open group: whether it is a lookaround, and whether it has a top-level `|`.
  const open: { look: boolean; alt: boolean }[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      // An escape is two characters as far as structure goes (\p{…}, \k<…>, \u{…} hold no ( ) | [).
      out += s.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      // A class: up to the first unescaped `]` after `[` or `[^` (in `u` mode `[]` is empty, `[` is literal).
      let j = i + 1;
      if (s[j] === '^') j++;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '(') {
      const look =
        s.startsWith('(?=', i) ||
        s.startsWith('(?!', i) ||
        s.startsWith('(?<=', i) ||
        s.startsWith('(?<!', i);
      open.push({ look, alt: false });
      out += c;
      i++;
      continue;
    }
    if (c === '|') {
      const g = open[open.length - 1];
      if (g) g.alt = true;
      out += c;
      i++;
      continue;
    }
    if (c === ')') {
      const g = open.pop();
      out += c;
      i++;
      const q = s.slice(i, i + quantifierLength(s, i));
      out += q;
      i += q.length;
      const more = i < s.length && s[i] !== '|' && s[i] !== ')';
      if (g && !g.look && more && (g.alt || optional(q))) out += TRACE_BREAK;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
