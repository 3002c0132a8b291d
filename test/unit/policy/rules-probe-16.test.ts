/**
 * Probe round 16 (the third 2026-12-03 session's own probes), run through
 * the real policy file and engine: test/fixtures/probes/probe-16.jsonl holds
 * harassment and calm items alike, written before any rule was read
 * (intimidation and its calm consequences, excessive demands and their
 * look-alikes, kneel, privacy and unrelated demands, angry but legitimate
 * customers, and technical look-alikes), labelled as the corpus README
 * defines the categories. The round's new rules and veto are in
 * en-reach.yaml and ja-reach.yaml and tested in rules-en-reach and
 * rules-ja-reach; this file tests the guards it widened in other files:
 * calm-13.yaml's c13.veto.product_scorn (a process, a policy or a form),
 * en.yaml's en.insult.you_noun (a crime claim told to others), ja-broad.yaml's
 * ja.b.persistence.every_until (the vendor's manager asked to call) and
 * ja-demands-2.yaml's ja.d8.excessive.at_vendor_cost (another word order;
 * whether a plan exists, asked). Calm sentences are variants written for this
 * test; kept sentences are real harassment close to the calm wording.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'c13.veto.product_scorn',
    category: 'insult',
    calm: [
      'Your support process is a joke. Three agents gave me three different answers; I would like one in writing.',
      'Honestly the refund policy is a joke right now - the form times out every time. Can you fix the form?',
      'The escalation workflow is a mess. Who can we talk to about improving it?',
    ],
    kept: [
      'Your support team is a joke.',
      'Your refund policy is a joke, you thieving clowns.',
      'Your support is a joke and so are you.',
    ],
  },
  {
    id: 'en.insult.you_noun',
    category: 'insult',
    calm: [
      "Or I'm telling every company in our association that you're frauds.",
      'I will tell all my contacts that you are scammers.',
      'I am warning the other members of our chamber that your company is a scam.',
    ],
    kept: [
      "You're frauds.",
      'I will tell all my contacts that you are crooks, you idiots.',
      'You are thieves and liars, all of you.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.b.persistence.every_until',
    category: 'persistence',
    calm: [
      '毎日夕方に進捗を部長さんから電話で報告してください。直るまでずっとです。',
      '毎朝、課長から進捗のご報告をいただけますか。復旧するまでで構いません。',
      '直るまで毎日、部長さんから進捗を電話で報告してください。',
    ],
    kept: [
      '返金されるまで、うちの社長から毎日電話させますよ。',
      '納得いく回答が出るまで毎日電話しますから。',
      '直るまで毎晩クレームの電話を入れ続けます。',
    ],
  },
  {
    id: 'ja.d8.excessive.at_vendor_cost',
    category: 'excessive',
    calm: [
      '御社負担で研修を実施していただけるプランはありますか。',
      '貴社の費用で勉強会を開いていただけるサービスはございますか。',
      '御社持ちで点検を実施してもらえる制度はあるのでしょうか。',
    ],
    kept: [
      '社員向けの説明会を御社の負担で全国10か所で開いてもらいたい。',
      '御社の負担で全拠点の設定作業をやってもらいたい。',
      '勉強会は御社の費用で毎月開いてほしい。',
    ],
  },
];

describeProbeRound(
  16,
  { en: 77, ja: 66 },
  {
    'p16-en-114':
      'a free Enterprise swap after support found nothing wrong: exchange, and the engine also reads "for free" as free service (excessive)',
  },
  { en: EN_GUARDS, ja: JA_GUARDS },
);
