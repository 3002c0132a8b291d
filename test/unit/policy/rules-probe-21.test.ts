/**
 * Probe round 21 (the fourth 2026-12-03 session's fifth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-21.jsonl holds
 * sexual, discriminatory, restrictive and persistent conduct beside calm
 * look-alikes in both languages (a harassment-keyword filter, thanks for an
 * agent, a language or an accommodation asked for, a line kept open while a
 * server restarts, monitoring mail every 15 minutes, an agreed daily
 * report), written before the rules were read. The round's new rule
 * (en.r.sexual.selfie_from_staff) and veto (ja.r.veto.brace_for_repeats:
 * 覚悟 beside a threat of repeated contact is persistence only, as the corpus
 * labels it) are tested in rules-en-reach and rules-ja-reach; this file
 * tests the guards it widened elsewhere: ja.persistence.every_interval (a
 * plan agreed with words between, 合意した対応計画どおり) and
 * en.b.sexual.dating_advances (a photo of an error on screen).
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.b.sexual.dating_advances',
    category: 'sexual',
    calm: [
      'Can the agent send me a photo of the error on her screen?',
      'Could she send a picture of the appliance label so we can match the serial?',
      'Please ask her to send me a screenshot of the console settings tonight.',
    ],
    kept: [
      'Send me a pic of you tonight, cutie.',
      'Tell her to send me some photos of herself after work 😉',
      "Let's grab a drink after work, just you and me.",
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.persistence.every_interval',
    category: 'persistence',
    calm: [
      '合意した対応計画どおり、毎朝9時に状況報告をお送りします。',
      '決定済みの運用ルールどおり、毎日17時に進捗を共有いたします。',
      '取り決めした手順どおりに、毎朝メールで状況をお知らせします。',
    ],
    kept: [
      '直るまで毎朝メールを送り続けますよ。',
      '返事が来るまで毎日電話するからな。',
      '1時間おきに電話してやる。',
    ],
  },
];

describeProbeRound(21, { en: 18, ja: 16 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
