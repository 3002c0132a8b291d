/**
 * The lead's probe rules (config/rules/en-lead.yaml, ids en.ld.*, and
 * config/rules/ja-lead.yaml, ids ja.ld.*): plain veiled warnings the lead's
 * own probes found missed. Positives and calm look-alikes written for this
 * test, none from any corpus.
 */
import { describeRuleFile, describeRuleKinds, engineWithOnly } from '../../support/rule-engine.js';
import type { RuleKind } from '../../support/rule-engine.js';

const EN_FILE = 'config/rules/en-lead.yaml';
const JA_FILE = 'config/rules/ja-lead.yaml';
const enAlone = engineWithOnly('en-lead.yaml');
const jaAlone = engineWithOnly('ja-lead.yaml');

const EN: RuleKind[] = [
  {
    rule: 'en.ld.intimidation.end_badly_for_you',
    category: 'intimidation',
    positives: [
      ['Things will go badly for you if this is not fixed by Friday.', 'go badly for you'],
      ['It won’t go well for you or your team if the data is lost again.', 'go well for you'],
      ['If you close this ticket again, it will not end well for you.', 'end well for you'],
      [
        'Ignore me once more and this is going to end very badly for your career.',
        'end very badly for your career',
      ],
    ],
    negatives: [
      "Trust me, it won't go well for you if you skip the backup before upgrading.",
      'I hope it goes well for you and your team at the launch!',
      'Things went badly for our team last quarter, so we are cautious about this upgrade.',
      'Good luck with the migration, I really hope it ends well for you.',
      'Things will get messy for your team if the migration slips, so please plan resources.',
    ],
  },
];

const JA: RuleKind[] = [
  {
    rule: 'ja.ld.intimidation.think_of_your_future',
    category: 'intimidation',
    positives: [
      ['この対応を続けるなら、身の振り方を考えたほうがいいですよ。', '身の振り方を考えたほうが'],
      ['担当さん、身の振り方よく考えとけよ。', '身の振り方よく考えとけ'],
      ['あなたも身の振り方をお考えになったらいかがですか。', '身の振り方をお考えになったらいかが'],
    ],
    negatives: [
      '退職後の身の振り方を考えています。',
      '私も来年の身の振り方を考えなければなりません。',
      '定年後の身の振り方について、社内のセミナーで考えたほうがいいと言われました。',
    ],
  },
  {
    rule: 'ja.ld.intimidation.dont_get_cocky',
    category: 'intimidation',
    positives: [
      ['あまり調子に乗らないほうがいいですよ。', '調子に乗らないほうが'],
      ['サポートごときが調子に乗るなよ。', '調子に乗るな'],
      ['若いからって調子こいてんじゃねえぞ。', '調子こいてんじゃ'],
    ],
    negatives: [
      '調子に乗って買いすぎました。',
      '最近サーバの調子が悪いので見ていただけますか。',
      'うっかり調子に乗ってライセンスを追加しすぎたので、減らしたいです。',
    ],
  },
  {
    rule: 'ja.ld.intimidation.dont_anger_me_more',
    category: 'intimidation',
    positives: [
      ['これ以上怒らせないでくださいね。', 'これ以上怒らせないで'],
      ['これ以上俺を怒らせるなよ。', 'これ以上俺を怒らせるな'],
      ['これ以上こっちを怒らせない方が身のためですよ。', 'これ以上こっちを怒らせない方が'],
    ],
    negatives: [
      'これ以上お客様を怒らせないでください。',
      'これ以上利用者を怒らせないよう、告知文の書き方を相談させてください。',
      '今回の障害で取引先を怒らせてしまい、説明資料が必要です。',
    ],
  },
];

describeRuleKinds('English lead probes (en-lead)', EN, enAlone, 'en');
describeRuleKinds('Japanese lead probes (ja-lead)', JA, jaAlone, 'ja');

describeRuleFile('en-lead: the rule file', EN_FILE, {
  lang: 'en',
  idPrefix: 'en.ld.',
  testedRuleIds: () => EN.map((k) => k.rule),
});
describeRuleFile('ja-lead: the rule file', JA_FILE, {
  lang: 'ja',
  idPrefix: 'ja.ld.',
  testedRuleIds: () => JA.map((k) => k.rule),
});
