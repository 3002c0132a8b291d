import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/policy/language.js';

describe('detectLanguage', () => {
  it('detects Japanese by kana and kanji', () => {
    expect(detectLanguage('お世話になっております。')).toBe('ja');
    expect(detectLanguage('ﾛｸﾞｲﾝできません')).toBe('ja');
    expect(detectLanguage('SAMLの設定でエラーが出ます: invalid_signature')).toBe('ja');
  });

  it('detects English, also with a Japanese name or two', () => {
    expect(detectLanguage('Hello, I cannot sign in.')).toBe('en');
    expect(detectLanguage('Please ask 田中 to call me back about the invoice.')).toBe('en');
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('12345')).toBe('en');
  });
});
