/**
 * Fixes for the calm-11 round of false alarms, run through the real policy
 * file and engine: the vetoes of config/rules/calm-11.yaml (English) and
 * config/rules/calm-11-ja.yaml (Japanese, with one rule), found on the
 * hard-negative probe set test/fixtures/probes/calm-11.jsonl (angry but
 * legitimate customers, calm legal and cancellation notices, reported
 * third-party abuse, security words, idioms, names asked for the record,
 * thanks, SLA credits and refunds under the terms, contracted visits and
 * after-hours cover, accommodation requests) and on the calm items of the
 * training sets t38-t40. Calm sentences are variants written for this test;
 * kept sentences are real harassment or demands that must still be caught.
 *
 * It also checks the vetoes of calm-9.yaml and calm-10.yaml converted from
 * `scope: message` to `scope: near` in this round: each still clears its calm
 * reading, and a threat or demand two or more sentences away from the calm
 * sentence, which the message-wide veto used to clear, is now found.
 */
import {
  describeGuardTables,
  describeProbeSet,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const FILE_EN = 'config/rules/calm-11.yaml';
const FILE_JA = 'config/rules/calm-11-ja.yaml';
const PROBES = 'test/fixtures/probes/calm-11.jsonl';
/** The Japanese file alone, so that a rule of another file reporting the same span first hides nothing. */
const aloneJa = engineWithOnly('calm-11-ja.yaml');

// ------------------------------------------------------------ vetoes (en)
const EN_VETOES: GuardTable[] = [
  {
    id: 'c11.veto.contract_covers',
    category: 'excessive',
    calm: [
      'Our maintenance contract includes quarterly on-site visits. Could your technician come to the Kobe plant on 9 July?',
      'We have the weekend support add-on. Please have someone on call this Sunday during our ERP cutover.',
      'We pay for the 24/7 Enterprise plan, so please have an engineer on standby tonight from 23:00 for the firmware update.',
    ],
    kept: [
      "Our contract doesn't cover on-site visits, but I expect your engineer at our office tomorrow anyway.",
      'We have the 24/7 plan. Send an engineer to our office every day until this is fixed, for free.',
      'Our plan includes email support. Send an engineer to our office tomorrow morning.',
    ],
  },
  {
    id: 'c11.veto.relayed_threat',
    category: 'violence',
    calm: [
      "Our receptionist got a call from some man saying he'd smash the windows. Can you give us the caller's number from your logs?",
      'One of our drivers received a text threatening that they would beat him up. Can your SMS gateway block the sender?',
    ],
    kept: [
      "I'll burn your office down.",
      "Tell your boss I'll burn the place down if this isn't fixed.",
      "I got a call from your agent saying he'd close my account. I'll burn your office down.",
    ],
  },
  {
    id: 'c11.veto.read_out_quote',
    category: 'intimidation',
    calm: [
      'A parent emailed our school office. The message says: "I know where your teachers park. Pay me or you\'ll regret it." Can you trace the sender?',
      'Our HR inbox received a letter. I\'ll read it out: "We know where you live. Send 5 million yen." The police have a copy.',
    ],
    kept: [
      'We know where your children go to school. Transfer 2 million yen or you will regret it.',
      'It says on your site that refunds take 5 days. We know where your children go to school.',
    ],
  },
  {
    id: 'c11.veto.refund_under_terms',
    category: 'monetary',
    calm: [
      'Your refund policy allows a full refund within 30 days. I bought the plan 12 days ago. Please refund the USD 480 to my card.',
      'Under the cooling-off period I cancelled on day 5. Please refund the 120 pounds.',
      'The compensation of JPY 5,000 set out in your late-delivery policy has not arrived for order 77-1. Please pay it.',
    ],
    kept: [
      "Your terms say annual plans are non-refundable. I don't care. Refund the USD 2,400 now.",
      'Your refund policy allows a refund within 30 days. Refund the USD 480 and pay us JPY 500,000 in damages for the trouble.',
      'I want JPY 1,000,000 for the stress your outage caused.',
    ],
  },
  {
    id: 'c11.veto.relative_not_device',
    category: 'unrelated',
    calm: [
      'Please thank Aiko for me. She was so patient with my mum on the phone yesterday.',
      'My husband looks after the billing now since my surgery. Can you add him as an authorised contact?',
    ],
    kept: [
      'Thanks for being patient with my dad on the phone. Can you also fix his laptop?',
      "Can you help set up my son's laptop for school?",
      'My mum has a new iPad. Can you set it up for her? She was so patient with my dad on the phone yesterday.',
    ],
  },
];

// ------------------------------------------------------------ vetoes (ja)
const JA_VETOES: GuardTable[] = [
  {
    id: 'c11.veto.hyperbole_ja',
    category: 'insult',
    calm: [
      'なめてんのかってくらい画面の表示が遅いです。キャッシュの設定を見直す方法はありますか。',
      'ふざけてるのかと思うほど通知が多いので、まとめて止める設定を教えてください。',
    ],
    kept: ['ふざけてんのか。さっさと直せ。', 'なめてんのか、お前。'],
  },
  {
    id: 'c11.veto.refund_due_ja',
    category: 'monetary',
    calm: [
      '二重に課金されていました。片方を返金してください。',
      'クーリングオフ期間内なので、先週の申込分を返金してください。',
      '規約に30日以内なら全額返金可能とあります。購入から10日なので、返金をお願いします。',
    ],
    kept: [
      '規約上返金不可なのは知ってる。でも全額返金しろ。',
      '二重に課金されていました。返金に加えて迷惑料も払ってください。',
      '今年度の利用料を全額返せ。',
    ],
  },
  {
    id: 'c11.veto.reported_post_ja',
    category: 'violence',
    calm: [
      'レビュー欄に「社長を殴りに行く」ってコメントがありました。削除してもらえますか。',
      '予約サイトに「店長をボコボコにしてやる」という投稿がありました。アカウントを停止できますか。',
    ],
    kept: ['「担当をぶん殴る」って書き込みしてやるからな。', '帰り道で待ち伏せしてやるからな。'],
  },
  {
    id: 'c11.veto.third_party_exposes_ja',
    category: 'privacy',
    calm: [
      '退職者が当社の店長の本名と顔写真をSNSに晒しています。通報の手順を教えてください。',
      '何者かがうちの社員の電話番号を掲示板に書き込んでいます。削除依頼はどこに出せばいいですか。',
    ],
    kept: [
      '担当者の名前と顔写真をSNSに晒してやる。',
      '犯人が晒しているので、こっちも担当の住所を晒してやる。',
    ],
  },
  {
    id: 'c11.veto.own_close_call_ja',
    category: 'intimidation',
    calm: [
      'データが戻らなかったら、上司に殺されるところでした。助かりました。',
      'あのまま障害が続いていたら首が飛ぶところでした。迅速な対応に感謝します。',
    ],
    kept: ['お前の首が飛ぶぞ。', 'ミスしたら首が飛ぶぞ、覚えとけ。'],
  },
  {
    id: 'c11.veto.victim_report_ja',
    category: 'violence',
    calm: [
      '従業員が元交際相手からの待ち伏せ被害に遭っています。特定の送信者からのメールを本人に届かないようにできますか。',
      'うちの店長が元客からのつきまとい被害を受けています。該当アドレスをブロックする方法を教えてください。',
    ],
    kept: ['帰り道で待ち伏せしてやるからな。', 'お前も待ち伏せの被害に遭わせてやる。'],
  },
  {
    id: 'c11.veto.tech_identify_ja',
    category: 'privacy',
    calm: [
      '原因のレコード特定しました。CSVの文字コードが違っていました。',
      'エラーの出ている端末を特定できました。再インストールで直りました。',
    ],
    kept: ['担当者の自宅、特定しました。', 'お前のインスタ特定したぞ。'],
  },
  {
    id: 'c11.veto.contract_covers_ja',
    category: 'excessive',
    calm: [
      '当社は夜間休日サポートのオプションを購入済みです。日曜深夜の切替作業中、エンジニアの方に待機をお願いします。',
      '保守契約書第3条では専任担当を置くことになっていますので、新しい専任担当の方をご紹介ください。',
    ],
    kept: [
      '当社専任のエンジニアを毎日常駐させろ。',
      'スタンダードプランの範囲内で、土日も24時間対応してください。',
      '時間外サポートは契約していませんが、今週の土日は無償で待機してください。',
    ],
  },
];

describeGuardTables('calm-11 vetoes (English)', EN_VETOES, 'en');
describeGuardTables('calm-11 vetoes (Japanese)', JA_VETOES, 'ja');

// ------------------------------------------------------------ rule (ja)
const JA_KINDS: RuleKind[] = [
  {
    rule: 'c11.ja.intimidation.kakugo_morau',
    category: 'intimidation',
    positives: [
      ['あなたには覚悟してもらいますよ。', '覚悟してもらいます'],
      ['返金しないなら覚悟してもらうからな。', '覚悟してもらうから'],
      ['御社にはそれなりの覚悟をしていただきます。', '覚悟をしていただきます'],
    ],
    negatives: [
      '移行には半年かかるので、社内の皆には覚悟してもらいます。',
      '値上げについては、うちの社員にも覚悟してもらいます。',
      '長丁場になるので、ユーザーの皆さんには覚悟していただきます。',
    ],
  },
];

describeRuleKinds('calm-11 rule (Japanese)', JA_KINDS, aloneJa, 'ja');

// ------------------------------------- vetoes converted to scope: near
// Each still clears its calm reading; the kept sentences put a threat or demand two or more sentences away from the
// calm sentence, which the veto cleared while it was message-scoped.
const NEAR_CONVERTED: GuardTable[] = [
  {
    id: 'c9.veto.story_reach_ja',
    category: 'intimidation',
    calm: [
      'うちは地元の業界団体にも知り合いが多いんです。次の会合で「サポートの返事が三日来なかった」って話しておきます。',
    ],
    kept: [
      '業界は狭いので噂はすぐに回ります。貴社が顧客のメールを覗いているという話が広まれば困るでしょう。以上です。担当者の人生を終わらせてやる。',
      '商工会で顔が広いんですよ。会合で「シロガネは最低」って話しておきます。あなたには覚悟してもらいますよ。',
    ],
  },
  {
    id: 'c9.veto.name_for_records_ja',
    category: 'intimidation',
    calm: [
      '今後の問い合わせの際にご指名したいので、担当の方のお名前を教えていただけますか。ありがとうございました。',
      '議事録に残したいので、本日ご対応いただいた方のお名前を伺えますか。',
    ],
    kept: [
      'お名前を控えさせていただきたいので、教えていただけますか。次回問い合わせる際のためです。以上です。あなたを会社にいられなくしてやります。',
      '担当の方のお名前をメモしておきたいので、フルネームを教えていただけますか。社内の報告書に記載します。よろしくお願いします。担当者の人生を終わらせてやる。',
    ],
  },
  {
    id: 'c10.veto.charged_after_cancel_ja',
    category: 'monetary',
    calm: ['退会したのに翌月も引き落とされていました。返金をお願いします。'],
    kept: [
      '先月解約したのに今月も請求が来ています。返金をお願いします。以上です。それと、去年の利用料も全額返せ。',
      '自動更新オフにしてたのに課金されたんですけど。返金してください。よろしく。ついでに去年の年額も全額返金しろ。',
    ],
  },
  {
    id: 'c10.veto.promised_refund_ja',
    category: 'monetary',
    calm: [
      '電話で「在庫がなければ返金します」と説明されました。在庫がないとのことなので、返金してください。',
    ],
    kept: [
      '窓口で「届かなければ返金いたします」と案内されました。届いていないので返金してください。以上です。それと今年度の利用料も全額返せ。',
      '5月12日に「交換品も不良の場合は返金します」とご回答いただきました。交換品も不良でしたので、返金をお願いします。よろしくお願いします。あと、去年の利用料も全部返金しろ。',
    ],
  },
  {
    id: 'c10.veto.accommodation_contact_ja',
    category: 'unrelated',
    calm: ['父は弱視なので、父のアカウントに関するお知らせは郵送でお願いできますか。'],
    kept: [
      '娘が自閉症で電話が苦手です。娘のアカウントに関する連絡はすべてメールでお願いできますか。よろしくお願いします。あと、娘のニンテンドースイッチのWi-Fi設定もやってもらえますか。',
      '母は耳が遠いので、母のアカウントについてのご連絡は書面でお願いします。以上です。それと、母の家のプリンターの設定もしに来てください。',
    ],
  },
];

describeGuardTables('calm-9 / calm-10 vetoes converted to scope: near', NEAR_CONVERTED, 'ja');

// ------------------------------------------------------- the probe set
describeProbeSet(
  'calm-11 probe set (test/fixtures/probes/calm-11.jsonl)',
  PROBES,
  { en: 100, ja: 100 },
  {
    // Policy 2026.12.01.4: the backstop's defamation model on a third party's review that the
    // customer reports; the message gate held it, the local gate (a window of sentences) lets it
    // through. Accepted for what the gate finds on held-out 4–24 (harassment recall 0.958 → 0.970,
    // alarms unchanged).
    'c11-en-033': 'a reported third-party review read as defamation',
  },
);

describeRuleFile('calm-11 vetoes (English): the rule file', FILE_EN, {
  lang: 'en',
  idPrefix: 'c11.',
  testedRuleIds: () => [],
  testedGuardIds: () => EN_VETOES.map((g) => g.id),
});

describeRuleFile('calm-11 vetoes and rule (Japanese): the rule file', FILE_JA, {
  lang: 'ja',
  idPrefix: 'c11.',
  testedRuleIds: () => JA_KINDS.map((k) => k.rule),
  testedGuardIds: () => JA_VETOES.map((g) => g.id),
  offsets: { engine: aloneJa, text: 'ＯＫ、あなたには覚悟してもらいますよ。' },
});
