/**
 * Fixes for the Japanese part of the calm-fix-9 list of calm sentences older
 * rules (or the backstop) still flagged, run through the real policy file and
 * engine: the vetoes of config/rules/calm-fix-9-ja.yaml, and the two vetoes of
 * other files narrowed for this round (their tables titled with the veto's id).
 * Calm sentences are the listed one and variants written for this test; kept
 * sentences are harassment or demands written for this test, sharing the calm
 * sentence's trigger words, that the whole engine must still find.
 */
import { describe, expect, it } from 'vitest';

import { describeGuardTables, describeRuleFile, judge } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const FILE = 'config/rules/calm-fix-9-ja.yaml';

// ------------------------------------------------------------- vetoes (ja)
const VETOES: GuardTable[] = [
  {
    // ja.e.violence.unrecognisable
    id: 'ja.cf9.veto.elders_saying_on_children',
    category: 'violence',
    calm: [
      '子供には体でわからせるのが一番だと祖父は言っていました。',
      '子どもには体で教えるのが一番だと、父がよく言っていました。',
      '子供には体でわからせるべきだというのが祖母の口癖でした。',
      '昔は子供には体で覚えさせるものだと、祖父から聞かされました。',
    ],
    kept: [
      '子供には体でわからせるのが一番だと祖父は言っていました。担当さんにも試してみましょうか。',
      'お前みたいなガキには体でわからせるのが一番だと祖父は言っていました。',
      '担当者には体でわからせるしかないと父も言っていました。',
      '子供みたいな担当には体でわからせるのが一番だと祖父は言っていました。',
    ],
  },
  {
    // ja.b.discriminatory.age (子供には…わから)
    id: 'ja.cf9.veto.elders_saying_on_children',
    category: 'discriminatory',
    calm: [
      '子供には体でわからせるのが一番だと祖父は言っていました。',
      '子供には体でわからせるべきだというのが祖母の口癖でした。',
    ],
    kept: [
      '子供には体でわからせるのが一番だと祖父は言っていました。担当さんにも試してみましょうか。',
      'お前みたいなガキには体でわからせるのが一番だと祖父は言っていました。',
    ],
  },
  {
    // ja.x.violence.something_happens (入院することに)
    id: 'ja.cf9.veto.hospital_news_get_well',
    category: 'violence',
    calm: [
      '担当者が入院することになったと聞きました。お大事にしてください。',
      '前任の担当者さんが急に入院することになったと伺いました。どうかお大事になさってください。',
      '田中さん、入院することになったそうですね。ゆっくり休んでください。',
      '担当の方が入院することになったとのこと、一日も早いご回復をお祈りしております。',
    ],
    kept: [
      '担当者が入院することになったら困るでしょう。',
      '担当者が入院することになったと聞きました。次はあなたの番ですね。',
      '前の担当者が入院することになったのは誰のおかげか分かってますよね。',
    ],
  },
  {
    // ja.privacy.identify (住所がすぐ分かる)
    id: 'ja.cf9.veto.postcode_address_feature',
    category: 'privacy',
    calm: [
      '郵便番号から住所がすぐ分かる機能はありますか。',
      '郵便番号を入れると住所がすぐ分かる機能はありますか。',
      '郵便番号だけで住所がすぐ出てくる機能ってありますか。',
      '顧客の郵便番号から住所がすぐわかる入力補完の設定はありますか？',
    ],
    kept: [
      '郵便番号から担当さんの住所がすぐ分かるんですよ。',
      'あなたの住所なんて郵便番号からすぐ分かる機能があるんですよ。',
      '郵便番号と苗字で担当さんの自宅住所がすぐ分かる機能、使わせてもらいました。',
    ],
  },
  {
    // ja.privacy.identify (特定しました), ja.vl.privacy.found_on_sns (アカウントを見つけました)
    id: 'ja.cf9.veto.suspicious_account_reported',
    category: 'privacy',
    calm: [
      '担当さん、不審なアカウントを特定しました。投稿の停止をお願いします。',
      '担当さん、不審なアカウントを見つけました。投稿を見てください。',
      '担当さん、なりすましのアカウントを見つけました。削除をお願いできますか。',
      '佐藤さん、弊社を装う偽アカウントを特定しました。通報の手順を教えてください。',
      '担当さん、怪しいアカウントを特定しました。凍結をお願いします。',
      '鈴木さん、不審なアカウントを見つけましたので、投稿を確認してください。',
    ],
    kept: [
      '担当さん、あなたの裏アカウントを特定しました。',
      '担当さん、不審なアカウントを特定しました。あなたの個人アカウントですよね。',
      '佐藤さん、偽アカウントを見つけました。あなたの本名と自宅も分かっていますよ。',
    ],
  },
  {
    // backstop.persistence
    id: 'ja.cf9.veto.job_runs_until_stopped',
    category: 'persistence',
    calm: [
      '毎日のジョブは停止の指示があるまで続けます。',
      '夜間のバッチ処理は、停止の指示があるまで毎日続けます。',
      '定期スキャンは停止の指示があるまで毎日続けます。',
      '毎日のバックアップジョブは、ご指示があるまで継続します。',
    ],
    kept: [
      '毎日電話は、返金の指示があるまで続けます。',
      '毎日のお電話は返金されるまで続けます。',
      '毎日の電話は、停止の指示があるまで続けます。',
    ],
  },
  {
    // backstop.intimidation (a calm notice of non-renewal)
    id: 'ja.cf9.veto.calm_non_renewal',
    category: 'intimidation',
    calm: [
      '期日までに対応できなければ、次回の更新は見送ることになります。',
      '期限までにご対応いただけなければ、次年度の契約更新は見合わせることになります。',
      '今月中に改善されない場合、契約の更新は見送らせていただきます。',
      '期日までに直らなければ、次回の更新は見送ることになりますので、ご承知おきください。',
    ],
    kept: [
      '期日までに対応できなければ、次回の更新は見送ることになります。担当者の方は覚悟しておいてください。',
      '期日までに対応できなければ、更新は見送るし、どうなっても知りませんよ。',
      '期日までに対応できなければ、次回の更新は見送るだけでは済みませんよ。',
      '期日までに対応できなければ、子会社各社にも御社との契約を打ち切るよう指示します。',
    ],
  },
  {
    // ja.intimidation.what_happens (何をするか分からない)
    id: 'ja.cf9.veto.pet_or_toddler_antics',
    category: 'intimidation',
    calm: [
      'うちの猫がケーブルをかじるので、何をするか分からないんです。',
      '子猫が夜中にキーボードの上を歩くので、何をするか分からないんです。',
      'うちの犬はケーブルを見るとかじるので、何をするか分からないんですよ。',
      '2歳の息子がマウスを触るので、何をするか分からないんです。',
    ],
    kept: [
      'うちの猫は何をするか分からないんです。返金しないなら、私も何をするか分からないんです。',
      'こっちは何をするか分からないぞ。返金しろ。',
    ],
  },
  {
    // ja.discriminatory.age (年寄りには)
    id: 'ja.cf9.veto.own_old_age',
    category: 'discriminatory',
    calm: [
      '私のような年寄りには、この管理画面は少し難しいです。',
      'わしみたいな年寄りには、この設定画面はちょっと難しいのう。',
      '私のような年寄りには二段階認証は分かりにくいので、電話で教えていただけますか。',
      '私のような年寄りには、新しい画面は分からないことだらけです。',
    ],
    kept: [
      '私のような年寄りには分からないが、あんたみたいな若造には無理だろうな。',
      'お前みたいな年寄りには、この管理画面は難しいだろうな。',
      '私のような年寄りには分かりませんが、お前みたいな小娘に任せられるか。',
    ],
  },
  {
    // ja.e.defamation.label_publish (」と伝え)
    id: 'ja.cf9.veto.neutral_status_told',
    category: 'defamation',
    calm: [
      '取引先には「システム障害で遅れている」と伝えておきます。',
      '取引先には「システム障害の影響で納期が一日遅れる」と伝えておきます。',
      '取引先の皆様には「現在復旧作業中です」と共有しておきます。',
      '株主には「障害は解消済み」と伝えておきます。',
    ],
    kept: [
      '取引先には「システム障害を隠す詐欺会社」と伝えておきます。',
      '取引先には「御社のずさんな障害対応で遅れている」と伝えておきます。',
      '取引先には「障害ばかりのポンコツシステム」と伝えておきます。',
    ],
  },
  {
    // backstop.intimidation (上司…喜ばれる)
    id: 'ja.cf9.veto.boss_would_be_glad',
    category: 'intimidation',
    calm: [
      'あなたの上司の方が見たら、きっと喜ばれると思いますよ。',
      '今回の丁寧なご対応、担当さんの上司の方が知ったら、きっと喜ばれますよ。',
      'あなたの上司の方がこの報告書を見たら、きっと褒めてくださると思いますよ。',
      '担当さんの上司の方が見たら、きっと喜ばれると思います。',
    ],
    kept: [
      'このやり取りの録音、あなたの上司の方が見たら、きっと喜ばれると思いますよ。',
      'このやり取りをあなたの上司の方が見たら、きっと喜ばれると思いますよ。',
      'あなたの上司の方が見たら、きっと喜ばれると思いますよ（笑）。クビにならないといいですね。',
      '担当さんの上司の方が見たら、きっと喜ばれると思いますよ。覚悟しておいてくださいね。',
    ],
  },
  {
    // backstop.excessive (an outage to be restored tonight)
    id: 'ja.cf9.veto.restore_outage',
    category: 'excessive',
    calm: [
      '全ユーザーのログイン障害、今夜中に復旧して。',
      'ログインできない障害、今日中に復旧してください。',
      '全社でメールが送れない不具合、今夜中に直して。',
      '管理画面が落ちてるので、今夜中に復旧をお願いします。',
    ],
    kept: [
      '全ユーザーのログイン障害、今夜中にうちの事務所に来て復旧して。',
      'ログイン障害、今夜中に専任のエンジニアを付けて復旧して。',
      '全ユーザーのログイン障害、今夜中に復旧して。土日も無料で対応して。',
    ],
  },
];

// ------------------------------------------------ narrowed vetoes (ja)
const NARROWED: GuardTable[] = [
  {
    // ja.yaml: a bare クレジット no longer clears a downgrade's price difference paid out (差額をクレジットに)
    id: 'ja.veto.sla_terms',
    category: 'monetary',
    calm: [
      'SLAに基づき、今月の障害分のクレジットを適用してください。',
      '先月の障害について、クレジットの適用をお願いします。',
      '稼働率が99.9%を下回ったので、SLAどおりクレジットをお願いします。',
    ],
    kept: [
      'プロからライトに変えて、差額をクレジットで返してもらえますか。',
      'ライセンスをダウングレードして差額分をクレジットにしてください。',
      'うちには上位プランは過剰なので、下のプランに変えて差額をクレジットにしてもらえませんか。',
    ],
  },
  {
    // ja-indirect.yaml: the terms cited for the refund no longer clear the customer's own costs claimed beside it
    id: 'ja.x.veto.published_refund',
    category: 'monetary',
    calm: [
      '契約第12条に基づき解約しますので、残り7か月分の返金をお願いします。',
      '30日以内の解約なので、規約に記載のとおり返金をお願いします。',
      '返金規定に基づき、返金をお願いします。',
      '契約第8条に基づき返金と二重請求分の返還をお願いします。',
    ],
    kept: [
      '契約第12条に基づき解約し、返金に加えて、弊社が負担した外注費50万円の補填を求めます。',
      '契約第9条に従い解約しますが、返金とは別に、弊社が支払ったコンサル費用40万円を補填してください。',
      '規約第8条に記載のとおり返金に加え、弊社の人件費の補填も求めます。',
    ],
  },
];

// Sentences of the list that were already clear on main (b3cc903): they must stay clear.
const ALREADY_CLEAR = [
  '書類をお届けしたいので、担当の方が何時頃まで社内にいらっしゃるか教えてください。',
  '御社のFacebookページ拝見しました。',
];

describeGuardTables('calm-fix-9 vetoes (Japanese)', VETOES, 'ja');
describeGuardTables('calm-fix-9 narrowed vetoes (Japanese)', NARROWED, 'ja');

describe('calm-fix-9 (Japanese): every calm sentence ends with verdict none', () => {
  const calm = [...VETOES.flatMap((g) => g.calm), ...ALREADY_CLEAR];
  it.each(calm)('%s', (text) => {
    expect(judge(text, 'ja').verdict).toBe('none');
  });
});

describeRuleFile('calm-fix-9 vetoes (Japanese): the rule file', FILE, {
  lang: 'ja',
  idPrefix: 'ja.cf9.',
  testedRuleIds: () => [],
  testedGuardIds: () => VETOES.map((g) => g.id),
});
