/**
 * Fixes for the calm-fix-5 list of calm sentences the whole engine still
 * flagged, run through the real policy file and engine: the veto of
 * config/rules/calm-fix-5.yaml, and the firing rules of other files narrowed
 * for this round (each table is titled with the rule's id). Calm sentences are
 * the listed one and variants written for this test; kept sentences are the
 * rule's own positives from its existing test or comment and new positives
 * written for this test, real harassment or demands the rule must still catch.
 */
import { describeGuardTables, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const FILE = 'config/rules/calm-fix-5.yaml';

// ------------------------------------------------------------- veto (ja)
const VETOES: GuardTable[] = [
  {
    // ja.b.privacy.routine_known: the thanks lies in another sentence than the hit.
    id: 'cf5.veto.diligence_thanked',
    category: 'privacy',
    calm: [
      '担当の方が毎朝早く出社されているのを拝見しています。いつもありがとうございます。',
      '鈴木さんは毎日早く出社されていますね。いつもお疲れ様です。',
      '担当さん、毎朝早く出社されているんですね。いつも感謝しています。',
      '佐藤さんがいつも朝早くから出勤なさっていますね。本当に頭が下がります。',
    ],
    kept: [
      '担当さん、通用口から毎晩21時過ぎに出てこられますよね。',
      '担当さん、毎朝早く出社されてますよね。ずっと見てますよ。',
      '田中さん、毎朝早く出社されますよね。駅から一人で歩いてるのも知ってますよ。ありがとう。',
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.o.privacy.publish_named_recording',
    category: 'privacy',
    calm: [
      'レビューには私の名前を入れて投稿してもかまいません。',
      '口コミには僕の実名を出して投稿して大丈夫です。',
      '私の氏名を入れて掲載していただいても問題ありません。',
      '事例紹介には弊社の名前を入れて公開していただいて結構です。',
    ],
    kept: [
      '通話の録音、担当者名入りでTikTokに上げるから。',
      '実名を出して動画を公開します。',
      '担当者の名前を入れてYouTubeにアップします。',
      '私の名前と担当者名を出して動画を投稿してやる。',
    ],
  },
  {
    id: 'ja.privacy.publish_staff / ja.b.privacy.publish_staff',
    category: 'privacy',
    calm: [
      '顔認証の登録用に、社員の顔写真をアップロードできないエラーが出ています。',
      '社員の顔写真を顔認証に登録できません。',
      '入館システムに社員の顔写真がアップロードできず困っています。',
      '口コミに担当さんのフルネーム入りで感謝の言葉を書きました。',
      '担当さんの名前を入れて感謝の言葉を口コミに書きました。',
      '担当さんのフルネーム入りで、口コミに感謝の気持ちを書きました。',
    ],
    kept: [
      '担当者の名前と顔写真をネットに晒す。',
      '担当の実名、SNSで拡散するぞ。',
      'あんたの顔写真、掲示板に貼っておきますね。',
      '社員証の写真をネットにアップしてやる。',
      '担当のフルネーム入りでSNSに晒します。',
    ],
  },
  {
    id: 'ja.x.privacy.contact_at_home',
    category: 'privacy',
    calm: [
      '担当の方の自宅に間違って郵送してしまったとの連絡がありました。',
      '請求書が担当者様のご自宅に誤って送付されてしまいました。',
      '前任の方のご自宅に手違いで書類をお送りしてしまいました、申し訳ありません。',
    ],
    kept: [
      '担当の方のご自宅にご連絡させていただきます。',
      '田中さんの家に電話しますね。',
      'あなたのご実家に手紙を送らせていただきます。',
      '担当さんの自宅に書面を郵送します。',
    ],
  },
  {
    id: 'ja.privacy.identify',
    category: 'privacy',
    calm: [
      '担当さんの技術ブログを拝見しました。とても参考になりました。',
      '担当の方のブログを拝見しました、勉強になりました。',
      '担当の方のブログ記事を拝見しました。勉強になります。',
    ],
    kept: [
      '担当者さんの住所はもう調べてあります。',
      'あなたの自宅は知ってますよ。',
      '担当の家の最寄り駅、分かってますからね。',
      'あなたのブログ見つけました。ご自宅もだいたい分かりました。',
      '担当さんの個人のインスタを見つけましたよ。参考になりました。',
    ],
  },
  {
    id: 'ja.kneel.apology_letter',
    category: 'kneel_demand',
    calm: [
      '役員の方からの謝罪文、拝受いたしました。',
      '社長名義のお詫び状を受領いたしました。',
      '役員の方からのお詫び状、確かに頂戴しました。',
      '謝罪文を拝受しました、ご丁寧にありがとうございます。',
    ],
    kept: [
      '担当者に始末書を書かせろ。',
      '社長名義の詫び状を送ってください。',
      '反省文を提出してください。',
      '役員名義の謝罪文を出せ。',
      '詫び状を書いて持ってこい、受領するまで帰さないからな。',
    ],
  },
  {
    id: 'ja.x.discriminatory.can_you_speak / ja.a.discriminatory.nationality_asked',
    category: 'discriminatory',
    calm: [
      '多言語対応について、担当の方はどこの国の方向けのサポートまで可能か教えてください。',
      '多言語サポートについて、担当の方はどこの国の方向けまで対応可能ですか。',
      '担当の方、どこの国の人向けに対応していますか。',
      '担当の方、このアプリはどこの国の方向けに提供されていますか。',
    ],
    kept: [
      '担当の方、どこの国の方ですか？日本語大丈夫ですか。',
      'お国はどちらですか、担当さん。発音が変ですよ。',
      'あなた、どこの国の人なの？',
      '担当の方はどこの国の出身ですか、なまりがあるので。',
      'その説明の下手さ、あんたどこの国の人？',
      '日本語おかしいけど、担当さんは日本人じゃないでしょ？',
      'お前の国籍を言え。',
      'あんた、どこの国の人なんだよ、日本語が変だぞ。',
    ],
  },
  {
    id: 'ja.defamation.expose_online',
    category: 'defamation',
    calm: [
      '口コミに担当さんのフルネーム入りで感謝の言葉を書きました。',
      '御社の対応が遅かったことを、自分の体験としてブログに書くつもりです。',
      'サポートの対応が遅かったことを、私の体験としてレビューに書くつもりです。',
      '今回の件は、自分の経験としてブログに書きます。',
      '個人の体験談として口コミに投稿します。',
    ],
    kept: [
      'ネットに晒してやるからな。',
      'お前の対応、全部SNSで拡散するから。',
      '掲示板に御社の悪口を全部書き込んでやる。',
      '口コミに全部書き込んでやる。',
      '自分の体験として、担当の実名も全部ブログに書くつもりです。',
      '私の体験として、御社が詐欺会社だとネットに書き込んでやる。',
    ],
  },
  {
    id: 'ja.b.privacy.publish_with_name',
    category: 'privacy',
    calm: [
      '社員の顔写真入りの名簿が流出していないか確認したいです。',
      '担当者の名前入りの資料が外部に漏洩していないか調べてください。',
      '社員の顔写真付きの一覧がネットに流出していないか心配です。',
    ],
    kept: [
      'このやりとりのスクショ、担当の名前付きでツイートしとくわ。',
      '担当者の顔入りでアップします。',
      'あんたの実名入りで拡散するからな。',
      '担当の名前付きで掲示板に晒します。',
    ],
  },
  {
    id: 'ja.x.privacy.polite_home_details',
    category: 'privacy',
    calm: [
      '担当者様の個人のメールアドレスが誤って共有されていましたので、こちらで破棄いたしました。',
      '担当の方の私用の携帯番号が誤って記載されていましたので、こちらで破棄しました。',
      '前任者の個人のLINEが間違って登録されていたので、削除しておきました。',
    ],
    kept: [
      '担当の方のご自宅のご住所を教えていただけますか。',
      '担当者さんの個人の携帯番号をお伺いできますか。',
      'あなたの個人のLINEを教えてください。',
      '担当さんの個人のメールアドレスを間違って削除したので、もう一度教えてください。',
      '担当者様の個人の携帯番号をお知らせください、前のメモは誤って捨ててしまいました。',
    ],
  },
  {
    id: 'ja.b.unrelated.personal_account',
    category: 'unrelated',
    calm: [
      '個人のメールアドレスは、誤送信でしたので削除してください。',
      '担当者様の個人のメールアドレスが誤って共有されていましたので、こちらで破棄いたしました。',
      '個人のGmailに誤送信してしまったので、削除をお願いします。',
    ],
    kept: [
      '個人のGmailが乗っ取られたので、直してほしい。',
      '娘のゲームのアカウントを取り戻してください。',
      '私用のiCloudにログインできません。見てもらえますか。',
      '個人のGmailを誤って削除してしまったので、復元してほしい。',
      '私用のLINEのトークを間違って削除したので戻してください。',
    ],
  },
];

// ------------------------------------------------------- narrowed (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.k.kneel_demand.on_ur_knees / en.kneel_demand.in_person / en.kneel_demand.beg',
    category: 'kneel_demand',
    calm: [
      "Does the filter catch sentences such as 'kneel before me'?",
      "Does the filter catch sentences such as 'get on your knees and beg'?",
      "Does the filter catch lines like 'kneel before me, peasant'?",
      "Does the filter catch phrases like 'get on ur knees'?",
      "Does MailGuard's filter catch messages like 'you'll beg for mercy'?",
    ],
    kept: [
      'say sorry on ur knees, on video',
      'get down on yr knees and beg',
      'u will kneel in front of me and my staff',
      'Your CEO must apologise in person, or else.',
      "I want a public apology on your website by Monday, and that's not negotiable.",
      'Get your manager down here and apologise in person.',
      "I'll make you beg for this.",
      'Drive over here and apologise in person, or I go to the press.',
      'Does your CEO think he can hide? He will beg for forgiveness.',
    ],
  },
];

describeGuardTables('calm-fix-5 veto (Japanese)', VETOES, 'ja');
describeGuardTables('calm-fix-5 narrowed rules (Japanese)', JA_NARROWED, 'ja');
describeGuardTables('calm-fix-5 narrowed rules (English)', EN_NARROWED, 'en');

describeRuleFile('calm-fix-5 veto: the rule file', FILE, {
  lang: 'ja',
  idPrefix: 'cf5.',
  testedRuleIds: () => [],
  testedGuardIds: () => VETOES.map((g) => g.id),
});
