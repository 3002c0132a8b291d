import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPattern, normalise, toOriginal } from '../../../src/policy/normalize.js';

const norm = (s: string): string => normalise(s).text;

describe('normalise', () => {
  it('applies NFKC, lower case and katakana→hiragana folding', () => {
    expect(norm('ＢＡＫＡ')).toBe('baka');
    expect(norm('ﾎﾞｹ')).toBe('ぼけ');
    expect(norm('アホ')).toBe('あほ');
    expect(norm('コーヒー')).toBe('こーひー');
    expect(norm('Hello World')).toBe('hello world');
  });

  it('removes separators inside runs of single letters only', () => {
    expect(norm('f.u.c.k off')).toBe('fuck off');
    expect(norm('you are a J E R K')).toBe('you are a jerk');
    expect(norm('s-h-i-t')).toBe('shit');
    expect(norm('ア ホ')).toBe('あほ');
    expect(norm('ク・ズ')).toBe('くず');
    // Ordinary words stay apart.
    expect(norm('go to the shop')).toBe('go to the shop');
    expect(norm('I am a user')).toBe('i am a user');
  });

  it('undoes masked profanity and leetspeak inside words', () => {
    expect(norm('what the f*ck')).toBe('what the fuck');
    expect(norm('f**k this')).toBe('fuck this');
    expect(norm('total b*tch')).toBe('total bitch');
    expect(norm('a**hole')).toBe('asshole');
    expect(norm('sh!t service')).toBe('shit service');
    expect(norm('you l0s3r')).toBe('you loser');
    expect(norm('$hitty')).toBe('shitty');
    // Version strings, ids and hashes are not leetspeak.
    expect(norm('win10 k8s sha256 v3.2')).toBe('win10 k8s sha256 v3.2');
    // A three-character word takes one of !@$ for a letter, never a digit or a pipe.
    expect(norm('go d!e')).toBe('go die');
    expect(norm('a1b c8d a|b x!')).toBe('a1b c8d a|b x!');
  });

  it('folds runs of three or more identical letters', () => {
    expect(norm('stuuuupid')).toBe('stupid');
    expect(norm('ばかあああ')).toBe('ばかあ');
    expect(norm('ぼけえええ')).toBe('ぼけえ');
    expect(norm('good book')).toBe('good book');
  });

  it('reads the visual pun タヒね and the homophone 氏ね as しね, but not a name suffix', () => {
    expect(norm('タヒね')).toBe('しね');
    expect(norm('氏ね')).toBe('しね');
    expect(norm('タ ヒ ね')).toBe('しね');
    expect(norm('佐藤氏ね')).toBe('佐藤氏ね');
    // after a kanji noun タヒ is still the pun (only the honorific 氏 is guarded)
    expect(norm('担当タヒね')).toBe('担当しね');
    expect(norm('全員タヒんでくれ')).toBe('全員しんでくれ');
  });

  it('maps every normalised span back to an original slice', () => {
    const original = 'Ｙｏｕ ﾊﾞｶ and f.u.c.k and id10t';
    const n = normalise(original);
    for (const word of ['you', 'ばか', 'fuck', 'idiot']) {
      const i = n.text.indexOf(word);
      expect(i).toBeGreaterThanOrEqual(0);
      const { start, end } = toOriginal(n, i, i + word.length);
      expect(normalise(original.slice(start, end)).text).toBe(word);
    }
  });

  it('property: the position map is monotone, in bounds, and round-trips matched words', () => {
    const pieces = fc.constantFrom(
      'a',
      'b',
      'k',
      'i',
      'd',
      '1',
      '0',
      '*',
      '.',
      ' ',
      '-',
      'ﾊﾞ',
      'ｶ',
      'バ',
      'カ',
      'タヒ',
      'ね',
      '氏',
      'Ｆ',
      'u',
      'c',
      '\u0301',
      '\n',
      '。',
      '!',
      '$',
      'ー',
      '😀',
      'e\u0301',
      'ｏ',
      'oo',
      'ooo',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const original = parts.join('');
        const n = normalise(original);
        expect(n.start.length).toBe(n.text.length);
        let prev = 0;
        for (let i = 0; i < n.text.length; i++) {
          expect(n.start[i]).toBeGreaterThanOrEqual(prev);
          expect(n.end[i]!).toBeGreaterThan(n.start[i]!);
          expect(n.end[i]!).toBeLessThanOrEqual(original.length);
          prev = n.start[i]!;
        }
        // Any normalised substring maps to a non-empty original slice.
        for (let a = 0; a < n.text.length; a += 3) {
          const b = Math.min(n.text.length, a + 4);
          const { start, end } = toOriginal(n, a, b);
          expect(end).toBeGreaterThan(start);
          expect(original.slice(start, end).length).toBe(end - start);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldPattern', () => {
  it('folds literals like text but keeps escapes', () => {
    expect(foldPattern('バカ')).toBe('ばか');
    expect(foldPattern('\\bIDIOT\\b')).toBe('\\bidiot\\b');
    expect(foldPattern('\\S+\\W\\p{Lu}\\u30A1')).toBe('\\S+\\W\\p{Lu}\\u30A1');
    expect(foldPattern('ｂａｋａ')).toBe('baka');
  });

  it('keeps full-width punctuation literal after folding to ASCII', () => {
    const re = new RegExp(foldPattern('（笑）'), 'u');
    expect(re.test('(笑)')).toBe(true);
    expect(re.test('笑')).toBe(false);
  });
});

describe('normalise: spaced-out words', () => {
  it('keeps word breaks when letters are one space apart and words two', () => {
    expect(norm('Y O U  A R E  J E R K S')).toBe('you are jerks');
  });

  it('does not split a spaced-out known word that starts with a or i', () => {
    expect(norm('I D I O T')).toBe('idiot');
    expect(norm('a c e s')).toBe('a ces');
  });

  it('keeps leading chat-speak one-letter words (r u, u r, y r u) apart', () => {
    expect(norm('r u a b0t')).toBe('r u a b0t');
    expect(norm('y r u so slow')).toBe('y r u so slow');
    expect(norm('u r a j e r k')).toBe('u r a jerk');
    expect(norm('r u d e')).toBe('rude');
    const n = normalise('ok u r a j e r k');
    const at = n.text.indexOf('jerk');
    expect(toOriginal(n, at, at + 4)).toEqual({ start: 9, end: 16 });
  });
});

describe('normalise: decorations', () => {
  it('drops combining marks that NFKC cannot compose (strike-through, zalgo) but keeps composed letters', () => {
    expect(norm('i\u0336d\u0336i\u0336o\u0336t\u0336')).toBe('idiot');
    expect(norm('cafe\u0301')).toBe('café');
    expect(norm('ﾊﾞｶ')).toBe('ばか');
  });
});

describe('normalise: homoglyphs', () => {
  it('reads Cyrillic/Greek look-alikes inside Latin words as Latin, leaving Russian words alone', () => {
    expect(norm('you id\u0456\u043et')).toBe('you idiot');
    expect(norm('\u0441lown')).toBe('clown');
    expect(norm('привет мир')).toBe('привет мир');
  });
});
