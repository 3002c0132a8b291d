/**
 * The round on training sets t100–t103 (policy 2026.12.02.6): false alarms on public-sector mail, chat slang,
 * threads and transcripts, and the contractual side of demands, cleared by new vetoes (en.yaml, ja.yaml), new
 * `unless` patterns on existing rules, a mask widened, and lead-in cues of the customer-conduct pass
 * (src/policy/customer-conduct.ts). Each table's calm texts were written for this test (not taken from any corpus)
 * and must not be flagged with the category; its kept texts, the same situation with the conduct itself, must still
 * be. Every calm text was checked to be flagged on the previous policy (2026.12.02.5).
 */
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.mask.idioms (shoot you the headers)',
    category: 'violence',
    calm: [
      "kk i'll shoot you the full trace in a sec, the export is still running",
      'kk ill shoot u the full logs in a sec, the portal makes them so annoying to export 🙄',
    ],
    kept: ["I'll shoot you the moment you walk out of that office.", 'Fix it today or I will shoot you.'],
  },
  {
    id: 'en.hm.violence.hunt_down (unless: a twist into thanks)',
    category: 'violence',
    calm: [
      "If you ever move to Osaka I'm hunting you down to buy you dinner, you saved our quarter.",
      'You fixed it in ten minutes. I will hunt you down and thank you in person one day.',
    ],
    kept: ['I will hunt you down and make you pay for this.'],
  },
  {
    id: "en.kneel_demand.kneel (unless: the customer's own grovelling)",
    category: 'kneel_demand',
    calm: [
      'Had to grovel to our finance director all morning because of the invoice mix-up. Can you resend the corrected PDF?',
      'I had to go upstairs to the board and basically grovel for the outage. Could you send me a short summary for them?',
    ],
    kept: ['Your manager should grovel in front of our staff for this.'],
  },
  {
    id: 'en.kneel_demand.in_person (unless: someone on our side had to apologise)',
    category: 'kneel_demand',
    calm: [
      'Our CEO has had to apologise publicly to our members because of the delay. Please send the incident timeline.',
    ],
    kept: ['Your CEO must apologise publicly on your website by Friday.'],
  },
  {
    id: 'en.veto.own_apology_letter (need to; to N of our own clients)',
    category: 'kneel_demand',
    calm: [
      'We need to send an apology letter to 12 of our own clients by Friday; could you confirm which messages were misrouted?',
    ],
    kept: ['Your president will hand us a signed apology letter by Friday.'],
  },
  {
    id: "en.restrictive.staying (unless: other people's sit-in)",
    category: 'restrictive',
    calm: [
      'Farmers protesting the water tariff have announced a sit-in at the prefectural office on Monday. Can we raise the inbound limit for that week?',
    ],
    kept: ['I am staging a sit-in at your reception until you refund us.'],
  },
  {
    id: 'en.veto.consent_asked',
    category: 'privacy',
    calm: [
      "Your talk will be recorded and posted on the association's YouTube channel with speakers' names shown on screen. If you would prefer that your name not be shown, just tell us and we will leave it out.",
    ],
    kept: ['The recording of your engineers with their names shown goes on YouTube tonight.'],
  },
  {
    id: 'en.veto.advice_trust_me',
    category: 'intimidation',
    calm: [
      "Kenta, wait for the vendor's answer. If we switch DMARC to reject with the old SPF, you'll regret it, trust me.",
    ],
    kept: [
      "You'll regret this, trust me, I know people.",
      "Move us to the bigger plan for free. If you don't, you'll regret it, trust me.",
      'Answer in ten minutes or I call your CEO, and trust me, you will regret it.',
    ],
  },
  {
    id: 'en.t.excessive.standby_out_of_hours (unless: a named clause of the plan)',
    category: 'excessive',
    calm: [
      'Per the "weekend cutover support" in our Enterprise plan, could someone be on standby on Sunday night? Please confirm.',
    ],
    kept: ['Could you have someone on standby on Sunday night for us, free of charge?'],
  },
  {
    id: 'en.veto.review_offered',
    category: 'defamation',
    calm: [
      "We're writing a post-mortem for our engineering blog that names the MailGuard rule change as the trigger. Would you like to review the draft before we publish it, so we don't state anything inaccurate?",
    ],
    kept: ["I'm going to post on our blog that you're a bunch of scammers unless you refund us."],
  },
  {
    id: 'en.veto.someone_sending',
    category: 'intimidation',
    calm: [
      "Someone is sending emails from a lookalike domain using our CFO's name, telling our suppliers we're a scam and that they should stop delivering. Which users got them?",
    ],
    kept: ['I will tell your distributors to stop shipping to you until you pay.'],
  },
  {
    id: 'en.veto.software_called_names',
    category: 'insult',
    calm: ['outlook for mac is being a complete idiot today and drops the attachments. known issue?'],
    kept: ['You are being a total idiot again. Read my ticket.'],
  },
  {
    id: 'en.veto.not_literally',
    category: 'violence',
    calm: [
      "My brother wiped the shared calendar again, I'm going to kill him (not literally). Can you restore it?",
    ],
    kept: [
      "I'm going to kill your engineer.",
      "I'm not speaking figuratively. I will break your engineer's legs if this happens again.",
    ],
  },
  {
    id: 'en.veto.visit_to_thank',
    category: 'excessive',
    calm: [
      'Our president would like to visit your office next week in person to thank the engineers who worked through the night on our recovery.',
    ],
    kept: [
      'Send an engineer to our office next week and fix this in person, at your cost.',
      'Your president should come to our office next week to thank us for our patience, and bring your engineer to fix it on site.',
    ],
  },
  {
    id: 'en.veto.visitors_signed_in',
    category: 'excessive',
    calm: [
      "For tomorrow's onboarding workshop at your office we'll be in the lobby at 9:30. Could someone come down and sign us in?",
    ],
    kept: ['Send someone down to our office tomorrow and fix this in person.'],
  },
  {
    id: 'en.veto.own_product_asked',
    category: 'unrelated',
    calm: [
      'I know the proxy is not your product, I just need the list of MailGuard sending IPs so we can allow them through it.',
    ],
    kept: [
      "I know it's not your product, but could you fix my home printer anyway?",
      'I just need your engineer to fix my home printer this evening, it is not your product but you are the experts.',
    ],
  },
  {
    id: "en.excessive.after_hours (unless: when the customer's own work happens)",
    category: 'excessive',
    calm: [
      'If the cutover goes wrong on Sunday my boss will have my head, so can you go through the rollback plan with me today?',
    ],
    kept: ['Have an engineer call me on Sunday to walk me through it.'],
  },
  {
    id: 'customer-conduct: "sent the message below …:" announces reported words',
    category: 'intimidation',
    calm: [
      'A former employee sent the message below to our CEO last night and again this morning:\n\n---\nYou will regret firing me. I will leak everything to the press.\n---\n\nCan you find every message he sent us this year?',
    ],
    kept: ['You will regret this. I will leak everything to the press.'],
  },
  {
    id: 'customer-conduct: a fake mail quoted (phishing-test templates)',
    category: 'monetary',
    calm: [
      'This quarter\'s templates (fake parcel notices and a fake "final warning: pay this invoice or we will take legal action" mail) are all quarantined. Which headers should we allow-list?',
    ],
    kept: ['Pay this invoice of compensation for our lost orders now or we will take legal action.'],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.veto.consent_asked',
    category: 'privacy',
    calm: [
      '社内報で、先日ご講演いただいた山本様のお名前とお写真を掲載したいと考えております。ご本人のご了解が前提ですので、掲載をご希望されない場合はお知らせください。',
    ],
    kept: ['担当の山本の顔写真と名前をネットに掲載してやる。'],
  },
  {
    id: 'ja.veto.own_staff_waiting',
    category: 'restrictive',
    calm: [
      '明日の夜間切替作業では、弊社は全員が残って待機しております。終わるまで帰りませんので、何かあればご遠慮なくご連絡ください。',
    ],
    kept: ['返金するまで帰りませんからね。'],
  },
  {
    id: 'ja.veto.refund_per_terms',
    category: 'monetary',
    calm: [
      '無料期間中のはずが課金されていました。規約上、無料期間中は課金されないと記載されておりますので、返金をお願いいたします。',
    ],
    kept: [
      '利用規約には解約月の翌月以降は課金されないと記載されていますが、それとは別に慰謝料として10万円払ってください。',
    ],
  },
  {
    id: 'ja.veto.contract_clause_money (と定められております)',
    category: 'monetary',
    calm: [
      'ご契約書第8条では、障害が月4時間を超えた場合に月額の10%を返金すると定められております。\n先月は6時間止まりましたので、返金をお願いいたします。',
    ],
    kept: [
      'ご契約書第8条では、障害が月4時間を超えた場合に月額の10%を返金すると定められております。\nそれに加えて迷惑料として50万円を支払ってください。',
    ],
  },
  {
    id: 'ja.insult.baka_aho (unless: a program called names)',
    category: 'insult',
    calm: ['Outlookがほんとアホで、添付ファイルが勝手に消えます。設定を教えてください。'],
    kept: ['担当者がアホすぎて話にならない。'],
  },
  {
    id: "ja.j.privacy.home_life_known (unless: the customer's own parents)",
    category: 'privacy',
    calm: [
      '実家の親のパソコンに「ウイルスに感染しました」と出て固まっているらしいです。対処法を教えてもらえませんか',
    ],
    kept: ['担当さんのご実家の親御さん、お元気ですか。'],
  },
  {
    id: 'ja.b.defamation.quoted_label (unless: praise in quotation marks)',
    category: 'defamation',
    calm: [
      '社内では御社のサポートを「神対応」と紹介する記事を社内報に掲載しました。担当の方によろしくお伝えください。',
    ],
    kept: ['御社のことを「詐欺会社」とネットに書き込みます。'],
  },
  {
    id: 'ja.b.excessive.odd_hours (unless: what a log shows at night)',
    category: 'excessive',
    calm: ['毎晩2時前後にログイン失敗の記録が残っております。原因を調べる方法はありますか。'],
    kept: ['深夜2時でも残って対応してください。'],
  },
  {
    id: 'ja.x.monetary.apology_gift (unless: a gift the customer brings)',
    category: 'monetary',
    calm: ['来週御社に伺う際は、手ぶらでは申し訳ないので菓子折りを持参させていただければと存じます。'],
    kept: ['お詫びの品くらい持って来てくださいよ。'],
  },
  {
    id: 'ja.d.excessive.off_hours_also (unless: hours the plan includes)',
    category: 'excessive',
    calm: ['プレミアムプランなので、夜間でも障害対応をお願いできますよね?'],
    kept: ['夜間も同様に対応をお願いします。'],
  },
  {
    id: 'ja.veto.own_setup',
    category: 'unrelated',
    calm: [
      '他社製の基幹システムの設定はこちらで対応しますので、保留の理由と許可リストへの登録方法を教えてください。',
    ],
    kept: ['他社製品の設定も教えてください。'],
  },
];

describeGuardTables('t100–t103 round: English vetoes, unless patterns and cues', EN_GUARDS, 'en');
describeGuardTables('t100–t103 round: Japanese vetoes, unless patterns and cues', JA_GUARDS, 'ja');
