/**
 * Fixes for the calm-8 round of false alarms, run through the real policy file
 * and engine: the vetoes of config/rules/calm-8.yaml, and the rules, vetoes and
 * masks of other files narrowed for this round (each table is titled with the
 * id it changes). Calm sentences are the known calm sentences the engine still
 * flagged, variants of them written for this test, and the calm probes of
 * test/fixtures/probes/calm-8.jsonl; kept sentences are real harassment or
 * demands, written for this test, that must still be caught. The last block
 * checks that the whole calm-8 probe set raises no alarm.
 */
import { describeGuardTables, describeProbeSet, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const FILE = 'config/rules/calm-8.yaml';
const PROBES = 'test/fixtures/probes/calm-8.jsonl';

// ------------------------------------------------------------ vetoes (en)
const EN_VETOES: GuardTable[] = [
  {
    id: 'c8.veto.filter_phrases',
    category: 'kneel_demand',
    calm: [
      'Does your filter block phrases like "bow until" or "kneel"?',
      'Does your filter block phrases like bow until or kneel?',
      'Will the content filter flag a message that says kneel or bow until you apologise?',
      'Can I add "kneel" and "bow until" to the blocked phrase list?',
      'Our moderation team wants to know if kneel, grovel and bow until are on the default blocklist.',
      'Does the profanity filter catch the word kneel, or only swear words?',
      'We tested the filter with the phrase kneel before me and it was not blocked. Is that expected?',
      "Which rule in the policy engine matches 'kneel' and 'bow down'?",
      'Could you add kneel and beg to the custom keyword list for our tenant?',
    ],
    kept: [
      'Kneel and apologise, all of you.',
      'Get on your knees and beg for my business.',
      'Your manager will kneel in front of me tomorrow.',
      'I want your team to bow until I say stop.',
      'Your CEO should grovel for this.',
      'Kneel. Your filter will not save you.',
    ],
  },
  {
    id: 'c8.veto.quoted_label',
    category: 'kneel_demand',
    calm: [
      "Please can you check if the 'kneel and beg for forgiveness' message our director got on Monday came through your relay?",
      "The 'get on your knees' email went to our whole finance team; can you recall it?",
      "Can you find that 'you will kneel before me' voicemail in the trace? It arrived at 3pm.",
      "Could you trace the 'you must kneel and pay' email our CFO received? It didn't come through our gateway.",
    ],
    kept: [
      "I want the 'kneel and apologise' message from your CEO on my desk by Monday, and your manager must kneel too.",
      "Your manager will kneel, and I'll check the 'sorry' email myself.",
      'Kneel and beg for forgiveness, all of you.',
    ],
  },
  {
    id: 'c8.veto.spend_stated',
    category: 'monetary',
    calm: [
      'We pay you eleven million yen a year, so we would like a review meeting.',
      'As a customer paying 11 million yen a year, we would appreciate a service review meeting to discuss the recent incidents.',
      'As a client paying $90,000 a year, we would like a quarterly roadmap briefing.',
    ],
    kept: [
      'We pay you eleven million yen a year, so we expect compensation for this outage.',
      'We pay you $90,000 a year; refund us for the whole quarter plus damages.',
    ],
  },
  {
    id: 'c8.veto.onsite_per_contract',
    category: 'excessive',
    calm: [
      'Hello, the RAID controller in our appliance failed overnight. Per the maintenance contract, please send an engineer to our Osaka office today to replace it.',
      'In line with the hardware maintenance contract, we request an on-site engineer today.',
      'Per the support contract, could you dispatch a field engineer to our Nagoya office today?',
      'The maintenance contract says hardware faults get an engineer on site within 4 hours. Please dispatch one today to the Kobe plant.',
    ],
    kept: [
      'Per the maintenance contract, send an engineer to our office this weekend.',
      'Send an engineer to our office today, for free.',
      "I know it's not covered per our contract, but send an engineer to our Osaka office today.",
      'We need an engineer on site today, whatever the contract says.',
      "Send two engineers to our site this weekend, and don't send me the contract.",
    ],
  },
  {
    id: 'c8.veto.own_device_mfa',
    category: 'unrelated',
    calm: [
      "My son's laptop at home is the only device I have this week; can I enrol MFA on it?",
      'Can I register my security key on my personal laptop?',
      'How do I enrol MFA on my home laptop?',
    ],
    kept: [
      "My son's laptop is broken, can you fix it?",
      "Please fix my son's laptop, the MFA app on it crashes and so do his games.",
      'My home laptop has a virus, please clean it up for me.',
    ],
  },
];

// ------------------------------------------------------------ vetoes (ja)
const JA_VETOES: GuardTable[] = [
  {
    id: 'c8.veto.named_thanks_ja',
    category: 'privacy',
    calm: [
      '佐藤さんの対応が素晴らしかったので、口コミに名前を出して感謝を書きました。',
      '対応してくださった高橋さんのお名前を出して、SNSでお礼を投稿しました。',
      '担当の渡辺さんのお名前入りで星5のレビューを投稿しました。本当にありがとう。',
      '佐藤さんのお名前入りで口コミを投稿しました。感謝の気持ちです。',
      '担当さんのお名前付きでレビューを載せました。とても助かったので。',
      '田中さんの名前入りでGoogleの口コミを投稿させていただきました。ありがとうございました。',
      '鈴木さんの名前付きで感謝の口コミをアップしました。',
      '名前入りでお礼のレビューを投稿しました、担当さんに感謝しています。',
      '高橋さんの実名入りでX（旧Twitter）に投稿しました。本当に神対応でした。',
      '担当の山田さんのお名前入りでお礼のレビューを書き込みました。',
      '対応が丁寧だったので、担当者さんのお名前付きで星5の口コミを上げました。',
      '今回のサポートが本当に良かったので、担当の伊藤さんの名前を入れて社外ブログで紹介しました。',
      '口コミに担当者の実名入りで感謝を書きました。',
      '担当者様の名前付きで、お礼の口コミを投稿しました。',
    ],
    kept: [
      '担当者の名前と顔写真をネットに晒す。',
      '口コミに担当の実名入りで最低評価を付けておきました。',
      '担当の名前付きでネットに上げました。次は動画も上げます。',
      'あんたの名前入りで口コミを投稿しました。感謝しろよ、星1だけどな。',
      '担当者様の名前付きで、口コミを投稿します。',
      '鈴木さんのお名前入りでお礼の投稿をしました。次は上司の方のお名前も書きます。',
    ],
  },
  {
    id: 'c8.veto.named_thanks_ja',
    category: 'defamation',
    calm: [
      '担当の田中さんが本当に親切だったので、レビューに名前を入れてお礼を書かせていただきました。',
      '口コミに担当さんの名前を出して、ありがとうと書いておきました！',
      '吉田さんのお名前を出して、アプリストアのレビューでお礼を書きました。',
      '佐藤さん、ありがとうございました。口コミにお名前入りで感謝を書いておきました。',
    ],
    kept: [
      '田中さん、ありがとう。お前の名前入りで口コミに書いておいたから、楽しみにしとけ。',
      '丁寧な対応ありがとうございました。ただ、前任の佐藤の名前入りで口コミに書き込みました、無能だったので。',
      '佐藤さんの名前を出してレビューに書きました。詐欺まがいの対応だったと。',
    ],
  },
  {
    id: 'c8.veto.named_thanks_ja',
    category: 'intimidation',
    calm: ['鈴木さんのおかげで助かりました。Googleの口コミに鈴木さんのお名前を添えて星5をつけました。'],
    kept: ['担当の名前付きで報告しとくからな。', '名指しで本社にクレーム入れとくから。'],
  },
  {
    id: 'c8.veto.review_update_offer_ja',
    category: 'defamation',
    calm: [
      '口コミには「価格は妥当、検知精度は高い、サポートは遅い」と書きました。新しいサポートプランで改善されたら書き直すつもりです。',
      'サポートの遅さについてレビューを書きました。改善されたら星を上げて書き直します。',
      '口コミに不満を書きましたが、不具合が修正されたら更新します。',
    ],
    kept: [
      '口コミに御社は詐欺だと書きました。改善されたら書き直してやってもいい。',
      '口コミに全部書き込んでやる。改善されたら消すかもな。',
      '担当の実名入りで口コミを書きました。返金されたら削除します。',
    ],
  },
  {
    id: 'c8.veto.courteous_name_ja',
    category: 'privacy',
    calm: [
      '火曜日の午後にお電話で対応してくださった方（たしか山口さん）のフルネームを教えていただけますか。上司の方にお礼の手紙を送りたいと思います。',
      '昨日チャットで対応してくださった方のフルネームを教えてください。社内で表彰の推薦をしたいので。',
    ],
    kept: [
      'フルネームを教えろ。苦情を入れるから。',
      '担当さんのフルネームを教えて。SNSで探すから。',
      'あなたの下の名前は？お礼がしたいので、個人のLINEも教えてください。',
    ],
  },
  {
    id: 'c8.veto.onsite_per_contract',
    category: 'excessive',
    calm: [
      '保守契約に基づいて、本日中に技術者の方に来ていただけますでしょうか。',
      '保守契約に基づき、本日中に故障ディスクの交換対応をお願いいたします。サーバー室は3階で、受付で入館手続きをお願いします。',
    ],
    kept: [
      '保守契約の対象外なのは分かっていますが、本日中に来てください。',
      '保守契約は切れていますが、今日中に技術者を派遣してください。',
      '保守契約に基づいて、役員が今日中に説明に来てください。',
      '当社独自のダッシュボード一式を御社で作成してください。保守契約の範囲内でお願いできますと幸いです。',
    ],
  },
  {
    id: 'c8.veto.spend_stated',
    category: 'monetary',
    calm: [
      '弊社は御社に年間1,100万円をお支払いしています。つきましては、定期的なレビュー会議の開催をお願いしたく存じます。',
      '毎年1,100万円をお支払いしております。今後の運用について、レビュー会議でご相談させてください。',
      '御社に年間1,100万円支払っている顧客として、障害の振り返り会議を設定していただきたいです。',
    ],
    kept: [
      '年間1,100万円もお支払いしているのだから、誠意を見せてください。',
      '毎年1000万円払ってるんだ、今回の損害を補償しろ。',
      '年間1100万円を支払っている顧客として、相応の補償を求めます。',
    ],
  },
  {
    id: 'c8.veto.own_device_mfa',
    category: 'unrelated',
    calm: [
      '自宅のPCに認証アプリを入れたいのですが、やり方を教えていただけますか。',
      '自宅のPCで二段階認証を設定する手順を教えてください。私用のスマホは持っていません。',
    ],
    kept: ['自宅のプリンターが動きません。見てもらえますか。', '自宅のPCが壊れたので直してほしい。'],
  },
];

describeGuardTables('calm-8 vetoes (English)', EN_VETOES, 'en');
describeGuardTables('calm-8 vetoes (Japanese)', JA_VETOES, 'ja');

// ------------------------------------------------------- narrowed (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.persistence.every_interval',
    category: 'persistence',
    calm: [
      "You can call me whenever it suits you, I'm around all day.",
      "Feel free to ring me any time, I'm at my desk all day.",
      "Call me whenever is convenient, I'll be in the office all day.",
      "You can reach me by phone all day today; I'm working from home.",
      "Email me whenever you have an update, I'm online all day.",
      "Give me a call at your convenience, I'm available all day Thursday.",
      "Text me whenever you're ready, I'll be around all weekend.",
      "Ring me whenever suits, I'm available day and night this week because of the migration.",
      'You can call me any time, I am here all day long.',
      "I'll be checking my email all day, so send it whenever.",
      "You can call me any time tomorrow to go through the logs, I'm at my desk all day.",
    ],
    kept: [
      "I'll call every hour until this is fixed.",
      'I will email you every day until I get a refund.',
      "I'm going to phone your office all day tomorrow.",
      "I'll be calling all day long, so get used to it.",
      'We will ring round the clock until someone answers.',
      "I'm available all day, and I'll call you every hour until you fix it.",
      "I'll text your team non-stop, call me whenever you're ready to refund.",
    ],
  },
  {
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      "We'll be filing a claim with our cyber insurer for the incident and they may contact your security team directly. Is there a named contact we can give them?",
      'Our auditors need a named contact to send the questionnaire to; is there one we can give them?',
      'Could you give me a designated contact to pass to our insurer?',
    ],
    kept: [
      'We need a dedicated engineer assigned to us permanently, starting Monday.',
      'I want a named engineer who answers all our tickets personally.',
    ],
  },
  {
    id: 'en.excessive.on_site',
    category: 'excessive',
    calm: [
      "is on-site support something we can buy as an add-on? we'd pay for a one-off visit to set up the cluster",
      "We'd pay for an on-site visit, is that an add-on you sell?",
      "We're happy to pay for an engineer to come to our office for the cutover.",
    ],
    kept: [
      'Send an engineer to our office tomorrow morning.',
      'I expect someone at our office by 9am tomorrow, no excuses.',
      'Your engineer must come to our office tomorrow morning.',
    ],
  },
  {
    id: 'en.intimidation.regret',
    category: 'intimidation',
    calm: [
      "a user of ours got a voicemail-to-email saying 'you'll regret this' from an unknown number. is there any way to trace the originating system?",
      "Our receptionist received a text message yesterday saying you'll regret crossing me, from a blocked number.",
      "We got an email this morning that said 'you will pay for this'. Can you trace it?",
    ],
    kept: [
      "You'll regret this.",
      'You will pay for this, mark my words.',
      'Your company is going to regret treating us like this.',
    ],
  },
  {
    id: 'en.b.monetary.goodwill_money',
    category: 'monetary',
    calm: [
      'Could you check whether there is any loyalty discount available for our renewal?',
      'Do you offer a loyalty discount for customers renewing for a third year?',
      'Is there a loyalty discount programme for long-term customers?',
    ],
    kept: [
      'Give us a loyalty discount or we walk.',
      "We've been with you 8 years. A loyalty discount on the renewal is the least you can do after this outage.",
    ],
  },
  {
    // "deadline" is no longer blanked: the unless clauses that name it see it again.
    id: 'en.mask.dead_technical',
    category: 'intimidation',
    calm: [
      'Be very careful how you handle the cutover, if the deadline slips our customers will notice.',
      'It would be a shame if we missed the webinar because the deadline fell through.',
    ],
    kept: [
      'Be very careful how you answer this email.',
      'It would be a shame if word got out about how your team treats customers.',
    ],
  },
  {
    // en-asks read what the mask left of "Deadline:"; it now reads the word itself.
    id: 'en.as.excessive.overnight_build',
    category: 'excessive',
    calm: [
      'We have a deadline tomorrow for our own audit; could you confirm whether the connector supports our schema?',
      'Deadline: Friday. Can you confirm whether the migration tool supports PST files?',
    ],
    kept: [
      'Rewrite the SCIM connector to support our in-house LDAP schema. Deadline: tomorrow, 9am.',
      'Build a custom connector for our HR system. The deadline is tonight.',
      'Write us a custom parser for our log format — deadline: end of day.',
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.excessive.onsite / ja.t.excessive.go_onsite',
    category: 'excessive',
    calm: [
      '今から来てくれた担当さん、ありがとうございました。',
      '先ほど来てくれた担当さん、本当に助かりました。',
      '昨日来てくれたエンジニアの方、とても丁寧でした。',
      '先週事務所に来てくれたSEさんのおかげで無事に復旧しました。',
      '今から来てくれる担当さんのお名前を教えていただけますか。',
      '明日来ていただく技術者の方の到着時刻を教えてください。',
      '来てくれた担当さんの説明がわかりやすかったです。',
      '先ほど来てくれた担当さんのおかげで、夕方には復旧できました。本当にありがとうございました。',
    ],
    kept: [
      '今すぐ来い。',
      '担当者、今日中に事務所に来てくれ。',
      '明日までに本社に来てください。',
      '技術者に来ていただけませんか、今日中に。',
      '来てくれたら許してやるよ、今日中にな。',
      '昨日来てくれた担当じゃ話にならない、今日は責任者が来い。',
      '現場に来てくれよ、今すぐ。',
      'エンジニアの方に今日中に弊社へ来ていただきたい。',
    ],
  },
  {
    id: 'ja.b.excessive.come_to_us',
    category: 'excessive',
    calm: [
      '作業範囲記述書のとおり、20日にコンサルタントの方が弊社大阪オフィスにお越しになると伺っています。入館証の準備のため、お名前をお知らせください。',
    ],
    kept: [
      'エンジニアの方に明日うちの事務所まで来ていただきたい。',
      '弊社のオフィスまで今日中にお越しください。',
    ],
  },
  {
    id: 'ja.e.unrelated.other_vendor_then_question / ja.b.unrelated.other_software',
    category: 'unrelated',
    calm: [
      'ダウンロードしたレポートをExcelで開くと関数がエラーになります…。どうすればいいですか。',
      'エクスポートした集計表をExcelで開くと数式がエラーになってしまって…。何か分かりますか？',
      '月次レポートをダウンロードしてExcelで開いたら、日付が表示されない…。教えてください。',
      'ダッシュボードからダウンロードしたファイルがExcelで開かない…。どうすればいいでしょうか。',
      '監査ログをCSVでエクスポートしてExcelで開くと、列がずれて表示されない…。教えていただけますか。',
      'Windowsで管理ツールを起動すると固まってしまう…。何か分かりますか。',
      '出力したPDFレポートをWindowsで開くとフォントが表示されない…。どうすればいいですか。',
      'ダウンロードした請求書をExcelで開くと金額が表示されない…。教えてください。',
    ],
    kept: [
      'Zoomの録画が保存されない…。何か分かりますか？',
      'WordPressのプラグインを更新したらサイトが真っ白になってしまって…。何か分かりますか？',
      'Excelの関数がうまく動かないので、見てもらえますか。',
    ],
  },
  {
    id: 'ja.b.privacy.knows_private',
    category: 'privacy',
    calm: [
      '鈴木さんの技術記事、SNSで見つけました。とても参考になりました。',
      '高橋さんの登壇資料をSNSで見つけて、社内で共有させていただきました。',
      '先日のウェビナーで話されていた中村さんの資料、SNSで拝見しました。とても参考になりました。',
      '担当さんがSNSで紹介していたTipsを見つけて試したら解決しました。',
    ],
    kept: [
      '担当さんのインスタ見つけました。ご自宅の近くですね。',
      '鈴木さんのSNSで見つけましたよ、お子さんの写真。',
      '担当のあなたのSNS、全部見つけて保存してあります。',
      '佐藤さんの技術記事をSNSで見つけました。ご自宅の最寄り駅も分かりました。',
    ],
  },
  {
    id: 'ja.b.intimidation.knows_private',
    category: 'intimidation',
    calm: [
      '鈴木さんの技術記事、SNSで見つけました。とても参考になりました。',
      '高橋さんの登壇資料をSNSで見つけて、社内で共有させていただきました。',
    ],
    kept: [
      '担当さんのインスタ見つけました。ご自宅の近くですね。',
      '担当のあなたのSNS、全部見つけて保存してあります。',
    ],
  },
  {
    id: 'ja.sexual.address',
    category: 'sexual',
    calm: [
      '担当さんがSNSで紹介していたTipsを見つけて試したら解決しました。',
      '担当さんがブログで解説していた手順で設定できました。',
    ],
    kept: [
      '担当さん、インスタやってる？',
      '担当さんがSNSで投稿してる写真かわいいね。',
      '担当さんって彼氏いるの？',
    ],
  },
  {
    id: 'ja.b.intimidation.whose_name / ja.a.privacy.name_in_public',
    category: 'privacy',
    calm: ['加藤さんの名前を出してレビューに書いてしまったのですが、問題があれば削除します。'],
    kept: ['小林さんの名前付きで、口コミに書いてやった。', 'あんたの実名を入れて口コミに書き込んだからな。'],
  },
  {
    id: 'ja.violence.kill_noun',
    category: 'violence',
    calm: [
      '旧システムの息の根を止める前に、アーカイブを全部エクスポートしておきたいです。手順を教えてください。',
      'このボットネットの息の根を止めるために、送信元IPの一覧をいただけますか。',
    ],
    kept: ['お前の息の根を止めてやる。', '担当の息の根を止めてやるからな。'],
  },
  {
    id: 'ja.insult.baka_aho',
    category: 'insult',
    calm: [
      '御社のチャットボットが弊社ユーザーに「理解できません、バカですか」と返答していました。定型文の不具合だと思いますが、スクリーンショットを添付します。',
    ],
    kept: ['バカじゃないの、あんた。', 'チャットボットもバカなら担当もバカだな。'],
  },
  {
    id: 'ja.f.veto.contract_refund',
    category: 'monetary',
    calm: [
      '契約第11.4条に基づき、解約後の未使用期間分の返金を受けられると理解しています。金額と返金日をご確認ください。',
      '契約に基づく返金をお願いします。',
    ],
    kept: [
      '契約に基づく返金と、復旧作業の人件費も補填してください。',
      'SLAに基づくクレジットのほか、逸失利益も補償してください。',
      'SLAに基づくクレジットを適用のうえ、当社の損害も賠償してください。',
    ],
  },
  {
    id: 'ja.veto.sla_terms / ja.d.veto.refund_under_terms',
    category: 'monetary',
    calm: [
      'SLAに基づくクレジットの適用をお願いいたします。',
      'SLAに基づき、今月分の利用料の10%をクレジットとして返金してください。',
      'SLAどおり、稼働率未達分のクレジットを次回請求から差し引いてください。',
      '規約どおり返金してください。',
    ],
    kept: [
      'SLAに基づくクレジットと、障害対応の人件費も補填してください。',
      'SLAに基づき、クレジットの適用と人件費の補填をお願いします。',
      'SLAどおりのクレジットと、弊社の人件費も補填してください。',
      'SLAに従ってクレジットを適用し、さらに人件費も補填してください。',
      '規約どおり返金してください、あと残業代も補填してください。',
      'SLAに基づき、クレジットおよび当社エンジニアの人件費を補填してください。',
    ],
  },
  {
    // 相殺 is blanked except where a rule needs it, and always before してやる.
    id: 'ja.mask.satsu_compounds',
    category: 'violence',
    calm: [
      '相殺処理の方法を教えてください。',
      'クレジットを相殺してやる。',
      '相殺してやる。',
      '請求から相殺してください。',
    ],
    kept: ['殺してやる。', 'お前を殺してやるからな。'],
  },
  {
    id: 'ja.mask.satsu_compounds',
    category: 'monetary',
    calm: [
      'SLAに基づくクレジットを来月の請求から相殺してください。',
      '相殺の仕訳はどうすればいいですか。',
      'SLAクレジットを請求書で相殺する場合の手順を教えてください。',
    ],
    kept: [
      '今回の障害分の損害金を請求から相殺してください。',
      '未使用ライセンス分は来期の請求から相殺してほしい。',
    ],
  },
];

describeGuardTables('calm-8 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-8 narrowed rules (Japanese)', JA_NARROWED, 'ja');

// ------------------------------------------------------- the probe set
describeProbeSet('calm-8 probe set (test/fixtures/probes/calm-8.jsonl)', PROBES, { en: 150, ja: 150 });

describeRuleFile('calm-8 vetoes: the rule file', FILE, {
  lang: 'en',
  idPrefix: 'c8.',
  testedRuleIds: () => [],
  testedGuardIds: () => [...EN_VETOES, ...JA_VETOES].map((g) => g.id),
});
