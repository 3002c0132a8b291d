/**
 * Fixes from the blind calm probe set test/fixtures/probes/calm-4.jsonl, run
 * through the real policy file and engine: the vetoes of
 * config/rules/calm-4-en.yaml / calm-4-ja.yaml, and the firing rules of other
 * files narrowed for calm-4 (each table is titled with the rule's id). Calm
 * sentences restate each probe's situation in wording written for this test
 * (none is taken from a corpus or a training set); kept sentences are real
 * harassment or demands the rule must still catch.
 */
import { describeGuardTables, describeRuleFile, engineWithOnly } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_FILE = 'config/rules/calm-4-en.yaml';
const JA_FILE = 'config/rules/calm-4-ja.yaml';

// ------------------------------------------------------------ vetoes (en)
const EN_VETOES: GuardTable[] = [
  {
    id: 'en.c4.veto.cited_line',
    category: 'insult',
    calm: [
      'Our awareness deck shows a fake caller script with the line "listen, you useless idiot, pay the invoice today" and MailGuard holds the PDF.',
      'The de-escalation training has role-plays with lines like "you people are morons", so please release the course mail.',
      'Buyers complain about sellers in messages to each other ("that seller is a total idiot", etc.). Can the reviews@ inbox skip the abuse classifier?',
    ],
    kept: [
      'You stupid idiots quarantined our newsletter again.',
      'Your template with the line "we value you" is a joke, you clueless idiots.',
      'Read your own script, morons, and fix the filter.',
    ],
  },
  {
    id: 'en.c4.veto.quoted_list_tail',
    category: 'insult',
    calm: [
      'Our inclusion training quotes remarks staff have heard ("Where is your accent from?", "Not bad for a girl", "OK boomer"). The filter holds it.',
      'The HR poster lists things not to say ("Are you even old enough to work here?", "OK boomer", "typical"). Please release it.',
      'The survey collected verbatim comments ("Why is the app so slow?", "you guys are clowns", "fix it"). Can we exempt survey@?',
    ],
    kept: [
      'OK boomer, go back to your fax machine.',
      'Why is this still broken? You useless clowns.',
      'Are you even listening? You people are morons.',
    ],
  },
  {
    id: 'en.c4.veto.third_party_smear',
    category: 'defamation',
    calm: [
      'Our analysts found a Telegram channel posting the names of our staff and calling them scammers who steal client money. Can you search for leaked staff lists?',
      'An anonymous account keeps posting that our company is a fraud run by thieves. Could you check whether the board memo left our network?',
      'A rival blog is claiming that our executives are crooks. Please help us trace the leaked org chart.',
    ],
    kept: [
      'You are scammers who steal client money.',
      'I will post on every forum that your staff are crooks.',
      'Your company is a bunch of thieves and liars.',
    ],
  },
  {
    id: 'en.c4.veto.own_office_own_job',
    category: 'restrictive',
    calm: [
      "I'm not leaving the office tonight until the migration batch is done, so please confirm batch 3 has started.",
      "I'm not leaving the office until our database upgrade is finished; just post updates here.",
      "We're not leaving the office until the cutover is complete, so ping us if anything stalls.",
    ],
    kept: [
      "I'm not leaving your office until I get my refund.",
      "I'm not leaving the lobby until someone fixes this.",
      "I'm not leaving your office until the upgrade is done.",
    ],
  },
];

// ------------------------------------------------------------ vetoes (ja)
const JA_VETOES: GuardTable[] = [
  {
    id: 'ja.c4.veto.baseless_posts_about_us',
    category: 'defamation',
    calm: [
      '口コミサイトに、弊社について「社員を使い捨てにする」といった事実無根の書き込みが続いております。同じ表現を含むメールの送信履歴を調べられますか。',
      '当社の社長が、実名をSNSに晒され、根拠のない書き込みをされております。社内資料の流出有無を確認したいです。',
      '掲示板に、当社の役員について「横領している」という根も葉もない投稿があり、困っております。',
    ],
    kept: [
      'お前らが詐欺会社だってネットに晒してやる。',
      '口コミサイトに「詐欺会社」って書き込んでやるからな。',
      '担当者の対応をSNSで拡散します。',
    ],
  },
];

// ------------------------------------------- narrowed rules of other files (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.sexual.advances',
    category: 'sexual',
    calm: [
      'Should the naked domain redirect to www, or get its own MX?',
      'Our apex (naked) domain has no MX record and senders bounce.',
      "We're a lingerie and swimwear brand, and our product mailers are flagged as adult content.",
    ],
    kept: ['Send me nudes.', 'I bet you look good naked.', 'Are you single? We should hook up.'],
  },
  {
    id: 'en.sexual.looks_voice',
    category: 'sexual',
    calm: [
      'Your hot new hardware keys look great; could we get a quote for 50?',
      'Your cute little dashboard widget keeps crashing in Safari.',
      'Your gorgeous new release broke our SSO login.',
    ],
    kept: ['your hot lol', 'You are so hot on the phone.', 'I love your sexy voice.'],
  },
  {
    id: 'en.kneel_demand.kneel',
    category: 'kneel_demand',
    calm: [
      'No need to grovel, just confirm the routing rule is live.',
      'Our admin had knee surgery and cannot kneel, so please book a room with chairs for the training.',
      "One of our trainers can't kneel on tatami; could the session use a room with chairs?",
    ],
    kept: [
      'Get on your knees and grovel.',
      'I want your manager to kneel and apologise to us.',
      'No more emails. Grovel, you useless lot.',
    ],
  },
  {
    id: 'en.defamation.slander',
    category: 'defamation',
    calm: [
      'The outage made us look like liars to our own customers; could you send an incident summary we can share?',
      'Our whistleblower hotline lets staff report fraud by managers; how do we hide that mailbox from eDiscovery?',
      'Employees can raise suspected fraud through speakup@; please make sure managers cannot search it.',
    ],
    kept: [
      'You are liars and frauds.',
      'Your company is run by crooks.',
      'You made us look like fools, you lying scammers.',
    ],
  },
  {
    id: 'en.y.privacy.found_on_social',
    category: 'privacy',
    calm: [
      'One of our branch managers found her home address posted on a forum. Can the archive show who forwarded that email?',
      'Our receptionist found her personal phone number on a spam list; how could it have leaked?',
      'My assistant found his home address in a leaked spreadsheet; please help us trace it.',
    ],
    kept: [
      "I found her home address. Tell Ms Sato she'd better answer my calls.",
      "I found your agent's house, nice neighbourhood.",
      'I looked her up on Instagram, your agent Ms Ito has a lovely family.',
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'We will be watching your status page closely over the weekend while the fix is deployed.',
      "We don't want staff home locations leaking when they take site photos after hours.",
      "We'll be monitoring the queue tonight, so please post updates on the status page.",
    ],
    kept: [
      'We need one of your engineers on call all weekend to fix this.',
      'We expect your team to answer our calls after hours.',
      'We demand that your engineer works tonight until it is fixed.',
    ],
  },
  {
    id: 'en.excessive.free_work',
    category: 'excessive',
    calm: [
      "How does the apology banner work? We'd like to use the same feature to add our own notice to users.",
      "We'd like to use the existing banner to add our own maintenance notice for users. Where is it configured?",
      'We would like to use the same feature to add our own footer to outgoing mail. Which setting is it?',
    ],
    kept: [
      'Could you build a custom connector for our legacy CRM, free of charge?',
      'Please write us a bespoke report for nothing, we are a loyal customer.',
      'We expect you to develop a dedicated plugin for us at no cost.',
    ],
  },
  {
    id: 'en.monetary.compensation',
    category: 'monetary',
    calm: [
      'Our HR team emails compensation and damages figures to counsel, and DLP flags them as financial data. Can we exempt legal@?',
      'Our contract (clause 9.2) says the vendor will reimburse travel costs if a visit is cancelled late. Invoice attached; please process it.',
      'We send settlement amounts to our employment lawyers every week; how do we stop the DLP alert?',
    ],
    kept: [
      'We expect you to compensate us for our lost revenue.',
      'Please reimburse the overtime costs our staff incurred during your outage.',
      'We demand damages of JPY 1,000,000 for the outage.',
    ],
  },
  {
    id: 'en.excessive.on_site',
    category: 'excessive',
    calm: [
      'Our agreement (section 4.1) states that the vendor shall cover costs if an on-site visit is cancelled at short notice; please process the attached invoice.',
      'The order form says you will refund the fee if an on-site visit is cancelled by your side. Please confirm the refund.',
      'Our contract says the supplier will pay our room booking if an on-site visit is cancelled late, so the invoice is attached.',
    ],
    kept: [
      'Send an engineer to our office tomorrow.',
      'We want your consultant on site at our factory by Monday.',
      'Our contract says nothing about visits, but send an engineer to our office tomorrow.',
    ],
  },
];

// ------------------------------------------- narrowed rules of other files (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.persistence.keep_contacting',
    category: 'persistence',
    calm: [
      '隔離レポートを毎朝部門長へ送り続ける設定にしたいのですが、どこから設定できますか。',
      '週次のサマリーを役員宛てに送り続ける仕組みを作りたいと考えております。',
      '監査ログを毎晩外部ストレージへ送り続けるように設定することは可能でしょうか。',
    ],
    kept: [
      '返金されるまで電話をかけ続けます。',
      '対応するまでメールを送り続けるからな。',
      '諦めると思うなよ。',
    ],
  },
  {
    id: 'ja.insult.baka_aho',
    category: 'insult',
    calm: [
      'いや～今月はしばかれるくらい忙しくて、返信遅れてすみません。',
      '上司にしばかれそうなので、DKIMの件を早めに教えてください。',
      '繁忙期でほんまにしばかれてます、SPFの件よろしくお願いします。',
    ],
    kept: ['ばかじゃないの。', 'お前らほんまにあほやな。', 'この担当、バカすぎる。'],
  },
  {
    id: 'ja.kneel.visit_apology',
    category: 'kneel_demand',
    calm: [
      '菓子折りを持って謝りに来てほしい、などということではまったくありません。設定の確認だけお願いします。',
      '謝罪に来ていただきたいというわけではありません。原因の報告書をお送りください。',
      '直接謝りに来てほしいわけではございません。再発防止策だけ教えてください。',
    ],
    kept: ['菓子折りを持って謝りに来い。', '社長を連れて謝罪に来てください。', '直接謝りに来てほしい。'],
  },
  {
    id: 'ja.x.monetary.apology_gift',
    category: 'monetary',
    calm: [
      'お詫びの品をお送りいただけるとのお話でしたが、お気持ちだけで十分ですので、ご辞退させてください。',
      'お詫びの品をご用意いただけるとのことですが、辞退いたします。',
      '菓子折りを持って来てほしいということではございません。',
    ],
    kept: [
      'お詫びの品くらい送ってください。',
      '菓子折りの一つもないんですか。',
      '何かお詫びの品をいただけませんか。',
    ],
  },
  {
    id: 'ja.kneel.apology_letter',
    category: 'kneel_demand',
    calm: [
      '今回の誤送信は当社社員の操作ミスで、本人は社内で始末書を提出しております。',
      '担当者はすでに始末書を提出しております。再発防止の設定を教えてください。',
      '誤送信した社員が反省文を社内で書きました。送信前確認の機能はありますか。',
    ],
    kept: ['担当者に始末書を書かせろ。', '社長名義の詫び状を送ってください。', '反省文を提出してください。'],
  },
  {
    id: 'ja.b.persistence.every_until',
    category: 'persistence',
    calm: [
      '承認待ちの通知が、承認されるまで1時間おきに管理職へ再送され続けています。回数の上限は設定できますか。',
      'Webhookは受信に成功するまで5分おきに再送され続けるのでしょうか。',
      '隔離レポートを毎朝8時に部門長へ送り続ける設定にしたいのですが、スケジュール配信はどこで設定しますか。',
    ],
    kept: [
      '返金されるまで毎日電話し続けます。',
      '対応していただけるまで1時間おきにメールを送ります。',
      '解決するまで毎晩クレームの電話を入れ続けるからな。',
    ],
  },
  {
    id: 'ja.persistence.every_interval',
    category: 'persistence',
    calm: [
      '調査が終わるまでの24時間、子会社の送信メールを保留にしたいと考えております。',
      '先月から毎日のように営業の方からお電話をいただいております。しばらく控えていただけますか。',
      '毎週月曜に部門長へ送信されるようにしたいと思っております。',
    ],
    kept: ['毎日電話しますから。', '1時間おきにメールを送ります。', '24時間電話をかけ続けるぞ。'],
  },
  {
    id: 'ja.excessive.extras',
    category: 'excessive',
    calm: [
      '御社の営業の方から、毎日のように上位プランのご案内の電話をいただいております。しばらく控えてください。',
      '毎日のように上位プランについてお電話をいただいておりますが、今は検討しておりません。',
      '毎朝のように新プランの連絡を頂いておりまして、当面は不要です。',
    ],
    kept: [
      'スタンダードプランですが、毎朝電話で進捗を報告してください。',
      '忘年会にも参加して質問に答えてください。',
      '社内規程を御社で作成していただけませんか。',
    ],
  },
  {
    id: 'ja.b.kneel_demand.bow',
    category: 'kneel_demand',
    calm: [
      '頭を下げていただく必要はまったくありません。ルーティングの確認だけお願いします。',
      '頭を下げていただくには及びません。早めに気づいていただき助かりました。',
      '頭を下げてもらう必要は一切ありません。',
    ],
    kept: ['責任者が来て頭を下げろ。', '全員の前で謝罪してもらう。', '頭を下げに来てください。'],
  },
  {
    id: 'ja.b.discriminatory.disability',
    category: 'discriminatory',
    calm: [
      '当社の夜間の一次窓口は、発達障害のある社員が在宅で担当しております。通知はメールのみにできますか。',
      '当社の経理では、聴覚障害者のスタッフが問い合わせ対応を担当しています。',
      '弊社の情報システム部では、発達障害のあるメンバーがログ監視を担当しております。',
    ],
    kept: [
      '発達障害の人が担当なのかよ。',
      '障害者に対応させてるんですか。',
      'ガイジが書いたような回答だな。',
    ],
  },
  {
    id: 'ja.sexual.body',
    category: 'sexual',
    calm: [
      '当社は女性用下着・水着のメーカーです。新商品案内がアダルト判定されてしまいます。',
      '弊社は下着ブランドを運営しており、女性向けのメルマガが隔離されています。',
      '女性用の下着専門店ですが、商品写真付きメールが届きません。',
    ],
    kept: ['担当のお姉さん、下着は何色？', 'あなたの声、エロいね。', '彼女のおっぱい大きそう。'],
  },
  {
    id: 'ja.w.monetary.bear_costs',
    category: 'monetary',
    calm: [
      'ご契約書11.3条では、御社都合のキャンセルの場合、当社の費用を御社が負担すると定められております。',
      '契約書第8条には、御社都合で延期した場合の会場費を御社が負担すると記載されています。',
      '契約では、再訪問の交通費は御社が負担すると規定されています。請求書をお送りします。',
    ],
    kept: [
      '損害の費用を御社が負担してください。',
      '外部業者の費用50万円を御社が支払ってください。',
      '休業した分の損失を御社が補填してください。',
    ],
  },
  {
    id: 'ja.n.unrelated.device',
    category: 'unrelated',
    calm: [
      '事務所の複合機から、メールガードのSMTPリレー経由でスキャンtoメールができなくなりました。対応をお願いできますか。',
      'コピー機がリレー経由で送信できません。設定を見ていただけますか。',
      '複合機のスキャン送信がSMTP認証で失敗します。見ていただけますか。',
    ],
    kept: [
      '事務所の複合機が紙詰まりします。直していただけますか。',
      '防犯カメラの録画を見ていただけます？',
      '店の精算機が止まるので対応していただけますか。',
    ],
  },
  {
    id: 'ja.exchange.free_switch',
    category: 'exchange',
    calm: [
      '年末年始に基幹システムの入れ替えを行うため、その期間の休日対応を無償でお願いできますか。',
      '来月サーバーの切り替えを実施予定のため、無償で立ち会いをお願いできますでしょうか。',
      '社内システムの移行を行うため、その間の問い合わせ対応を無償でお願いできますか。',
    ],
    kept: [
      '無償で上位プランに変更してください。',
      'タダで新しいトークンに交換してください。',
      '差額なしでエンタープライズに切り替えてほしい。',
    ],
  },
  {
    id: 'ja.veto.apology_visit',
    category: 'excessive',
    calm: ['菓子折りを持って謝りに来い。', '土下座しに来い。', '社長が頭を下げに来るまで許さない。'],
    kept: [
      '菓子折りを持って謝りに来てほしい、などということではまったくありません。ただ、土曜日に事務所へエンジニアの方にお越しいただけませんか。スタンダードプランで訪問対応がないことは承知しています。',
      '謝罪に来てほしいというわけではありません。今週末、本社まで来ていただけませんか。',
      '詫びに来いということではないです。明日エンジニアの方に当社まで来ていただけますか。',
    ],
  },
];

describeGuardTables('calm-4 vetoes (English)', EN_VETOES, 'en');
describeGuardTables('calm-4 vetoes (Japanese)', JA_VETOES, 'ja');
describeGuardTables('calm-4 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-4 narrowed rules (Japanese)', JA_NARROWED, 'ja');

describeRuleFile('calm-4 English vetoes: the rule file', EN_FILE, {
  lang: 'en',
  idPrefix: 'en.c4.',
  testedRuleIds: () => [],
  testedGuardIds: () => EN_VETOES.map((g) => g.id),
  offsets: { engine: engineWithOnly('en.yaml'), text: 'You idiots!' },
});
describeRuleFile('calm-4 Japanese vetoes: the rule file', JA_FILE, {
  lang: 'ja',
  idPrefix: 'ja.c4.',
  testedRuleIds: () => [],
  testedGuardIds: () => JA_VETOES.map((g) => g.id),
});
