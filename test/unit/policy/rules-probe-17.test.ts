/**
 * Probe round 17 (the fourth 2026-12-03 session's own probes), run through
 * the real policy file and engine: test/fixtures/probes/probe-17.jsonl holds
 * harassment and calm items alike in both languages, written before the
 * rules were read and aimed at the held-out categories with the lowest F1
 * (excessive and intimidation) and at every other category beside its calm
 * look-alike. The round's new rules and veto are in en-reach.yaml and
 * ja-reach.yaml and tested in rules-en-reach and rules-ja-reach; this file
 * tests the guards it widened in other files, each for a false alarm the
 * previous round's notes or this round's negatives found: an offer of the
 * customer's own time (en.excessive.after_hours), a letter about the
 * product's mail trouble (en.unrelated.off_topic_task), a refund posting to
 * the account (en.wk.monetary.refund_as_condition), a crime claim told to
 * others (en.d.insult.cheapskates, en.g.insult.shonks), the customer's own engineers kept on site
 * (en.excessive.dedicated), the vendor's manager asked to report daily until
 * a fault is fixed (ja.persistence.every_interval, ja.k.persistence.until_done,
 * ja.gn.persistence.call_until, ja.b.persistence.every_until), a phone number asked for with no meeting
 * (ja.e.intimidation.approach_after_location: privacy only, as the corpus
 * labels it) and weekend work the contract covers (ja.b.excessive.odd_hours,
 * ja.x.excessive.polite_after_hours, ja.d.excessive.off_hours_also).
 * Calm sentences are variants written for this test; kept sentences are real
 * harassment close to the calm wording.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'You can call me on Saturday if that is easier for your team.',
      "Feel free to ring me tonight if it's more convenient for you; otherwise Monday is fine.",
      'I am around at the weekend too, if that works for your engineers.',
    ],
    kept: [
      'I expect someone to call me on Saturday.',
      'Your engineers must work this weekend until it is fixed.',
      'I want an answer tonight, whatever your hours are.',
    ],
  },
  {
    id: 'en.unrelated.off_topic_task',
    category: 'unrelated',
    calm: [
      'Help me draft a letter to our bank explaining why their emails bounce at our gateway.',
      'Could you help with a letter to our insurer about the phishing mails your filter quarantined?',
      'Can you help me write a letter to our landlord explaining the mail delivery delays our tenants saw?',
    ],
    kept: [
      'Draft a letter to my landlord about the broken heating.',
      'Could you proofread my essay before Friday?',
      'Please help me with my tax return, you are IT people after all.',
    ],
  },
  {
    id: 'en.wk.monetary.refund_as_condition',
    category: 'monetary',
    calm: [
      "I'm leaving this ticket open until the refund posts.",
      'Please keep the case open until the credit shows up on our statement.',
      'We will check back once the refund has posted to our card.',
    ],
    kept: [
      'The review stays on Instagram until I get my refund.',
      "Your name goes online unless I get my money back, and that's on top of the compensation.",
      'Unless I get my refund, the video goes on YouTube tonight.',
    ],
  },
  {
    id: 'en.d.insult.cheapskates (with en.g.insult.shonks)',
    category: 'insult',
    calm: [
      'I will tell all my contacts that you are crooks.',
      "I'm warning everyone in the forum that you're swindlers.",
      'We are telling our partners that you are cheats.',
    ],
    kept: [
      'You crooks.',
      'You cheapskates would not pay for a decent engineer.',
      'Thieves and crooks, the whole lot of you.',
    ],
  },
  {
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      'We will keep our own engineers on site for the whole cutover; yours can stay remote.',
      'We can station our own technicians in the server room during the move.',
      'We will have our own staff at each branch for the rollout.',
    ],
    kept: [
      'Assign a dedicated engineer to us, full time, free.',
      'I want my own personal engineer from now on.',
      'Give us a dedicated support team at no extra cost.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.persistence.every_interval (with ja.k.persistence.until_done, ja.gn.persistence.call_until, ja.b.persistence.every_until)',
    category: 'persistence',
    calm: [
      '障害が解決するまで、毎日上長よりご連絡をお願いします。',
      '復旧するまで毎日ご報告ください。',
      '原因が分かるまで、毎朝ご連絡をお願いいたします。',
    ],
    kept: [
      '返事するまで毎日電話するからな。',
      '直るまで毎日電話しますから、ご回答をお願いします。',
      '対応するまでは何度でも電話しますよ。',
    ],
  },
  {
    id: 'ja.e.intimidation.approach_after_location',
    category: 'intimidation',
    calm: [
      '昨日対応した担当者の本名と携帯番号を教えてください。直接話したいので。',
      '担当の方の本名と電話番号を知りたいです。直接話した方が早いので。',
      '担当者の本名とLINEを教えて。直接話したいから。',
    ],
    kept: [
      '担当の人の最寄り駅を教えて。直接会って話したい。',
      '担当者の住所を教えろ。直接行って話をつける。',
      '担当の人の本名を教えて。直接会って話したい。',
    ],
  },
  {
    id: 'ja.b.excessive.odd_hours (with ja.x.excessive.polite_after_hours, ja.d.excessive.off_hours_also)',
    category: 'excessive',
    calm: [
      'プレミアム24時間サポートの契約どおり、土日も対応してください。',
      '契約通り、祝日も対応していただけますか。',
      '24時間サポートを契約しているので、土日も対応してください。',
    ],
    kept: ['土日も対応してください。', '深夜でも電話で対応してもらいます。', '連休も来て対応しろ。'],
  },
];

describeProbeRound(
  17,
  { en: 62, ja: 56 },
  {
    'p17-en-061':
      'a stated knowledge of the support lead\'s way home: violence, and the engine also reads it as privacy; the corpus labels such items both ways ("which train your night shift takes home": violence; "which gym he goes to": privacy)',
  },
  { en: EN_GUARDS, ja: JA_GUARDS },
);
