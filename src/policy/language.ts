/** Language detection by script: Japanese when kana/kanji carry a fair share of the letters. */
import type { Lang } from './types.js';

export function detectLanguage(text: string): Lang {
  let ja = 0;
  let kana = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff5a)) latin++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) {
      ja++;
      kana++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) ja++;
  }
  if (ja === 0) return 'en';
  // One Japanese character carries about as much as three Latin letters.
  // Kanji without any kana (a name in an English mail) needs a clear majority.
  if (kana === 0) return ja * 3 >= latin * 2 ? 'ja' : 'en';
  return ja * 3 >= latin ? 'ja' : 'en';
}
