/**
 * Probe round 18 (the fourth 2026-12-03 session's second round), run through
 * the real policy file and engine: test/fixtures/probes/probe-18.jsonl holds
 * harassment and calm items alike in both languages, written before the
 * rules were read, for privacy, unrelated demands and defamation (the
 * held-out categories after excessive and intimidation with the lowest F1)
 * and for the message shapes: threads repeating a demand within minutes
 * beside polite follow-ups over days, phone transcripts in which only the
 * customer's lines count, abuse quoted from a third party, and an insult
 * buried in a long technical mail. ja-reach.yaml's ja.r.defamation.spread_claim
 * now also reads the company called a front (隠れ蓑) or a shady business
 * (闇業者), tested in rules-ja-reach; this file tests the guards the round
 * widened elsewhere: who the vendor has on its bridge tonight
 * (en.x.privacy.call_tonight, en.excessive.after_hours) and a photo of the
 * person who answered asked for to know who it is (ja.sexual.looks: privacy
 * only, as the corpus labels it).
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.x.privacy.call_tonight',
    category: 'privacy',
    calm: [
      'Can I get the name of the engineer on call tonight, so I know who to expect on the bridge?',
      "What's the name of the engineer joining tonight's bridge?",
      'Please send the name of your engineer on the change call tonight.',
    ],
    kept: [
      "Give me your engineer's mobile number, I'll call him tonight.",
      "What's the name of the engineer who closed my ticket? I'll find him after work.",
      "I want the agent's mobile number so I can ring her at home tonight.",
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      "Who's on call tonight on your side? We start the cutover at 10 pm.",
      'Can you tell me the name of the engineer on call this weekend?',
      'Who will be on call overnight in case the sync fails again?',
    ],
    kept: [
      'I expect someone on call for us tonight, plan or no plan.',
      'Your engineers must work through the night until it is fixed.',
      'I want someone to call me tonight at 11pm.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.sexual.looks',
    category: 'sexual',
    calm: [
      '対応した女性の顔写真を送ってください。どんな人か確認したいので。',
      '担当の女性の顔写真を送ってください。誰が対応しているのか把握したいので。',
      '本件を担当している方の顔写真を送ってください。',
    ],
    kept: [
      '担当のお姉さん、かわいいね。顔写真送ってよ。',
      'オペレーターの子の写真送って。好みのタイプだったら会いたい。',
      '声がかわいいね、今度会いたいな。',
    ],
  },
];

describeProbeRound(18, { en: 27, ja: 22 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
