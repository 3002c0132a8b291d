/**
 * Calm-fix-11: the false alarms of training set t83 (hard negatives: angry but legitimate customers), each fixed by
 * an `unless` on the firing rule or a veto clause in its own file (comments there name calm-fix-11), and one fix in
 * sentence segmentation (test/unit/policy/sentences.test.ts). One calm/kept table per narrowed rule, judged by the
 * whole engine: calm sentences (other phrasings of the same calm meaning) must not be found as the category, kept
 * sentences (the demand or threat the rule exists for, sharing their words) must still be. The sentences were
 * written for this test.
 */
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN: GuardTable[] = [
  {
    // en.yaml
    id: "en.excessive.short_deadline (narrowed: the customer's own event is that close)",
    category: 'excessive',
    calm: [
      'Straight answer please: were we affected by the breach? Our board meets in 2 hours and I need to know.',
      'Our audit starts in an hour, so I need a quick answer on whether the patch is applied.',
      'My flight leaves in 30 minutes; please reply by email and I will read it when I land.',
      'The investor presentation begins in two hours and I need an answer on the uptime figure.',
      'We go live in 3 hours, so I need a yes or no on whether the certificate renewal is done.',
    ],
    kept: [
      'Our board meets in 2 hours, so I want this fixed within 30 minutes.',
      'I want this fixed in 1 hour. Your demo is in 2 hours anyway.',
      'You have 30 minutes to get this working.',
      'I need an answer in 2 hours or I go to your CEO.',
      'Our board meets in 2 hours and I need it fixed in 1 hour, or else.',
      'I expect a solution within 15 minutes.',
    ],
  },
  {
    // en-broad.yaml
    id: 'en.b.discriminatory.gender_origin_pick (narrowed: a same-gender engineer for patients or faith)',
    category: 'discriminatory',
    calm: [
      'Our patients have asked that only women see their records, so could a female engineer take the remote session?',
      'We are a maternity clinic; if possible, please send a female engineer for the screen share with the medical files.',
      'For religious reasons our staff prefer a female engineer on site in the prayer room wing, if one is available.',
      "The shelter's residents are domestic violence survivors, so we would ask for a female technician for the visit.",
      'Because of our patients, could the engineer on Thursday be a woman? If not, we will hide the folders.',
    ],
    kept: [
      'I want a male engineer, not some girl who can barely type.',
      'Send a male engineer. Women do not understand firewalls.',
      'Only a young female agent, please, the pretty one from last time.',
      'I want a Japanese engineer only, no foreigners.',
      'Get me a male agent, I am not talking to a woman about this.',
    ],
  },
  {
    // en-indirect.yaml
    id: 'en.x.excessive.engineer_available_message (narrowed: the plan that covers it is named)',
    category: 'excessive',
    calm: [
      "what the hell happened with last night's update?? our kiosks are stuck in a boot loop. we're on Premier - I need an engineer on a call with us right now please.",
      "What the hell happened overnight? Half our laptops won't boot. We're on Premier, I need an engineer on a call now.",
      'Last night the update broke our VPN. We are on the 24/7 plan, so I need an engineer on a call with us right away.',
      'Since midnight our mail flow is down. We are on Enterprise; please get an engineer on the bridge.',
      'Our premium support plan covers this: I need an engineer on standby through tonight while we restore.',
    ],
    kept: [
      'I want an engineer on call for us all weekend, free of charge.',
      'Have an engineer available on the phone every night this week until 2am.',
      'Keep one of your engineers on standby over the holidays for us.',
      'I expect your team on the bridge all night, and I am not paying extra.',
    ],
  },
  {
    // en.yaml
    id: 'en.defamation.publish_threat (narrowed: an opinion given to peers when they ask)',
    category: 'defamation',
    calm: [
      "The renewal went up 40% with nothing new. I'll be telling my peers exactly that when they ask what we use.",
      "When colleagues ask about your product, I'll tell them the support has been slow this year.",
      "If anyone asks, I'll tell them honestly that the migration was painful.",
      "I'm going to share my experience with other clinic owners whenever they ask which vendor to pick.",
    ],
    kept: [
      "I'll tell everyone I know that you are scammers.",
      "When people ask, I'll tell them you steal customer data, and I'll post it online too.",
      "I'm going to post on every forum that your company is a fraud.",
      "I'll be telling my peers you're crooks unless you refund us.",
    ],
  },
  {
    // en-indirect.yaml
    id: "en.x.unrelated.other_product (narrowed: the customer's servers where the agent's fault shows)",
    category: 'unrelated',
    calm: [
      'The agent leaves orphaned scan processes on each file server until we kill them. Is there a fix planned?',
      'Scans time out on all of our file servers since the update. Could you check the agent logs?',
      'The sensor uses 90% CPU across our Windows file servers at night; please help us tune it.',
      'Could you help us find why the agent stopped reporting from several file servers?',
      'We have 14 file servers that cannot be patched until the 28th. Is there a detection for this exploit?',
      'The Vault backup of our file server fails on one share only. Is there a path length limit?',
    ],
    kept: [
      'Can you fix our file server? It is a Synology and the disks are failing.',
      'Please help us set up a new file server for the accounting team.',
      'Could you configure the file server itself? The RAID has degraded.',
      'While you are at it, please reinstall the OS on our file server.',
    ],
  },
  {
    // en.yaml
    id: 'en.persistence.keep_contacting (narrowed: pressing on through the official channels)',
    category: 'persistence',
    calm: [
      "I'm going to keep pushing on this through the proper channels until the documentation is corrected.",
      'We will keep escalating via the official process until there is a fix.',
      "I'll continue following up through the appropriate channels until we have a root cause.",
    ],
    kept: [
      "I'm going to keep calling until someone fixes this.",
      'I will keep emailing every hour until you give me a refund.',
      "We'll keep calling your sales team every day until you agree.",
    ],
  },
  {
    // en-indirect.yaml en.x.veto.published_refund (narrowed: not when the window is said to have passed)
    id: 'en.x.veto.published_refund (narrowed: the refund window has passed)',
    category: 'monetary',
    calm: [
      'Under your 30-day money-back guarantee, please refund the licence we bought last week.',
      'We are still inside the 14-day cancellation period, so please cancel the seats and refund them.',
      'Per the 30-day refund policy, could you refund the add-on we ordered on Monday?',
    ],
    kept: [
      'I know the 30-day refund window passed last year, but please refund all three years of fees.',
      'The 14-day cancellation period has long expired, but refund the whole contract anyway.',
      'We are outside the 30-day refund window, but I want every yen of the last two years back.',
    ],
  },
  {
    // en.yaml (t86)
    id: 'en.exchange.swap (narrowed: a feature switched on)',
    category: 'exchange',
    calm: [
      "That's exactly what we need. We'll switch it on Monday morning, so feel free to close this.",
      'Thanks, we will switch them off for the kiosks and keep them for the laptops.',
    ],
    kept: [
      'Switch our Business plan to Enterprise for free, nothing is broken, we just want it.',
      'Swap the 50 Standard licences for Premium at no cost.',
    ],
  },
  {
    // en.yaml (t86)
    id: 'en.excessive.dedicated (narrowed: a contact person for a claim)',
    category: 'excessive',
    calm: [
      'Our insurer may contact you. Could you give us a named contact for those enquiries?',
      'Please give us a single point of contact for this audit, and the service terms of March.',
    ],
    kept: [
      'We want a dedicated engineer assigned to us permanently, free of charge.',
      'Assign us our own named engineer who answers only our tickets.',
    ],
  },
  {
    // en.yaml (t84, t86)
    id: 'en.unrelated.appliance (narrowed: the device blocked by the product)',
    category: 'unrelated',
    calm: [
      'After the update the Endpoint agent blocks our label printers. Is there a permanent fix?',
      'Scans from the 3rd floor copier are still being blocked; was the exclusion applied?',
      'The sensor is blocking the printer spooler, how do I add an exclusion?',
    ],
    kept: [
      'Can you fix our office printer? It jams every morning.',
      'Please set up the new copier on the 3rd floor for us.',
    ],
  },
  {
    // en.yaml (t84)
    id: 'en.violence.assault (narrowed: endpoints hit by a rollout)',
    category: 'violence',
    calm: [
      "Okay, we'll hit them in batches of 100 then. Thanks.",
      'The script will hit it at once with the update tonight; should we stagger it?',
    ],
    kept: [
      "If I see that engineer again I'll hit him.",
      'Someone should hit your support manager in the face.',
    ],
  },
  {
    // en-gen.yaml (t84)
    id: "en.gn.privacy.staff_particulars (narrowed: the customer's own data handling)",
    category: 'privacy',
    calm: [
      'For our GDPR clean-up: does Vault store any employee home addresses or personal phone numbers in user profiles? We need to purge that kind of personal data from every system.',
      'For our GDPR clean-up: does Vault store any employee home addresses or personal phone numbers in user profiles?',
      'Which fields hold personal data such as home addresses, so we can purge them under our retention policy?',
    ],
    kept: [
      "Give me your engineer's home address and personal phone number.",
      'I want the home address of the agent who closed my ticket.',
    ],
  },
  {
    // en.yaml (t84)
    id: 'en.unrelated.personal_device (narrowed: whether the product covers staff working from home)',
    category: 'unrelated',
    calm: [
      'Several of our staff work from home on their own routers. Does Edge protect traffic on home networks?',
      'Will the agent secure laptops on home Wi-Fi, or do staff need a VPN?',
    ],
    kept: [
      'Can you fix my home Wi-Fi router? The kids cannot get online.',
      'Please set up my own router at home, it keeps dropping.',
    ],
  },
  {
    // en.yaml (t85)
    id: 'en.insult.adjective_staff (narrowed: the software agent, not a person)',
    category: 'insult',
    calm: [
      'what did you ship in 7.5? the damn agent eats 90% CPU on every laptop during the scan.',
      'The stupid sensor keeps crashing on our build servers since Monday.',
    ],
    kept: ['Your useless agents never read a ticket.', 'The damn agent I spoke to was useless and rude.'],
  },
  {
    // en.yaml (t85)
    id: 'en.excessive.free_work (narrowed: an exclusion configured, a code-signing certificate)',
    category: 'excessive',
    calm: [
      "We'd like to add an exclusion by code-signing certificate rather than by path. Is that supported?",
      'Could you help us add an exception for our in-house tool? It is being quarantined.',
    ],
    kept: [
      'Build us a custom integration with our ERP for free.',
      'Write a custom script for our helpdesk at no extra cost.',
    ],
  },
  {
    // en-pressure.yaml (t85)
    id: 'en.a.defamation.wrongdoing_spread (narrowed: what the detection decided)',
    category: 'defamation',
    calm: [
      'Every build on our CI runners got quarantined because Sentinel decided our compiler output is ransomware. Please tell me how to exclude it.',
      'The engine flagged our own installer as malware again; can you whitelist it?',
    ],
    kept: [
      "I'll tell every client of yours that your company takes bribes.",
      'I will post on LinkedIn that your CEO steals customer data.',
    ],
  },
];

const JA: GuardTable[] = [
  {
    // ja.yaml ja.veto.meta
    id: 'ja.insult.baka_aho (vetoed: a quoted word contained in a name, mentioned)',
    category: 'insult',
    calm: [
      '取引先「アホウドリ運輸」からのメールが隔離されます。社名に含まれる「アホウ」が原因でしょうか。',
      '件名に含まれる「バカ」という文字で誤検知されているようです。',
      '商品名に含まれている「アホ」の部分でブロックされたようです。除外できますか。',
      'ファイル名に含まれる「バカ」が引っかかって添付が削除されました。',
    ],
    kept: [
      'お前ら本当にアホだな。',
      'バカじゃないの？何回同じこと言わせるんだよ。',
      'このアホ担当、さっさと直せ。',
      '社名に含まれる文字なんかどうでもいい、お前はバカか。',
    ],
  },
  {
    // ja-deep.yaml
    id: 'ja.d.excessive.known_out_of_plan (narrowed: the fault, not the plan, is what the customer knows)',
    category: 'excessive',
    calm: [
      '三度目の遅延で正直キレそうです。でもサポートの方のせいじゃないのは分かってます。ログを見ていただけますか。',
      'サポートの皆さんの責任じゃないのは分かっていますが、原因を調べていただけますか。',
      'サポートの方のせいではないのは承知していますが、至急ご確認ください。',
    ],
    kept: [
      '平日のみのプランなのは分かってますが、今週末も対応してください。',
      '保守契約の対象外なのは承知しておりますが、無償で対応していただけますか。',
      'サポートが平日日中のみなのは分かっていますが、夜間も電話に出てほしい。',
    ],
  },
  {
    // ja.yaml
    id: 'ja.insult.incompetent (narrowed: slang about a screen or feature, no person in the sentence)',
    category: 'insult',
    calm: [
      'この新しいレポート画面マジ使えねー。30日分を一括で出す方法ないですか？',
      '管理画面の検索、ほんと使えねえ…部分一致にできませんか。',
      '今回のアップデートのダッシュボード、全然使えない。前の表示に戻せますか。',
      'このフィルタ機能使えなさすぎでしょ笑 正規表現は使えますか？',
    ],
    kept: [
      'この画面のことも分からないなんて、担当マジ使えねー。',
      'お前ら本当に使えねえな。',
      '画面の説明もできない役立たずの社員しかいないのか。',
      'サポートの人、マジ使えねー。',
    ],
  },
  {
    // ja.yaml
    id: 'ja.monetary.damages (narrowed: compensation expressly not what is asked, 〜を求めるものではなく)',
    category: 'monetary',
    calm: [
      '誠意あるご回答をお願いします。ここでいう誠意とは、金銭的な補償を求めるものではなく、原因の説明です。',
      '賠償を請求するものではありませんので、経緯を文書でご説明ください。',
      '補償を求めるものではございません。再発防止策を具体的にお示しください。',
    ],
    kept: [
      '金銭的な補償を求めます。',
      '慰謝料として10万円お支払いください。',
      '損害賠償を請求します。',
      '迷惑料を払ってください。',
    ],
  },
  {
    // ja-wants.yaml
    id: 'ja.wa.monetary.refund_as_condition (widened: 返金がなければ, and 流します as the threat)',
    category: 'monetary',
    calm: [
      '返金がなければ、来月の請求で相殺していただけますか。',
      '返金が難しい場合は、次回更新時の値引きでも構いません。',
      '返金に応じられない理由を教えていただけますか。',
    ],
    kept: [
      '今週中に全額返金がなければ、担当者の名前を付けてTikTokに上げます。',
      '返金に応じないなら、「御社は顧客のデータを売っている」とSNSで流します。',
      '全額返金がないなら、業界中に御社の悪評を言いふらしますよ。',
    ],
  },
  {
    // ja-wide.yaml (t86)
    id: 'ja.w.unrelated.not_your_product (narrowed: the unrelated part set aside before the real question)',
    category: 'unrelated',
    calm: [
      '税関の新システムで現場は混乱しています。こちらは御社とは無関係なのですが、問題は返信メールがSPF不一致で弾かれていることです。',
      '取引先の会計ソフトの件は御社とは無関係ですが、ご相談はその請求書メールが隔離される点です。',
    ],
    kept: [
      '御社とは無関係なのですが、自宅のプリンターも見ていただけますか。',
      '御社の製品とは関係ないけど、会計ソフトの設定も手伝ってほしい。',
    ],
  },
  {
    // ja-indirect.yaml (t87)
    id: "ja.x.excessive.beyond_scope (narrowed: the customer's own staff named)",
    category: 'excessive',
    calm: [
      '協力会社の現場責任者から弊社の情シス担当宛てに、以下のメッセージが届きました。',
      '社内のヘルプデスク担当者から問い合わせがありました。ログを確認していただけますか。',
    ],
    kept: [
      '弊社の社内ヘルプデスクを御社で担当してください。',
      '社内の情シス業務をそのまま代行していただけますか。無償で。',
    ],
  },
  {
    // ja-broad.yaml (t84)
    id: 'ja.b.unrelated.other_software (narrowed: a business contact on another tool)',
    category: 'unrelated',
    calm: [
      '今後のやり取りのために、担当者様のTeamsのアカウントを教えていただくことは可能でしょうか。',
      'Slackの連絡先を共有いただけると助かります。',
    ],
    kept: [
      '弊社のTeamsの会議室の設定を見ていただけますか。',
      'Zoomのライセンスの更新手続きも手伝ってほしい。',
    ],
  },
  {
    // ja-indirect.yaml, ja-broad.yaml (t85)
    id: 'ja.x.excessive.dedicated_channel, ja.b.excessive.tight_deadline (narrowed: as the Premier contract says)',
    category: 'excessive',
    calm: [
      'プレミア契約なので、契約どおり15分以内にインシデント対応の方をこのブリッジに入れてください。',
      'プレミアプランの契約通り、15分以内に折り返しをお願いします。',
    ],
    kept: ['10分以内に返信しろ。', '弊社専用のSlackチャンネルを無償で作ってください。'],
  },
  {
    // ja-indirect.yaml (t85)
    id: 'ja.x.intimidation.punish_staff (narrowed: punishment expressly not sought)',
    category: 'intimidation',
    calm: [
      '担当者の処分を求めるものではなく、対応プロセスを見直していただきたいという趣旨です。',
      '友田様の懲戒を要求するものではございません。経緯のご確認をお願いします。',
    ],
    kept: ['担当の友田さんの処分を求めます。', 'あの担当者をクビにしてもらいます。'],
  },
  {
    // ja-broad.yaml (t85)
    id: "ja.b.excessive.custom_work (narrowed: the customer's own report)",
    category: 'excessive',
    calm: [
      '社内の事故報告書を作成しております。経緯を記した文書を2週間以内にいただけますと幸いです。',
      '報告書を作成中ですので、原因の説明を今週中にいただけますか。',
    ],
    kept: ['弊社向けの報告書を無償で作成してください。', '社内用のマニュアルを今日中に作ってください。'],
  },
];

describeGuardTables('calm-fix-11 narrowed rules (English)', EN, 'en');
describeGuardTables('calm-fix-11 narrowed rules (Japanese)', JA, 'ja');
