/**
 * compactPattern must never change what a pattern matches: same matches, at
 * the same positions, with the same captures, for every text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPattern, TRACE_BREAK } from '../../../src/policy/compact-pattern.js';
import { loadPolicyFile } from '../../../src/config/policy-file.js';
import { compileRuleDocs, writtenSource } from '../../../src/policy/rules.js';
import { PACKAGE_ROOT } from '../../../src/cli/policy-path.js';

const B = TRACE_BREAK;

/** Every match of `source` in `text` (flags gu), with its index and captures. */
/** Compiled once per source: the shipped-rules test runs thousands of patterns over many texts. */
const compiled = new Map<string, RegExp>();
function matches(source: string, text: string): unknown[] {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = new RegExp(source, 'gu')));
  return [...text.matchAll(re)].map((m) => [m.index, [...m], m.groups]);
}

/**
 * Asserts that two sources match alike on `text`; the comparison is done on
 * JSON first, so the (slow) matcher only runs where they differ.
 */
function expectSameMatches(compact: string, written: string, text: string, label: string): void {
  const a = matches(compact, text);
  const b = matches(written, text);
  if (JSON.stringify(a) !== JSON.stringify(b)) expect(a, label).toEqual(b);
}

/** The sticky match (or none) at every offset of `text`. */
function stickyAt(source: string, text: string): unknown[] {
  const re = new RegExp(source, 'uy');
  const out: unknown[] = [];
  for (let at = 0; at <= text.length; at++) {
    re.lastIndex = at;
    const m = re.exec(text);
    out.push(m ? [m.index, [...m]] : null);
  }
  return out;
}

describe('compactPattern', () => {
  it('breaks the trace after a group with alternatives or an optional quantifier that has more after it', () => {
    expect(compactPattern('(?:a|bc)d')).toBe(`(?:a|bc)${B}d`);
    expect(compactPattern('(?:ab)?c')).toBe(`(?:ab)?${B}c`);
    expect(compactPattern('(?:ab)??c')).toBe(`(?:ab)??${B}c`);
    expect(compactPattern('(?:ab){0,2}?c')).toBe(`(?:ab){0,2}?${B}c`);
    expect(compactPattern('(?:ab)*c')).toBe(`(?:ab)*${B}c`);
    expect(compactPattern('(a|b)+c')).toBe(`(a|b)+${B}c`);
    expect(compactPattern('x(?:a|b)(?:c|d)y')).toBe(`x(?:a|b)${B}(?:c|d)${B}y`);
  });

  it('leaves alone what needs nothing: the end of a branch, required groups without alternatives, lookarounds', () => {
    for (const p of [
      'x(?:a|b)',
      'x(?:a|b)|y',
      '(?:x(?:a|b))',
      '(?:ab)+c',
      '(?:ab){2}c',
      '(?:ab){1,3}c',
      '(?=a|b)c',
      '(?<!a|b)c',
      'a(?!b|c)d',
      String.raw`\(a|b\)c`,
      String.raw`[(|)]?x`,
      String.raw`[^)]|[\]|(]x`,
      String.raw`\p{L}\k<x>`,
    ])
      expect(compactPattern(p)).toBe(p);
  });

  it('rewrites inside lookarounds and named groups, and a backreference still refers to its group', () => {
    expect(compactPattern('(?<=(?:a|b)c)d')).toBe(`(?<=(?:a|b)${B}c)d`);
    expect(compactPattern(String.raw`(?<w>a|bb)\k<w>`)).toBe(String.raw`(?<w>a|bb)${B}\k<w>`);
    expect(matches(compactPattern(String.raw`(?<w>a|bb)\k<w>`), 'aa bbbb abb')).toEqual(
      matches(String.raw`(?<w>a|bb)\k<w>`, 'aa bbbb abb'),
    );
  });

  it('changes no match, position or capture (generated patterns and texts)', () => {
    const atom = fc.constantFrom(
      'a',
      'b',
      'c',
      ' ',
      '\\s',
      '\\w',
      '\\b',
      '[ab]',
      '[^a]',
      '.',
      '\\.',
      'ば',
      '😀',
      '[]',
    );
    const quant = fc.constantFrom(
      '',
      '',
      '',
      '?',
      '??',
      '*',
      '*?',
      '+',
      '+?',
      '{0,2}',
      '{0,2}?',
      '{1,2}',
      '{2}',
    );
    const { pattern } = fc.letrec((tie) => ({
      pattern: fc
        .array(tie('branch'), { minLength: 1, maxLength: 3 })
        .map((bs) => (bs as string[]).join('|')),
      branch: fc
        .array(fc.oneof({ depthSize: 'small' }, tie('piece'), tie('piece'), tie('piece')), { maxLength: 4 })
        .map((ps) => (ps as string[]).join('')),
      piece: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.tuple(atom, quant).map(([a, q]) => a + q),
        fc
          .tuple(fc.constantFrom('(?:', '(', '(?=', '(?!', '(?<=', '(?<!'), tie('pattern'), quant)
          .map(([open, p, q]) => `${open}${p as string})${open.startsWith('(?') && open !== '(?:' ? '' : q}`),
      ),
    }));
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', ' ', '.', 'ば', '😀', 'x'), { maxLength: 12 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        try {
          new RegExp(p, 'u');
        } catch {
          return; // not a pattern (a quantified assertion, say)
        }
        const c = compactPattern(p);
        expect(matches(c, t)).toEqual(matches(p, t));
        expect(stickyAt(c, t)).toEqual(stickyAt(p, t));
      }),
      { numRuns: 3_000 },
    );
  });

  it('the shipped rules: each compacted pattern matches as written, on the dev corpus', () => {
    const policy = loadPolicyFile(resolve(PACKAGE_ROOT, 'config/policy.yaml'));
    const rules = compileRuleDocs(policy.ruleDocs);
    const texts = readFileSync(resolve(PACKAGE_ROOT, '../shared/corpus/dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((l) => {
        const j = JSON.parse(l) as { text?: string; thread?: { text: string }[] };
        return j.text !== undefined
          ? [j.text.toLowerCase()]
          : (j.thread ?? []).map((m) => m.text.toLowerCase());
      });
    const all = [
      ...rules.masks.map((m) => m.re),
      ...rules.vetoes.map((v) => v.re),
      ...rules.rules.flatMap((r) => [r.re, ...r.requires, ...r.unless]),
    ];
    // The longest patterns (where the rewrite does most), and every rule's main pattern by a sample of texts.
    const longest = [...all].sort((a, b) => writtenSource(b).length - writtenSource(a).length).slice(0, 150);
    let rewritten = 0;
    for (const re of longest) {
      const written = writtenSource(re);
      if (re.source !== written) rewritten++;
      for (const t of texts) expectSameMatches(re.source, written, t, written);
    }
    expect(rewritten).toBeGreaterThan(100);
    const sample = texts.filter((_, k) => k % 16 === 0);
    for (const r of rules.rules) {
      const written = writtenSource(r.re);
      expect(r.re.source).toBe(new RegExp(compactPattern(written), 'gu').source);
      for (const t of sample) expectSameMatches(r.re.source, written, t, r.id);
    }
  });
});
