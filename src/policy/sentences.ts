/**
 * Sentence segmentation of normalised text, for the scope of `requires`,
 * `unless` and vetoes. A sentence ends after `. ! ? 。 ！ ？` (followed by a
 * space, a line break or the end; so `1.5` and `v3.2` do not split) or at a
 * line break. `!` and `?` also end a sentence right before Japanese text
 * (normalisation turns a full-width `？` into `?`, and Japanese puts no space
 * after it); a full stop after a title (`mr.`, `ms.`, `mrs.`, `dr.`) does not.
 */

import { isSpace } from './customer-conduct.js';
import { MASK_CHAR } from './normalize.js';

export interface Sentences {
  /** Sorted start offsets of the sentences. */
  starts: number[];
  /** End offsets (exclusive), parallel to `starts`. */
  ends: number[];
}

// MASK_CHAR (\u0001) counts as a space after a full stop.
const BOUNDARY =
  // eslint-disable-next-line no-control-regex
  /(?<!\b(?:mr|ms|mrs|dr))\.(?=[\s\u0001"')\]」』]|$)|[!?](?=[\s\u0001"')\]」』\u3040-\u30ff\u3400-\u9fff]|$)|[。！？]|\n/g;

/** How far a closing bracket may be from its opening one for the quote to hold one sentence. */
const MAX_QUOTE = 160;

/**
 * The end of the Japanese quotation (「…」 or 『…』) opened at `from`: the
 * offset of its closing bracket on the same line and within MAX_QUOTE
 * characters, or -1.
 */
function quoteEnd(text: string, from: number): number {
  const open = text.charCodeAt(from);
  const close = open === 0x300c ? 0x300d : 0x300f;
  const limit = Math.min(text.length, from + MAX_QUOTE);
  for (let i = from + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === close) return i;
    if (c === 0x0a || c === open) return -1;
  }
  return -1;
}

/**
 * The closed Japanese quotations of `text`, left to right, as flat [open,
 * close] pairs (a quotation inside another is part of it). Quoted speech
 * keeps its full stops (「この会社を潰してやる。データは全部持っている」と発言
 * した), so the sentence is the whole report: what the customer says about
 * the quote (と言われました, との報告) is in the same sentence as its words.
 */
function quoteSpans(text: string): number[] {
  const spans: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x300c && c !== 0x300e) continue;
    const close = quoteEnd(text, i);
    if (close < 0) continue;
    spans.push(i, close);
    i = close;
  }
  return spans;
}

export function segment(text: string): Sentences {
  const starts: number[] = [0];
  const ends: number[] = [];
  const spans = text.includes('「') || text.includes('『') ? quoteSpans(text) : null;
  let q = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    if (spans && m[0] !== '\n') {
      while (q < spans.length && spans[q + 1]! < m.index) q += 2;
      // A full stop inside a closed quotation does not end a sentence.
      if (q < spans.length && spans[q]! < m.index) continue;
    }
    const end = m.index + m[0].length;
    ends.push(end);
    starts.push(end);
  }
  ends.push(text.length);
  return { starts, ends };
}

/** Index of the sentence that contains offset `pos`. */
export function sentenceAt(s: Sentences, pos: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [start, end) of the sentences covering the span [a, b). */
export function sentenceSpan(s: Sentences, a: number, b: number): [number, number] {
  const first = sentenceAt(s, a);
  const last = sentenceAt(s, Math.max(a, b - 1));
  return [s.starts[first]!, s.ends[last]!];
}

/** Whether text[a, b) holds nothing but white space and masked characters. */
function blankBetween(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i)) && text[i] !== MASK_CHAR) return false;
  return true;
}

/**
 * [start, end) of the sentences covering the span [a, b) of `text`, with the
 * nearest sentence before and after them that is not blank (the `near`
 * scope: a reason given in the next sentence, a threat in the one before).
 */
export function nearSpan(s: Sentences, text: string, a: number, b: number): [number, number] {
  let first = sentenceAt(s, a);
  let last = sentenceAt(s, Math.max(a, b - 1));
  for (let k = first - 1; k >= 0; k--) {
    if (blankBetween(text, s.starts[k]!, s.ends[k]!)) continue;
    first = k;
    break;
  }
  for (let k = last + 1; k < s.starts.length; k++) {
    if (blankBetween(text, s.starts[k]!, s.ends[k]!)) continue;
    last = k;
    break;
  }
  return [s.starts[first]!, s.ends[last]!];
}
