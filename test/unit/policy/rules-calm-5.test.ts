/**
 * Fixes for the calm-5 list of calm sentences the whole engine still flagged
 * (English and Japanese), run through the real policy file and engine: the
 * veto of config/rules/calm-5-ja.yaml, and the firing rules of other files
 * narrowed for calm-5 (each table is titled with the rule's id). Calm
 * sentences are the listed one and variants written for this test; kept
 * sentences are real harassment or demands the rule must still catch.
 */
import { describeGuardTables, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const JA_FILE = 'config/rules/calm-5-ja.yaml';

// ------------------------------------------------------------ veto (ja)
const JA_VETOES: GuardTable[] = [
  {
    id: 'ja.c5.veto.not_free_cost',
    category: 'intimidation',
    calm: [
      'ただでは済まないですよね。費用を教えてください。',
      'タダじゃ済まないと思うので予算を確保しておきます。',
      'さすがにタダでは済まないでしょうね。見積もりをお願いします。',
      'ただじゃ済まないですよね、有償になる場合の料金を教えてください。',
      'ただでは済まないと思いますので、費用の概算を知りたいです。',
    ],
    kept: [
      'ただじゃ済まないからね。',
      'このまま放置したらただでは済まないですよ。',
      'ただじゃ済まないからね。費用は全部そっち持ちだ。',
    ],
  },
];

// ------------------------------------------------------- narrowed (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.insult.question / en.x.insult.made_by_clowns / en.p.insult.run_by',
    category: 'insult',
    calm: [
      'The kids club is run by children, so please allow the club newsletter through.',
      'Our youth council is run by children aged 12 to 16; can they get accounts?',
      'The junior coding club is run by children themselves, please whitelist their address.',
      "Our school's kids club is staffed by children from year six, so the newsletter comes from them.",
    ],
    kept: [
      'Your support desk is run by children.',
      'This company is run by toddlers, honestly.',
      'Are you people stupid or what?',
    ],
  },
  {
    id: 'en.b.restrictive.keep_until',
    category: 'restrictive',
    calm: [
      "I'm sitting in your office lobby for the 10am training",
      "I'm sitting in your lobby for the 2pm workshop, which room is it?",
      'We are sitting in your office reception for our onboarding session; is Ms Tanaka on her way?',
      "I'm sitting in your office lobby waiting for the 9:30 meeting with sales.",
    ],
    kept: [
      "I'm sitting in your lobby until someone refunds me.",
      "We'll be staying in your office until the CEO apologises.",
      'You stay right there until I say you can go.',
    ],
  },
  {
    id: 'en.discriminatory.nationality_demand / en.x.discriminatory.prefer_male / en.g.discriminatory.offshore_accent / en.p.discriminatory.want_race',
    category: 'discriminatory',
    calm: [
      'Can you send a local engineer to our Penang branch as in the contract?',
      'Can I get a local engineer on site in Osaka? Our office is there.',
      'Could you assign a local technician to our Kobe plant next month, as the contract allows?',
      'We need a local engineer on site at our Sendai warehouse for the install we bought.',
      'Is there a local partner near our Hanoi office who can do the cabling?',
    ],
    kept: [
      'Put me through to a real Japanese person.',
      'Send me a local guy, not some foreigner.',
      'I want a local engineer, not an Indian.',
    ],
  },
  {
    id: 'en.restrictive.not_hanging_up',
    category: 'restrictive',
    calm: [
      'You are not leaving us, I hope!',
      "I hope you're not leaving the company, you've been a great help!",
      "Surely you aren't leaving us after all these years?",
      "I hope you're not leaving us for another job!",
    ],
    kept: [
      'You are not leaving until I get a refund.',
      "You're not hanging up on me.",
      "You aren't leaving this call, I mean it.",
    ],
  },
  {
    id: 'en.d.defamation.true_or_not / en.p.defamation.truth_no_matter',
    category: 'defamation',
    calm: [
      'True or not, the rumour worries our staff; could you publish a statement?',
      "Whether it's true or not, the claim is upsetting our customers, so please post a clarification on your status page.",
      'True or not, these posts are hurting our team; can you publish the audit results?',
      'True or not, the story has alarmed our board, so please publish your incident report.',
    ],
    kept: [
      "True or not, I'll post it on every forum.",
      "Whether it's true or not, everyone on Reddit will hear your engineer is a thief.",
      "True or not, I'm telling everyone you leak data.",
    ],
  },
  {
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      'We can send our own engineer to your data centre if that helps.',
      "I'll bring my own technician to the install.",
      'We could also provide our own consultant for the migration.',
      'We are happy to send our own engineers to help with the rack.',
    ],
    kept: [
      'We need a dedicated engineer assigned to us.',
      'I want my own personal engineer from you, starting Monday.',
      'Please give us our own engineer full-time.',
    ],
  },
  {
    id: 'en.x.privacy.polite_details',
    category: 'privacy',
    calm: [
      'I have his personal email on file for the invoice, can I use it?',
      'I hold his home address on file from the order form, is it okay to ship there?',
      'We already have their private email on file for billing, may we use it?',
    ],
    kept: [
      'Could you give me his personal email?',
      "Please send me your engineer's personal phone number.",
      "I'd like her home address, please.",
    ],
  },
  {
    id: 'en.exchange.free_change',
    category: 'exchange',
    calm: [
      'Can we add 20 more Standard seats at our current price?',
      "We'd like to buy 5 extra licences at the same rate as last year.",
      'Could we purchase ten additional user licences at our existing price?',
      'Please add 3 more seats at our current price and invoice us.',
    ],
    kept: [
      'Switch us to Enterprise at our current price.',
      'Upgrade our plan to Premium for free.',
      'Give us the Enterprise tier at the same price, no extra charge.',
    ],
  },
  {
    id: 'en.excessive.on_site / en.b.excessive.engineer_on_site',
    category: 'excessive',
    calm: [
      'The on-site visit is in our Premium plan, please book it for Tuesday.',
      'On-site support is part of our Enterprise package, so please send an engineer to our Nagoya office next week.',
      'Engineer visits are covered by our contract; please send someone to our plant on Monday.',
      'The quarterly visit is included in our plan, please have your engineer come to our office on the 5th.',
      'Can you send a local engineer to our Penang branch as in the contract?',
    ],
    kept: [
      'Send an engineer to our office tomorrow.',
      "I know on-site visits aren't in our plan, but send someone to our office today.",
      'I want someone at our HQ by Monday, plan or no plan.',
    ],
  },
  {
    id: 'en.b.monetary.goodwill_money',
    category: 'monetary',
    calm: [
      'Our charity licence makes the first year free per the agreement, so please correct the invoice.',
      'Under our agreement the first year free applies to charities, please fix the invoice.',
      'Per the order form, the first three months free were promised; the invoice charges them.',
      'The first year free is in the deal we signed per the contract, so please reissue the bill.',
    ],
    kept: [
      'We want the first year free as a gesture.',
      'Give us the next three months free to make up for this.',
      'Three free months would be a fair gesture.',
    ],
  },
  {
    id: 'en.b.monetary.refund_period',
    category: 'monetary',
    calm: [
      'We were still charged after we cancelled; please refund the last three months of fees.',
      'You kept billing us after we terminated the contract, so please refund the last two months.',
      'Our card was debited after we cancelled in May, please refund the past four months.',
      'We were charged after we closed the account; kindly refund the last three months.',
    ],
    kept: [
      'Refund the last three months or else.',
      'Refund us the whole year, we are unhappy.',
      'I want you to refund the past three months because your support is slow.',
    ],
  },
  {
    id: 'en.restrictive.staying',
    category: 'restrictive',
    calm: [
      'I am staying here until the backup completes tonight.',
      'We are staying here until the migration finishes tonight, so call me if the batch stalls.',
      "I'll be sitting at my desk until the upgrade is done.",
      "I'm waiting here until the restore completes, then I'll send the log.",
    ],
    kept: [
      'I am staying here until you fix it.',
      "I'm staying in your lobby until the upgrade is done.",
      "We'll remain on this call until your manager calls.",
    ],
  },
  {
    id: 'en.b.insult.brush_off',
    category: 'insult',
    calm: [
      'Our lads were absolute numpties at the Christmas party; please restore the mailbox they deleted.',
      'Our interns were total numpties with the filter rules; please roll back.',
      'Our lads were absolute bozos with the router; please reset it.',
    ],
    kept: [
      'You absolute numpties.',
      'What a bunch of plonkers your support team are.',
      'Your engineers are complete bozos.',
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.e.unrelated.declared_not_ours',
    category: 'unrelated',
    calm: [
      '御社の製品ではないことは分かりましたので、メーカーに問い合わせます。',
      'そちらの製品じゃないのは分かりました。プリンタのメーカーに相談してみます。',
      '御社の製品ではないことは分かりましたので、販売店に確認します。',
      '御社の製品ではないことは分かりましたので、購入元に連絡します。',
    ],
    kept: [
      '御社の製品とは関係ないのですが、Excelの使い方を教えてください。',
      '御社のサービスではないことは承知していますが、プリンタの設定を見ていただけますか。',
      '御社とは関係ないことですが、家のWi-Fiを直してください。',
    ],
  },
  {
    id: 'ja.b.privacy.publish_staff',
    category: 'privacy',
    calm: [
      '担当者の実名は会員向け資料に載せないよう、社内に周知します。',
      '担当者の実名はSNSに載せないよう、社内に周知します。',
      'サポートの方のお名前は議事録に掲載しないことにしました。',
      '担当の方の通話録音は社外に共有しないよう徹底します。',
      '社員紹介のページを作るので、顔写真を載せてもいいですか？',
      '採用サイトに社員の実名と写真を載せたいのですが、問題ないでしょうか。',
    ],
    kept: [
      '担当者の実名と顔写真をSNSに晒します。',
      '対応した方の録音をYouTubeに上げます、全員の名前付きで。',
      '担当者の顔写真と実名を載せたまとめサイトを作ります。',
    ],
  },
  {
    id: 'ja.insult.incompetent / ja.k.insult.useless_bunch',
    category: 'insult',
    calm: [
      'この機能は使えないやつなんですか。',
      'このプランだと、それは使えないやつですか？',
      'そのボタンって使えないやつなんですか。',
      'このバージョンでは使えないやつでしょうか。',
    ],
    kept: ['使えないやつばかりだな。', 'お前は本当に使えないやつだ。', '担当が使えないやつで困る。'],
  },
  {
    id: 'ja.insult.kuzu_kasu_gomi',
    category: 'insult',
    calm: [
      'ゴミみたいな迷惑メールが毎日届きます。',
      'ゴミのような広告メールを自動で削除したい。',
      'ゴミみたいなスパムが大量に来るので、フィルタを強くしてください。',
      'ゴミみたいなメルマガが多すぎるので、まとめて止めたいです。',
    ],
    kept: ['ゴミみたいな対応だな。', 'お前らゴミだ。', 'ゴミみたいなサポートしかできないのか。'],
  },
  {
    id: 'ja.privacy.identify',
    category: 'privacy',
    calm: [
      '送信者の住所はもう調べてあります。',
      '差出人の住所は調べてありますので、警察に届けます。',
      '詐欺業者の住所は調べてあります。フィルタに追加してください。',
      '発信者の電話番号はもう調べてあります、ブロックの方法を教えてください。',
    ],
    kept: [
      '担当者さんの住所はもう調べてあります。',
      'あなたの自宅は知ってますよ。',
      '担当の家の最寄り駅、分かってますからね。',
    ],
  },
  {
    id: 'ja.w.defamation.invented_content / ja.x2.defamation.knowingly_false',
    category: 'defamation',
    calm: [
      '話を盛って拡散されたので、削除依頼の方法を教えてください。',
      '元社員に話を盛ってSNSに書かれ、拡散されてしまいました。',
      '競合に話を大げさに盛って投稿されました。拡散を止めたいです。',
      '話を盛った記事がネットで拡散され、被害を受けています。',
    ],
    kept: [
      '対応しないなら、話を盛ってSNSで拡散します。',
      '返金しないなら話をかなり盛ってYouTubeで暴露するから。',
      '拡散されたくなければ、話を盛って書いてやる記事を止めたければ返金しろ。',
    ],
  },
  {
    id: 'ja.persistence.every_interval / ja.b.persistence.every_until',
    category: 'persistence',
    calm: [
      '復旧するまで、毎日ご連絡をお待ちしています。',
      '毎日様子を見て、ご連絡をお待ちします。',
      '復旧するまで毎日ご連絡をお待ちしております。',
      '毎日メールを確認しながら、ご連絡をお待ちしています。',
      '毎朝チケットを見て、ご連絡をお待ちします。',
    ],
    kept: ['毎日電話しますから。', '1時間おきにメールを送り続けます。', '返事が来るまで毎日電話するからな。'],
  },
  {
    id: 'ja.sexual.body',
    category: 'sexual',
    calm: [
      '下着の写真が載った通販の広告メールが隔離されません。',
      '女性用下着の通販サイトからの広告メールが届きます。写真が多いです。',
      '水着や下着の写真がある商品カタログのメールがブロックされます。',
      '下着の写真入りの広告が、なぜか私のメールに表示されます。',
    ],
    kept: [
      'あなたの下着の写真を送って。',
      '担当のお姉さん、下着は何色？',
      '今度会う時は下着なしで来てね、担当さん。',
    ],
  },
  {
    id: 'ja.e.exchange.no_defect_declared / ja.b.exchange.reallocate',
    category: 'exchange',
    calm: [
      '不具合はありませんでしたが、新しいプランへの切り替え手順を教えてください。',
      '不具合はないのですが、上位プランへの切り替え方法を教えてください。',
      '不具合はございませんが、新しい端末への交換手順を教えていただけますか。',
      '壊れてはいないのですが、機種変更のやり方を知りたいです。',
    ],
    kept: [
      '不具合はありませんが、無償で新しい機種に交換してください。',
      '壊れてはいないけど、新型に交換してほしい。',
      '不具合はないです。ただ使いづらいので全部交換してください。',
    ],
  },
  {
    id: 'ja.restrictive.wont_leave / ja.w.restrictive.staff_kept / ja.b.restrictive.sit_in / ja.b.restrictive.stay_put',
    category: 'restrictive',
    calm: [
      '読み込みのバーがここから動かないままです。',
      'ここから動かないでいいですか。',
      '画面から動かないです。',
      '受付から動かないでくださいと案内されました。',
      '進捗のバーがここから動かないです。',
      'ここから動かないでいいですか、それとも受付に戻りますか。',
      'マウスのカーソルがここから動かないままです。',
      'この画面から動かないですね、何か設定が必要ですか。',
      'ログイン後、最初の画面から動かないです。',
      '席から動かないでいいですか？',
      '会議室から出ないでと言われたので、待っています。',
      'ロビーから動かないようにと指示されたので、ここで待機しています。',
      '受付から離れないでとご案内いただきました。',
    ],
    kept: [
      '返金するまでここから動かないぞ。',
      '社長が来るまでここから一歩も動きません。',
      '画面から離れるな。',
      '席から動くな、まだ終わってない。',
      '電話から離れさせないぞ。',
      '御社の受付から動きませんよ、社長を出してください。',
      '寝袋を持参して御社に伺います。',
    ],
  },
  {
    id: 'ja.insult.contempt',
    category: 'insult',
    calm: [
      '誰に口きいてもらえばいいか分かりません。',
      '誰に口きいていただければ話が早いでしょうか。',
      '社内で誰に口きいてもらうのがいいか相談中です。',
      '上司に誰に口きいてくれるか聞いてみます。',
    ],
    kept: ['誰に口きいてると思ってんだ。', '誰に向かって口をきいているんだ。', 'お前、誰に口きいてんの？'],
  },
  {
    id: 'ja.x.defamation.slander_site',
    category: 'defamation',
    calm: [
      'ネットに顔写真を載せても大丈夫ですか？社員紹介ページを作りたい。',
      '社員紹介のページを作るので、顔写真を載せてもいいですか？',
      '当社の社員紹介ページを作りました、顔写真の画像が表示されません。',
    ],
    kept: [
      '無能社員一覧というサイトを作って、お前の写真を載せてやる。',
      '担当者を詐欺師呼ばわりするまとめページを作って顔写真を載せます。',
      '御社の悪徳ぶりを告発するブログを書きます、担当の実名付きで。',
    ],
  },
  {
    id: 'ja.sexual.advances / ja.b.sexual.intimate_invite',
    category: 'sexual',
    calm: [
      '俺とデートしてくれる人募集、ってスパムが来てます。',
      'デートしませんか、という件名の迷惑メールをブロックしたい。',
      '飲みに行こうよ、みたいな勧誘メールが多いです。',
      '今度ご飯でもどう、という迷惑メールがよく届きます。',
    ],
    kept: ['今度デートしようよ、担当のお姉さん。', '仕事終わったら飲みに行こうよ。', '彼氏いるの？'],
  },
];

describeGuardTables('calm-5 veto (Japanese)', JA_VETOES, 'ja');
describeGuardTables('calm-5 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-5 narrowed rules (Japanese)', JA_NARROWED, 'ja');

describeRuleFile('calm-5 Japanese vetoes: the rule file', JA_FILE, {
  lang: 'ja',
  idPrefix: 'ja.c5.',
  testedRuleIds: () => [],
  testedGuardIds: () => JA_VETOES.map((g) => g.id),
});
