/**
 * Probe round 43 (the seventh 2026-12-03 session's third round), run through
 * the real policy file and engine: test/fixtures/probes/probe-43.jsonl holds
 * obfuscated abuse (m.o.r.o.n, 1d10t, k i l l, d!e, st*pid, ﾊﾞｶ, タヒね,
 * 氏ね, ば か and ア ホ spaced with ideographic spaces) beside calm text in
 * which a keyword list would find the same letters (Scunthorpe, assess, cockpit, a blocked-word list, a
 * hostname, バカンス, ですしね, 殺菌, 相殺, クズ鉄, the customer's own バカな
 * ミス). Written before the rules were read; of its 22 items, 5 were judged
 * wrongly before the fixes and none after (three labels were first written
 * as violence for 死ね and "go die"; the corpus's definitions make them
 * insults, and they were set so).
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    // the product's own feature named after a class is not homework
    id: 'en.unrelated.off_topic_task',
    category: 'unrelated',
    calm: ['Please check whether the class assignment module in our tenant needs the hotfix.'],
    kept: ['Can your team help me finish my class assignment on network security? It is due Friday.'],
  },
  {
    // normalisation: a three-letter word with ! for i
    id: 'en.insult.profanity_at',
    category: 'insult',
    calm: ['The d!e test case in our suite fails since the update.'],
    kept: ['Go d!e in a fire, all of you.'],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    // くず鉄 (scrap iron), 葛湯 and 葛餅 are no insults
    id: 'ja.insult.kuzu_kasu_gomi',
    category: 'insult',
    calm: ['スクラップ（クズ鉄）の回収業者様向けの拠点にも導入を検討しています。'],
    kept: ['担当がクズすぎて話にならない。', 'この会社の連中はクズだ。'],
  },
];

describeProbeRound(43, { en: 11, ja: 11 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
