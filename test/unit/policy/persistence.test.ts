import { describe, expect, it } from 'vitest';
import { demandKeys, demandTokens, tokenSimilarity } from '../../../src/policy/contact-history.js';
import {
  compileEngine,
  demandFingerprint,
  fingerprintSimilarity,
  historyOf,
  InMemoryContactLog,
} from '../../../src/policy/index.js';
import type { ContactEntry, ThreadMessage } from '../../../src/policy/index.js';

const engine = compileEngine({
  version: 't',
  engine: {
    rules: ['x'],
    persistence: { window_minutes: 60, min_repeats: 4, min_tickets: 3, similarity: 0.5 },
  },
  ruleDocs: [{ path: 'x.yaml', doc: { lang: 'en', rules: [] } }],
});

const at = (min: number): string => new Date(Date.UTC(2025, 0, 6, 9, 0) + min * 60_000).toISOString();
const thread = (texts: string[], stepMinutes: number): ThreadMessage[] =>
  texts.map((text, i) => ({ at: at(i * stepMinutes), text }));

const insistent = [
  'Restore the deleted mailbox of our sales director.',
  'Restore the sales director mailbox now.',
  'Where is the restored mailbox for the director?',
  'Restore the director mailbox. Today.',
  'Mailbox. Director. Restore it.',
];
const ja = [
  '会議室の予約画面を直してください。',
  '予約画面、直してください。',
  'まだ予約画面が直っていません。',
  '予約画面を今すぐ直して。',
];

describe('thread persistence', () => {
  it('flags the same demand repeated within the window', () => {
    const d = engine.evaluate({ thread: thread(insistent, 8) });
    expect(d.means).toEqual(['persistence']);
    expect(d.verdict).toBe('harassment');
    expect(d.persistence).toMatchObject({ messages: 5, tickets: 1 });
    const e = d.evidence.find((x) => x.rule === 'persistence.thread')!;
    const msgs = thread(insistent, 8);
    expect(e.quote).toBe(msgs[e.message]!.text.slice(e.start, e.end));
  });

  it('works for Japanese through kanji/katakana bigrams', () => {
    expect(engine.evaluate({ thread: thread(ja, 5) }).means).toEqual(['persistence']);
  });

  it('links a Japanese demand rephrased each time: the kanji stay, the kana change', () => {
    const rephrased = [
      '本日中にお電話ください。',
      'まだお電話いただけていません。至急お電話ください。',
      '三度目です。すぐに電話をください。',
      'なぜ電話がないのですか。今すぐ電話してください。',
    ];
    expect(engine.evaluate({ thread: thread(rephrased, 15) }).means).toEqual(['persistence']);
  });

  it('does not chain a cooperative thread that passes one word along', () => {
    const relay = [
      'お世話になっております。ERPの中継サーバからのメールが、550 5.7.1で拒否されます。',
      '中継サーバのIPは203.0.113.45です',
      'NDRの全文です：550 5.7.1 Sender not authorized for this connector',
      'あっ、受信コネクタにIP制限があって、中継サーバのサブネットが変わってました。いま新しいレンジを追加します',
      '追加したら届きました！ありがとうございました',
    ];
    expect(engine.evaluate({ thread: thread(relay, 3) }).means).toEqual([]);
    const relayEn = [
      'Mail from our ERP relay server is rejected with 550 5.7.1.',
      'The relay server IP is 203.0.113.45.',
      'Full NDR: 550 5.7.1 Sender not authorized for this connector.',
      'Found it: the connector had an IP limit and the relay subnet changed. Adding the new range.',
      'Added the range and mail arrives now. Thanks!',
    ];
    expect(engine.evaluate({ thread: thread(relayEn, 3) }).means).toEqual([]);
  });

  it('does not flag the same messages spread beyond the window', () => {
    expect(engine.evaluate({ thread: thread(insistent, 90) }).means).toEqual([]);
  });

  it('does not flag many messages that each add something different', () => {
    const cooperative = [
      'The SSO login fails with error 1042 since this morning.',
      'Attached the HAR file from Chrome.',
      'It also happens in Firefox, version 128.',
      'Our IdP certificate was rotated yesterday, maybe related?',
      'Uploading the new metadata fixed it. Thanks a lot!',
    ];
    expect(engine.evaluate({ thread: thread(cooperative, 5) }).means).toEqual([]);
  });

  it('needs at least min_repeats similar messages', () => {
    expect(engine.evaluate({ thread: thread(insistent.slice(0, 3), 5) }).means).toEqual([]);
  });
});

describe('demand tokens', () => {
  it('keep the kanji and katakana of Japanese text and leave its kana out', () => {
    expect([...demandTokens('電話をください')]).toEqual(['電話']);
    expect([...demandTokens('今すぐ電話して')].sort()).toEqual(['今', '電話'].sort());
    expect([...demandTokens('ログを送ります')].sort()).toEqual(['ログ', '送'].sort());
    expect(demandTokens('はやくしてください').size).toBe(0);
  });
});

describe('contact history', () => {
  it('fingerprints ignore quoted text and compare by content words', () => {
    const a = demandFingerprint('Please restore the director mailbox.\n> We are looking into it.');
    expect(a).not.toContain('looking');
    const b = demandFingerprint('Restore the mailbox of the director!');
    expect(fingerprintSimilarity(a, b)).toBeGreaterThanOrEqual(0.5);
    expect(fingerprintSimilarity(a, demandFingerprint('How do I export audit logs?'))).toBeLessThan(0.5);
    expect(fingerprintSimilarity('', a)).toBe(0);
  });

  it('InMemoryContactLog counts messages, tickets and repeats in the window', async () => {
    const log = new InMemoryContactLog({ windowMinutes: 60, similarity: 0.5 });
    const fp = demandFingerprint('Restore the director mailbox now.');
    const t0 = Date.UTC(2025, 0, 6, 9, 0);
    let h = await log.record('req-1', { at: t0, ticketId: 'T1', fingerprint: fp });
    expect(h).toEqual({ messagesInWindow: 1, ticketsInWindow: 1, repeatsOfSameDemand: 1, windowMinutes: 60 });
    await log.record('req-1', { at: t0 + 10 * 60_000, ticketId: 'T2', fingerprint: fp });
    await log.record('req-2', { at: t0 + 11 * 60_000, ticketId: 'T9', fingerprint: fp });
    h = await log.record('req-1', {
      at: t0 + 20 * 60_000,
      ticketId: 'T3',
      fingerprint: demandFingerprint('Unrelated: how do I export logs?'),
    });
    expect(h).toMatchObject({ messagesInWindow: 3, ticketsInWindow: 3, repeatsOfSameDemand: 1 });
    // Two hours later the window is empty again.
    h = await log.record('req-1', { at: t0 + 200 * 60_000, ticketId: 'T4', fingerprint: fp });
    expect(h).toMatchObject({ messagesInWindow: 1, ticketsInWindow: 1 });
  });

  it('historyOf is the pure counting the Redis log can reuse', () => {
    const cur: ContactEntry = { at: 5, ticketId: 'A', fingerprint: 'director mailbox restore' };
    const h = historyOf(
      [
        { at: 1, ticketId: 'A', fingerprint: 'director mailbox restore' },
        { at: 2, ticketId: 'B', fingerprint: 'export log' },
        cur,
      ],
      cur,
      { windowMinutes: 30, similarity: 0.5 },
    );
    expect(h).toEqual({ messagesInWindow: 3, ticketsInWindow: 2, repeatsOfSameDemand: 2, windowMinutes: 30 });
  });

  it('the engine turns history over the thresholds into persistence with figures', () => {
    const text = 'Restore the director mailbox now.';
    const below = engine.evaluate({
      text,
      context: {
        history: { messagesInWindow: 3, ticketsInWindow: 1, repeatsOfSameDemand: 3, windowMinutes: 60 },
      },
    });
    expect(below.means).toEqual([]);
    const repeats = engine.evaluate({
      text,
      context: {
        history: { messagesInWindow: 6, ticketsInWindow: 1, repeatsOfSameDemand: 5, windowMinutes: 60 },
      },
    });
    expect(repeats.means).toEqual(['persistence']);
    expect(repeats.persistence).toEqual({ messages: 6, tickets: 1, repeats: 5, spanMinutes: 60 });
    const e = repeats.evidence[0]!;
    expect(e.rule).toBe('persistence.history');
    expect(e.quote).toBe(text.slice(e.start, e.end));
    const tickets = engine.evaluate({
      text,
      context: {
        history: { messagesInWindow: 3, ticketsInWindow: 3, repeatsOfSameDemand: 1, windowMinutes: 60 },
      },
    });
    expect(tickets.means).toEqual(['persistence']);
  });
});

describe('demand tokens and keys', () => {
  // demandKeys spells Japanese tokens as numbers; it must split and compare texts exactly as demandTokens does.
  const texts = [
    '返金してください。返金の件、まだですか？',
    '返金はまだですか。至急返金してください',
    '𠮷野家の件で連絡しました。𠮷野家の領収書です',
    '〆切は明日です。ｶﾀｶﾅの件',
    'ひらがなだけのぶん',
    'Refund the invoices now, refund them today',
    'I’m asking again about the refunds and invoice 2024-11',
    '',
  ];
  it('gives the same tokens, as numbers for Japanese ones', () => {
    for (const a of texts) {
      const tokens = demandTokens(a);
      const keys = demandKeys(a);
      expect(keys.size).toBe(tokens.size);
      expect([...keys].filter((k) => typeof k === 'string')).toEqual(
        [...tokens].filter((t) => /[a-z0-9]/.test(t)),
      );
      for (const b of texts)
        expect(tokenSimilarity(keys, demandKeys(b))).toBe(tokenSimilarity(tokens, demandTokens(b)));
    }
    expect(demandTokens('𠮷').has('𠮷')).toBe(true);
    expect(demandTokens('ひらがな').size).toBe(0);
    expect(demandTokens('I’m asking about refunds').has('refund')).toBe(true);
  });
});
