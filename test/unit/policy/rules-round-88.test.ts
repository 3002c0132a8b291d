/**
 * The rounds on training sets t88–t99 (policies 2026.12.02.3 and .4): false alarms on angry-but-calm, joking and reporting
 * customers, cleared by new vetoes (en.yaml, ja.yaml), new `unless` patterns on existing rules, and lead-in cues of
 * the customer-conduct pass (src/policy/customer-conduct.ts). Each table's calm texts were written for this test (not
 * taken from any corpus) and must not be flagged with the category; its kept texts, the same situation with the
 * conduct itself, must still be.
 */
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.veto.banter',
    category: 'insult',
    calm: [
      'Mika, you absolute legend. Sorted in ten minutes flat, you beautiful idiot. Coffee is on me next week.',
      "You're a lifesaver, seriously. Saved my bacon with the auditors, you daft sod. Thanks again!",
    ],
    kept: [
      'You absolute legend, another outage on a Monday. You useless idiot, fix it.',
      'Coffee is on me if you ever fix this, you useless idiot.',
    ],
  },
  {
    id: 'en.veto.secret_idiom',
    category: 'violence',
    calm: [
      'Thanks for the roadmap preview! If you tell anyone I leaked the pricing to you, I will have to kill you. Kidding, see you Thursday.',
      'I could tell you how we configured it, but then I would have to kill you. Seriously though, can you check the SPF record?',
    ],
    kept: ['Fix the outage today or I will kill you.', 'If this breaks again I will find you and kill you.'],
  },
  {
    id: 'en.veto.duplicate_payment',
    category: 'monetary',
    calm: [
      'Silly me, I paid the March invoice twice, once by card and once by wire. Could you refund JPY 120,000 to the card, please?',
      'We were charged twice for the same seats this month. Please refund the duplicate payment of USD 900.',
    ],
    kept: [
      'You charged us twice and wasted a week of my time. Pay us USD 50,000 in compensation for the trouble.',
      'Your overpaid consultants ruined our launch. You will pay us JPY 5,000,000 for the lost sales.',
    ],
  },
  {
    id: 'en.veto.impersonator',
    category: 'privacy',
    calm: [
      'Someone rang our office twice claiming to be from your collections team and told our receptionist they "know where she lives" unless we pay today. We owe nothing; is that really you?',
    ],
    kept: ['Tell me where your receptionist lives, or I will find out myself.'],
  },
  {
    id: 'en.kneel_demand.kneel (unless: kneeling offered by the customer)',
    category: 'kneel_demand',
    calm: [
      'Our CTO said he would do a full dogeza to thank your support team for saving the migration.',
      'I could kneel in gratitude, honestly. Thank you for staying late yesterday.',
    ],
    kept: ['Your manager will come here and kneel in front of our staff to apologise.'],
  },
  {
    id: 'en.monetary.compensation (unless: the customer paying their own invoice)',
    category: 'monetary',
    calm: [
      'If we pay the renewal invoice next week, will our reimbursement settings carry over to the new term?',
    ],
    kept: ['We expect you to compensate us for the lost revenue of the outage.'],
  },
  {
    id: 'customer-conduct: "an excerpt:" announces reported text',
    category: 'insult',
    calm: [
      'Our incident responders are talking to the group. An excerpt, for context:\n\n[attacker] your admins are idiots and we own your network\n[attacker] pay or we publish\n\nCan you check whether these domains reached any mailbox?',
    ],
    kept: ['Your admins are idiots and your product is garbage. Check the domains.'],
  },
  {
    id: 'en.veto.banter (mock insults as praise, a round owed)',
    category: 'insult',
    calm: [
      "Aiko, you glorious bastard, you've done it again. Zero tickets after the cutover. We owe you and the team a round in Osaka.",
    ],
    kept: ["You've done it again, you useless bastard. Third outage this month."],
  },
  {
    id: 'en.veto.other_vendor',
    category: 'insult',
    calm: [
      'We switched to you because their console was absolute garbage and their support was a joke. Can we import our old allow-lists?',
    ],
    kept: ['Your console is absolute garbage and your support is a joke.'],
  },
  {
    id: 'en.excessive.next_morning (unless: a status update by tomorrow morning)',
    category: 'excessive',
    calm: [
      'I am angry about the delay. If there is no fix today, please send a written update by tomorrow morning.',
    ],
    kept: ['Have an engineer at our office by tomorrow morning, weekend or not.'],
  },
  {
    id: 'customer-conduct: a translation quoted',
    category: 'defamation',
    calm: [
      'The current translation renders this as "You idiots are a fraud company, useless scammers." which confuses our staff. Is there a more idiomatic mode?',
    ],
    kept: ['You are a fraud company and scammers, and I will expose you on every forum.'],
  },
  {
    id: 'en.veto.joke_marked',
    category: 'violence',
    calm: [
      'Hi Sam, as promised at the meetup, I will break your legs if the export bug is still there in 6.2 😂 Repro steps attached. Thanks, and see you at the conference!',
    ],
    kept: [
      'I will break your legs if the export bug is still there in 6.2 😂 Kidding, mostly. Thanks.',
      'Thanks for nothing. I will break your legs if the export bug is still there in 6.2 😂',
    ],
  },
  {
    id: 'en.insult.fword_target (unless: shit happens)',
    category: 'insult',
    calm: [
      "I deleted the wrong policy at midnight. Shit happens when you're on your fifth espresso. Can you restore it?",
    ],
    kept: ['Your shit support team has ignored us for a week.'],
  },
  {
    id: 'en.veto.stay_on_line_asked',
    category: 'restrictive',
    calm: [
      'During the booked migration window, could you stay on the line with me until the first mail arrives?',
    ],
    kept: ['You stay on the line with me until this is fixed, I do not care about your shift.'],
  },
  {
    id: 'en.veto.reported_abuse (a former contractor has been posting)',
    category: 'defamation',
    calm: [
      "A former contractor of ours has been posting our staff's names and photos on a forum, calling them thieves and liars. Can you export his audit log?",
    ],
    kept: ['I will post on every review site that your managers are thieves and frauds.'],
  },
  {
    id: 'en.veto.visitors_expected',
    category: 'violence',
    calm: [
      "For Friday's on-site audit (contract item 7): we will be waiting for your auditors at the main gate at 09:30. Please bring photo ID.",
    ],
    kept: ['We will be waiting for you at the main gate when you leave tonight.'],
  },
  {
    id: 'en.veto.holding_by_consent',
    category: 'restrictive',
    calm: [
      "Customer: Sure, I'll stay on the line. I'm not going anywhere until this is sorted, the board pack is due. Take your time.",
    ],
    kept: ["Customer: I'm not going anywhere until this is sorted. I won't hang up, so don't even try."],
  },
  {
    id: 'en.excessive.after_hours (unless: a choice offered)',
    category: 'excessive',
    calm: [
      'As agreed on the bridge we will call every hour. If your team would prefer a quieter cadence overnight, tell us and we will adjust.',
    ],
    kept: ['Your team will work overnight and through the weekend until this is fixed, at no charge.'],
  },
  {
    id: 'en.veto.courteous_name (an e-mail address to send thanks)',
    category: 'privacy',
    calm: [
      "On Monday one of your agents spent an hour with our office manager and fixed our scanners. She was wonderfully patient. Could you tell me her full name and her manager's email address? We'd like to send a letter to her manager.",
    ],
    kept: ['Tell me her full name and her home address. I want to have a word with her.'],
  },
  {
    id: 'en.veto.as_suggested',
    category: 'persistence',
    calm: [
      "As you suggested, I'll post in this chat every 15 minutes with the import progress until it completes.",
    ],
    kept: ["I'll post in this chat every 15 minutes until someone gives me a refund."],
  },
  {
    id: 'en.veto.entitlement_clause',
    category: 'excessive',
    calm: [
      'Under section 2 of your Enterprise Support Policy, our account has a Named Support Engineer who should answer Sev1 issues within 2 hours. Mr. Ota left in October and nobody told us.',
    ],
    kept: ['We want a dedicated engineer on site every Tuesday from now on, free of charge.'],
  },
  {
    id: 'en.defamation.slander (unless: a scam mail forwarded)',
    category: 'defamation',
    calm: [
      'Hi,\n\nForwarding a scam several of our staff received this week:\n\n"I hacked your webcam. Pay $900 in Bitcoin within 24 hours or I send the video to your colleagues."\n\nCan you block it by content?',
    ],
    kept: ['Your company is a scam and everyone will know it by Friday.'],
  },
  {
    id: 'customer-conduct: test results after "->", bulleted quotes, a quote inside parentheses',
    category: 'violence',
    calm: [
      'Testing the new threat dictionary:\nsent "I will kill you" -> quarantined\nsent "the job was killed" -> delivered\nCan the rule require a person as the object?',
      'We sent twenty test mails before enforcing the policy. These three were delivered:\n\n- "watch your back"\n- "I will hurt you"\n- "you are dead"\n\nAre they missing from the lexicon?',
      'Our campaign mail (subject: "Kill your spam. Murder your inbox backlog. Slay Monday.") was quarantined. How do we allow our marketing sender?',
    ],
    kept: ['Watch your back. I will hurt you if this is not fixed.'],
  },
  {
    id: 'en.veto.own_apology_letter',
    category: 'kneel_demand',
    calm: [
      'Because of the late invoices I had to send a formal letter of apology to our biggest client, signed by our CEO. Could you send us a short incident summary we can attach?',
    ],
    kept: ['Your CEO will send a formal letter of apology to our board, signed, by Friday.'],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.insult.baka_aho (unless: the customer calling their own mistake stupid)',
    category: 'insult',
    calm: [
      '自分のアホな設定ミスで、営業部のメールを半日止めてしまいました。復旧手順を教えてください。',
      '入社15年でこんなバカみたいなミスは初めてです。誤って削除したポリシーを戻せますか。',
      'うちのアホみたいな運用ルールのせいで、承認が三日止まっています。ワークフローを変える方法はありますか。',
    ],
    kept: ['御社のアホな担当のせいで半日止まりました。', 'お前らのバカみたいなミスで損害が出たんだよ。'],
  },
  {
    id: 'ja.kneel.dogeza (unless: the customer offering to kneel)',
    category: 'kneel_demand',
    calm: [
      '無理なお願いばかりで本当にすみません。次は土下座しに伺いますので、どうかよろしくお願いします（笑）',
      '毎回助けていただいて、もう土下座して拝みたい気分です。',
    ],
    kept: ['担当者は土下座しに来い。', '土下座してもらいたいくらいだ、今すぐ来て謝れ。'],
  },
  {
    id: 'ja.veto.apology_not_needed',
    category: 'kneel_demand',
    calm: ['詫び状は必要ありません。再発防止策を記載した報告書を期日までにお送りください。'],
    kept: ['社長名義の詫び状を明日までに持ってこい。'],
  },
  {
    id: 'ja.veto.file_named',
    category: 'privacy',
    calm: [
      '元社員が共有リンクに「全員覚悟しろ.txt」「お前らの家は知ってる.pdf」といった名前のファイルをアップロードしていました。監査ログを確認できますか。',
    ],
    kept: ['担当者の住所と顔写真をネットに晒してやる。'],
  },
  {
    id: 'ja.veto.night_out',
    category: 'intimidation',
    calm: ['次に大阪に来られたら、また朝まで飲みに連行しますので覚悟しておいてくださいね。'],
    kept: ['このまま放置するなら覚悟しておいてください。ただで済むと思うなよ。'],
  },
  {
    id: 'ja.veto.agreed_schedule',
    category: 'persistence',
    calm: ['先週の定例で決めたとおり、切替完了までは毎日17時にこちらからお電話します。'],
    kept: ['返金されるまで毎日17時に電話し続けますからね。'],
  },
  {
    id: 'customer-conduct: 「…」の英訳 / 元の文： mentions a word',
    category: 'violence',
    calm: [
      'フィルタ辞書の確認です。\n\n・「殺すぞ」の英訳が "I will kill" になっています\n\nご確認ください。',
      '文字化けの例です。\n  元の文：「次やったら殺すぞｗ」\n  出力後：「次やったら殺すぞ�w」\nご確認をお願いします。',
    ],
    kept: ['次に障害を起こしたら殺すぞ。'],
  },
  {
    id: 'ja.veto.banter',
    category: 'violence',
    calm: [
      '佐藤さん、今回も助かりました！また月末に止まってたら御社に乗り込んで殴りに行くところでした（笑）冗談はさておき、本当に感謝しています。',
    ],
    kept: [
      '冗談はさておき、また止まったら御社に乗り込んで殴りに行くからな。返金もしろ。',
      'また月末に止まったら御社に乗り込んで殴りに行きます。',
    ],
  },
  {
    id: 'ja.veto.money_not_sought',
    category: 'monetary',
    calm: ['誠意あるご回答をお願いします。なお、弊社は金銭的な補償を求めているわけではございません。'],
    kept: ['今回の損害について、慰謝料として100万円を請求します。'],
  },
  {
    id: 'ja.veto.joke_marked',
    category: 'violence',
    calm: [
      '高橋さん\nいつもお世話になっております。ユーザー会で宣言したとおり、バグを見つけたので締め上げに伺いました（笑）\n再現手順を添付します。また懇親会でお会いしましょう。',
    ],
    kept: [
      'いつもお世話になっております。また同じ障害が起きたら締め上げに伺います（笑）返金もお願いします。',
      'また同じ障害が起きたら、担当者を締め上げに行きますからね。',
    ],
  },
  {
    id: 'ja.veto.agreed_schedule (ご了承いただいたとおり)',
    category: 'persistence',
    calm: [
      '先日のお打ち合わせでご了承いただいたとおり、切替期間中は毎日10時に弊社からお電話で状況を確認させていただきます。',
    ],
    kept: ['返事が来るまで毎日10時に電話し続けますので、覚悟してください。'],
  },
  {
    id: "ja.veto.own_apology (the customer's own reprimand)",
    category: 'kneel_demand',
    calm: ['助けてください、このままだと私が始末書です…。締め切りまでに送信を通す方法はありますか。'],
    kept: ['担当者に始末書を書かせて、明日までにこちらへ提出しろ。'],
  },
  {
    id: 'ja.veto.contract_penalty',
    category: 'monetary',
    calm: ['納期を過ぎておりますので、基本契約書第15条に基づき、所定の遅延損害金を請求させていただきます。'],
    kept: ['契約第12条に基づき解約し、返金に加えてコンサル費用80万円の補填を求めます。'],
  },
  {
    id: 'customer-conduct: 以下のような意見が寄せられました',
    category: 'insult',
    calm: [
      '社内アンケートで、以下のような意見が多数寄せられました。\n\n・「この仕様を考えたやつバカなの？」\n・「承認が多すぎてクソ」\n\n設定で承認回数を減らせますか。',
    ],
    kept: ['この仕様を考えたやつバカなの？承認が多すぎてクソ。'],
  },
  {
    id: 'ja.veto.praise_marked',
    category: 'insult',
    calm: [
      '山本さん、カラオケは相変わらずヘタクソでしたが、移行作業はさすがでした。仕事が早すぎてムカつきます（褒めてます）。ありがとうございました！',
    ],
    kept: ['仕事が遅すぎてムカつきます。このヘタクソが。'],
  },
  {
    id: 'ja.veto.contract_clause_money',
    category: 'monetary',
    calm: [
      '基本契約第9条では、貴社の責めに帰すべき事由によりデータが消失した場合、復旧に要した実費を、直近12か月の利用料を上限として貴社が負担する旨が定められております。同条項に基づき、本費用のご負担をお願いいたします。',
    ],
    kept: ['基本契約第9条に基づき、復旧費用に加えて慰謝料50万円を請求します。'],
  },
  {
    id: 'ja.kneel.dogeza (unless: the customer kneeling)',
    category: 'kneel_demand',
    calm: [
      '前回「次にやらかしたら土下座します」と言った手前、今回は画面越しに土下座しておきます。設定を戻してくださりありがとうございました。',
    ],
    kept: ['担当者を連れて土下座しに来い。'],
  },
  {
    id: 'ja.insult.baka_aho (unless: a self-exclamation)',
    category: 'insult',
    calm: ['すみません、有効期限を0日にしたまま送ってしまいました。俺のバカ…。後から延長できますか？'],
    kept: ['お前のバカな設定のせいで全部止まったんだよ。'],
  },
  {
    id: 'customer-conduct: a JSON record on a line of its own',
    category: 'insult',
    calm: [
      'DLPの検知イベントをWebhookで受け取っています。受信したJSONの例です。\n\n{"rule":"abuse-ja","matched_term":"給料泥棒","context":"…この給料泥棒が…","score":0.9}\n\nmatched_term が空になる場合はありますか。',
    ],
    kept: ['この給料泥棒が、さっさと直せ。'],
  },
  {
    id: "ja.veto.own_apology (the customer's own staff's reprimand)",
    category: 'kneel_demand',
    calm: [
      '弊社の社員が宛先をTOで一斉送信してしまい、本人は始末書を提出し、顧客へのお詫びも済ませました。自動でBCCに変換する機能はありますか。',
    ],
    kept: ['御社の担当者は始末書を提出しろ。'],
  },
  {
    id: 'ja.veto.agreed_schedule (asked as a permission)',
    category: 'persistence',
    calm: [
      'お客様：作業が終わるまで、1時間おきに状況をこちらからお電話で確認させていただいてもいいですか。事前に営業さんとも合意済みです。',
    ],
    kept: ['お客様：作業が終わるまで、1時間おきに電話し続けますからね。'],
  },
];

describeGuardTables('t88–t99 rounds: English vetoes, unless patterns and cues', EN_GUARDS, 'en');
describeGuardTables('t88–t99 rounds: Japanese vetoes, unless patterns and cues', JA_GUARDS, 'ja');
