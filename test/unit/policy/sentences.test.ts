import { describe, expect, it } from 'vitest';
import { nearSpan, segment, sentenceSpan } from '../../../src/policy/sentences.js';

function sentences(text: string): string[] {
  const s = segment(text);
  return s.starts.map((start, i) => text.slice(start, s.ends[i]).trim()).filter((x) => x !== '');
}

describe('sentence segmentation', () => {
  it('ends sentences at . ! ? before a space and at 。！？ and line breaks', () => {
    expect(sentences('one. two! three? four。五！六？seven\neight')).toEqual([
      'one.',
      'two!',
      'three?',
      'four。',
      '五！',
      '六？',
      'seven',
      'eight',
    ]);
  });

  it('keeps a Japanese quotation closed on its line in one sentence with what is said about it', () => {
    expect(
      sentences(
        '面談で「この会社を潰してやる。データは持っている」と発言したとの報告がありました。確認してください。',
      ),
    ).toEqual([
      '面談で「この会社を潰してやる。データは持っている」と発言したとの報告がありました。',
      '確認してください。',
    ]);
    expect(sentences('『覚えてろ！絶対に許さない』という件名のメールが届きました。')).toEqual([
      '『覚えてろ！絶対に許さない』という件名のメールが届きました。',
    ]);
    // Two quotations in a row, each closed, and the sentence after them.
    expect(sentences('「了解。」「承知。」と返しました。次です。')).toEqual([
      '「了解。」「承知。」と返しました。',
      '次です。',
    ]);
  });

  it('splits as before where a quotation is not closed on its line or is too long', () => {
    expect(sentences('「閉じない引用。次の文。\n」と')).toEqual(['「閉じない引用。', '次の文。', '」と']);
    const long = `「${'あ'.repeat(100)}。${'い'.repeat(100)}」`;
    expect(sentences(long)).toHaveLength(2);
    expect(sentences('「一つ目。二つ目」と言い、「三つ目')).toEqual(['「一つ目。二つ目」と言い、「三つ目']);
  });

  it('does not split version numbers or decimals', () => {
    expect(sentences('upgrade to v3.2 and 1.5 later.')).toEqual(['upgrade to v3.2 and 1.5 later.']);
  });

  it('ends a sentence at ? or ! right before Japanese text (a normalised full-width ？)', () => {
    expect(sentences('サポートは何のためにあるの?エンジニアは無能なのか')).toEqual([
      'サポートは何のためにあるの?',
      'エンジニアは無能なのか',
    ]);
    expect(sentences('ふざけるな!ばかにしてるのか')).toEqual(['ふざけるな!', 'ばかにしてるのか']);
  });

  it('keeps ?! inside English text together when no space follows', () => {
    expect(sentences('what?!really')).toEqual(['what?!really']);
  });

  it('does not end a sentence after mr. ms. mrs. or dr.', () => {
    expect(sentences('i will name mr. kubo and ms. ito and dr. sato in the post. then more.')).toEqual([
      'i will name mr. kubo and ms. ito and dr. sato in the post.',
      'then more.',
    ]);
    // a word that merely ends in those letters still ends a sentence
    expect(sentences('we hired a drummer. next')).toEqual(['we hired a drummer.', 'next']);
  });

  it('gives the span of the sentences around a range', () => {
    const text = 'first one. second one. third';
    const s = segment(text);
    const at = text.indexOf('second');
    expect(text.slice(...sentenceSpan(s, at, at + 6)).trim()).toBe('second one.');
  });

  it('gives the neighbourhood of a range: its sentences and the nearest non-blank one on each side', () => {
    const text = 'zero. first one.\n\n\nsecond one. third\n \n';
    const s = segment(text);
    const at = text.indexOf('second');
    expect(text.slice(...nearSpan(s, text, at, at + 6)).trim()).toBe('first one.\n\n\nsecond one. third');
    // At the ends: nothing before the first sentence, nothing after the last.
    expect(text.slice(...nearSpan(s, text, 0, 4)).trim()).toBe('zero. first one.');
    const third = text.indexOf('third');
    expect(text.slice(...nearSpan(s, text, third, third + 5)).trim()).toBe('second one. third');
  });
});
