/**
 * Calm false alarms fixed at their root (the calm-fix round), run through the
 * real policy file and engine, so every rule file and every veto is in play.
 *
 * Most were fixed by narrowing the firing rule in its own file (an `unless` or
 * a tighter pattern); each of those has a table here titled by the rule id.
 * The rest are vetoes of config/rules/calm-fix-en.yaml / calm-fix-ja.yaml
 * (ids en.cf.veto.* / ja.cf.veto.*), for calm messages that several rules flag
 * alike or whose reason sits in another sentence than the hit.
 *
 * Every table: calm messages in which the whole engine must not find the
 * category, and kept messages (the harassment or inappropriate demand the rule
 * was written for) in which it still must. All written for this test; none is
 * taken from a corpus or a training set.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable, RuleFileIds } from '../../support/rule-engine.js';

const EN_FILE = 'config/rules/calm-fix-en.yaml';
const JA_FILE = 'config/rules/calm-fix-ja.yaml';

/** Narrowed rules of other files (English). */
const EN_RULES: GuardTable[] = [
  {
    id: 'en.privacy.publish / en.l.privacy.name_in_press',
    category: 'privacy',
    calm: [
      'We will publish the names of your engineers who completed the certification in our newsletter — is that OK with them?',
      "We'll publish your engineers' names in our newsletter since they completed the certification, is that OK with them?",
      "We're going to share your agents' names in our customer bulletin to thank them for the migration, if they agree.",
      'We will post the names of your engineers who passed the security training on our partner page, with their permission.',
      "We'll publish your engineers' names in the awards article to congratulate them.",
    ],
    kept: [
      "I'll publish the names of your engineers online so everyone knows who broke our mail.",
      "We will post your agent's full name and photo on Twitter unless you refund us today.",
      "I'm going to share your engineers' names in my review of this useless company.",
      "We'll publish your engineers' names in our newsletter so all 5,000 subscribers know who to blame.",
    ],
  },
  {
    id: 'en.excessive.free_work',
    category: 'excessive',
    calm: [
      'We will run our own training session at each branch, could you send the slides?',
      'Our trainers will run our own training sessions at each site, could you share the deck?',
      "We'll build our own dashboard for our managers, could you send the field list?",
      'I will write our own scripts for the export; can you confirm the rate limits?',
    ],
    kept: [
      'Could you run a custom training session for our staff for free?',
      'Build us a custom connector for our legacy system for free, please.',
      'We expect you to write custom scripts for our own archive at no extra cost.',
    ],
  },
  {
    id: 'en.monetary.compensation',
    category: 'monetary',
    calm: [
      'Please add the lost sales report to our dashboard export.',
      'Could you add the lost sales report to our dashboard export?',
      'We need the lost revenue dashboard to show the quarantine counts too.',
      'The lost orders field is missing from the CSV; could you check the mapping?',
    ],
    kept: [
      'We expect you to cover our lost sales for the week of the outage.',
      'We demand compensation for the lost revenue.',
      'Please pay for our lost orders during the downtime.',
    ],
  },
  {
    id: 'en.monetary.pay_amount',
    category: 'monetary',
    calm: [
      'Could you send an engineer to our office? We understand this is outside our plan and will pay for it.',
      'We understand the visit is outside our plan and will pay for it.',
      "We know this is an extra and we're happy to pay for it.",
      "Your engineer will come to our office tomorrow. We know on-site is not in our plan and we won't pay for it.",
    ],
    kept: ['You will pay for this.', 'I will make you pay for this.', 'Pay us 500,000 yen or else.'],
  },
  {
    id: 'en.b.restrictive.nobody_leaves / en.restrictive.not_hanging_up',
    category: 'restrictive',
    calm: [
      "I'm not leaving the office until 8, so call me before then.",
      "We're not leaving the office until 7pm, so any time before that works.",
      'I am not leaving the building until 7pm, you can reach me there.',
      "We're not leaving the office until late tonight, so feel free to call.",
    ],
    kept: [
      "I'm not leaving your office until you refund me.",
      "We're not leaving until this is fixed.",
      'We are not leaving the lobby until your manager comes down.',
      "I'm not leaving this chat until you escalate it.",
    ],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'I am not leaving the building until 7pm, you can reach me there.',
      "I'm not leaving the office until 9pm, so call me any time before then.",
      'We are not leaving the office until 8pm, email us before then.',
    ],
    kept: [
      'We need your engineers online tonight until we finish the cutover.',
      'Someone from your team must be on call this weekend.',
      'Have an engineer answer our calls until 11pm every night.',
    ],
  },
  {
    id: 'en.defamation.slander',
    category: 'defamation',
    calm: [
      "Please flag messages from that domain as spam, they're scammers.",
      'Could you mark mail from these senders as junk, they are fraudsters.',
      "Please add that address to the deny list, they're crooks pretending to be our bank.",
      'Report anything from that domain as phishing please, they are swindlers.',
    ],
    kept: [
      "You're scammers, you flagged my invoice as spam!",
      'You people are scammers and liars.',
      'Your company is run by crooks.',
    ],
  },
  {
    id: 'en.defamation.name_and_shame',
    category: 'defamation',
    calm: [
      "We'll name and shame the phishing domains in our internal security bulletin; can you export the list?",
      'Our CISO wants to name and shame the spoofed senders at the all-hands; please send the top ten.',
      'We will name and shame those spam sites in our weekly awareness mail.',
    ],
    kept: [
      "I'm going to name and shame your company on every forum.",
      "We'll name and shame your engineers on LinkedIn.",
      'Time to name and shame you people in every review I can find.',
    ],
  },
  {
    id: 'en.privacy.recording_threat',
    category: 'privacy',
    calm: [
      "We will upload the recording of yesterday's training call to our intranet for staff who missed it.",
      'We recorded the onboarding session and will upload it internally for new hires.',
      "We have the recording of the training session and we'll post it on our intranet for colleagues who couldn't attend.",
    ],
    kept: [
      "I recorded the call with your agent and I'll upload it to YouTube unless you refund me.",
      'I have the recording of your engineer yelling; it goes online tomorrow.',
      "We recorded your agent's apology and will upload it to our intranet as a training video, and post it online.",
    ],
  },
];

/** Vetoes of calm-fix-en.yaml. */
const EN_VETOES: GuardTable[] = [
  {
    id: 'en.cf.veto.paid_visit_acknowledged',
    category: 'excessive',
    calm: [
      'Could you send an engineer to our office next week? We understand this is outside our plan and will pay for it.',
      "Could you send an engineer to our office next week? We understand that is outside our plan and we're happy to pay the fee.",
      'Could you send an engineer to our office next week? We know on-site visits are outside our plan, so please invoice us separately.',
      "Can someone come to our office to help with the setup? We understand it's not included in our plan, but we're happy to pay.",
      'Could you send an engineer to our office next week? Please send us a quote.',
    ],
    kept: [
      "We'd like an engineer at our plant on Saturday to redo the setup. We know on-site isn't included. Please see what you can do.",
      "Send an engineer to our office tomorrow. I know it's outside our plan but you owe us after the outage.",
      "Send an engineer to our office tomorrow for free. We understand it's outside our plan.",
      "Could you send an engineer to our office next week? I know it's outside our plan, but could you make an exception?",
      "Your engineer will come to our office tomorrow. We know on-site is not in our plan and we won't pay for it.",
    ],
  },
  {
    id: 'en.cf.veto.third_party_sender',
    category: 'defamation',
    calm: [
      "Can you mark mail from this sender as junk? They're scammers.",
      "Please block mail from that sender. They're con artists.",
      'Please flag everything from that domain as phishing. Those people are frauds.',
    ],
    kept: [
      "Please block mail from that sender. You're con artists too for letting it through.",
      'Flag my complaint as spam again and see. You are all crooks.',
      'Mark it as junk if you like. Your company is a scam.',
    ],
  },
  {
    id: 'en.cf.veto.third_party_sender',
    category: 'insult',
    calm: [
      "Report anything from that domain as phishing please, they're liars.",
      'Please flag everything from that domain as phishing. Those people are frauds.',
      'Could you block mail from that address? They are idiots who keep spoofing our CEO.',
    ],
    kept: [
      'Please block that sender. You idiots let it through again.',
      'Flag my complaint as spam again and see. You are all crooks.',
      'Block that domain. Your support team are morons.',
    ],
  },
  {
    id: 'en.cf.veto.data_on_request',
    category: 'persistence',
    calm: [
      'We will keep sending the logs every hour until the incident is closed, as you asked.',
      "As requested, we'll keep uploading the diagnostic bundles every 30 minutes until the fix is deployed.",
      'We will keep sending you the headers every day until the issue is resolved, per your request.',
    ],
    kept: [
      "I'll keep calling every hour until you fix it.",
      "I'll keep sending you the logs every ten minutes until someone answers.",
      'We will keep emailing every hour until you refund us, as you asked for it.',
    ],
  },
  {
    id: 'en.cf.veto.watching_job',
    category: 'restrictive',
    calm: [
      "I'm not leaving the chat until the export finishes, just to keep an eye on the progress bar.",
      "I won't hang up until the migration is done, just to make sure it completes.",
      "I'm staying on the call until the upload finishes, watching the progress bar on my side.",
    ],
    kept: [
      "I'm not leaving this chat until you fix it.",
      "I won't hang up until the migration is done. You will stay on the line.",
      "I'm not leaving the chat until the export finishes, and you're staying with me.",
    ],
  },
  {
    id: 'en.cf.veto.own_late_work',
    category: 'restrictive',
    calm: [
      "We're staying at the office until 9pm tonight for the cutover, no need for your team to be online.",
      "We're staying in the office until midnight for the upgrade; your engineers don't need to join.",
      "I'm staying at my desk until the batch ends tonight, no need for anyone from your side.",
    ],
    kept: [
      "I'm staying in your lobby until 9pm tonight, no need for security to call me.",
      "I'm staying right here on the line until you fix this.",
      "We're staying at your office until the refund is paid, no need for you to call the police.",
    ],
  },
  {
    id: 'en.cf.veto.own_late_work',
    category: 'excessive',
    calm: [
      "We're staying at the office until 9pm tonight for the cutover, no need for your team to be online.",
      "I'll be working late tonight on the migration; your engineers don't need to stay.",
      'We are on site until midnight for the upgrade, no need for anyone from your side to join.',
    ],
    kept: [
      'We need your engineers online tonight until we finish the cutover.',
      "I'm staying in your lobby until 9pm tonight, no need for security to call me.",
      'Have someone on call all weekend while we work.',
    ],
  },
];

/** Narrowed rules of other files (Japanese). */
/** The company's own address is no trace of a person: one table for both home_found rules. */
const HOME_FOUND = {
  calm: [
    '御社の住所は調べて分かりましたので、請求書を郵送します。',
    '担当の方へ。御社の住所は分かりましたので、書類を郵送します。',
    '担当さん、御社の住所はわかりましたので、契約書をお送りします。',
    '担当者様、本社の所在地は分かりましたので、来週の打ち合わせに伺います。',
  ],
  kept: [
    '担当さんの自宅の住所もわかりました。',
    '御社の住所も担当さんのご自宅も分かりました。',
    '担当の佐藤さん、最寄り駅はだいたいわかりましたよ。',
  ],
};

const JA_RULES: GuardTable[] = [
  {
    id: 'ja.d.restrictive.no_leaving / ja.l.restrictive.no_leaving_chat',
    category: 'restrictive',
    calm: [
      '社内ルールで、作業が終わるまで誰も退出できないことになっています。作業時間の目安を教えてください。',
      '社内ルールで作業中は離席禁止です。作業時間の目安を教えてください。',
      '作業中は休憩を控えるよう社内ルールで決まっています。作業時間の目安を教えてください。',
      '当社のセキュリティ規定で、サーバールームでの作業中は退室禁止となっております。',
      '工場の安全規則上、ライン稼働中の離席はご遠慮いただいています。',
    ],
    kept: [
      '解決するまで担当者の退社は許さない。',
      '終わるまでトイレ休憩も我慢しろ。',
      'こっちがいいと言うまで退室は許さないからな。',
      'お前らのルールなんか知らん、直るまで帰宅させない。',
    ],
  },
  {
    id: 'ja.monetary.damages',
    category: 'monetary',
    calm: [
      '損害賠償の対象外とのご回答、承知しました。',
      '補償の対象外とのご説明、理解しました。',
      '賠償の対象外である旨のご連絡、確認いたしました。',
      '損害賠償はできかねるとのご回答、承知いたしました。今後の再発防止策をお知らせください。',
    ],
    kept: [
      '損害賠償の対象外とのご回答ですが、納得できないので損害賠償を請求します。',
      '慰謝料を払え。',
      '損害賠償の対象外とのこと承知しましたが、それでも賠償金を払ってください。',
      '今回の障害で受けた損害について、損害賠償を求めます。',
    ],
  },
  {
    id: 'ja.exchange.plan_refund',
    category: 'exchange',
    calm: [
      '差額を教えてください。',
      '月額プランに変更した場合の差額を教えてください。',
      '年間プランから月額プランへ変更した場合の差額を教えてください。',
      '上位プランに切り替えた場合、差額はいくらになりますか。',
      'ベーシックからスタンダードに移行する場合の差額をご教示ください。',
    ],
    kept: [
      '年間プランから月額プランに切り替えて、差額を返金してください。',
      '上位プランに無料で変更してください。',
      '別の製品に振り替えて差額を返金しろ。',
    ],
  },
  {
    id: 'ja.f.excessive.attend_visit / ja.excessive.onsite / ja.b.excessive.come_to_us',
    category: 'excessive',
    calm: [
      '訪問サポートに来ていただけるプランはありますか。',
      'どなたか会社まで来ていただけるプランはありますか。',
      '担当の方に会社まで来ていただけるプランはありますか。',
      'どなたか事務所まで来ていただけるサービスはありますか。',
      'どなたか工場まで来ていただくことは可能ですか。費用はお支払いします。',
    ],
    kept: [
      'どなたか会社まで来てください。',
      '担当の方に今すぐ事務所まで来てもらいたい。',
      '無償で立ち会っていただけますか。',
      'エンジニアの方に無料で会社まで来ていただけるプランはありますよね？来てください。',
    ],
  },
  {
    id: 'ja.r.privacy.home_found',
    category: 'privacy',
    ...HOME_FOUND,
  },
  {
    id: 'ja.r.intimidation.home_found',
    category: 'intimidation',
    ...HOME_FOUND,
  },
  {
    id: 'ja.persistence.again_and_again / ja.persistence.every_interval',
    category: 'persistence',
    calm: [
      '解決するまで何度でもログを送りますので、必要な項目を教えてください。',
      '必要であればスクリーンショットは何度でもお送りします。',
      'ログは何回でも提供できますので、お申し付けください。',
      '稼働開始まで毎日ご連絡させていただきます。プロジェクト計画どおりです。',
    ],
    kept: [
      '何度でも電話するからな。',
      '解決するまで何度でもメールを送ります。',
      'ログは何度でも送るし、電話も何度でもかけるぞ。',
      '移行完了まで毎日電話するからな。',
      '毎日ご連絡させていただきます。ご対応いただけるまで続けます。',
    ],
  },
  {
    id: 'ja.b.privacy.publish_staff',
    category: 'privacy',
    calm: [
      '昨日の研修の録画を、欠席した社員向けに社内ポータルに掲載します。',
      '先週の研修動画を社内サイトに掲載しますので、講師の方のお名前の表記を確認させてください。',
      '欠席したメンバー向けに、説明会の録画を共有します。',
    ],
    kept: [
      '来週の朝礼で担当者様に頭を下げていただき、その様子は録画し、社内ポータルに掲載いたします。',
      '担当者の謝罪の様子を録画して、研修の資料として全社に掲載します。',
      '担当者の通話の録音をネットに公開します。',
    ],
  },
];

/** Vetoes of calm-fix-ja.yaml. */
const JA_VETOES: GuardTable[] = [
  {
    id: 'ja.cf.veto.device_restriction',
    category: 'unrelated',
    calm: [
      '私物のパソコンの持ち込みを禁止したいので、設定方法を教えてください。',
      '私物スマホの業務利用を許可制にしたいので、手順を教えてください。',
      '社員の私物のスマホを社内Wi-Fiに接続させない設定を教えてください。',
      '個人のパソコンからのアクセスを制限したいので、方法を教えてください。',
    ],
    kept: [
      '自宅のプリンターが動かないので直してください。',
      '私物のパソコンも見てくれ。',
      '家のWi-Fiの接続が不安定で、管理画面の見方を教えて。',
      '私物のパソコンの接続を禁止したいけど、その前に家のプリンターを直して。',
    ],
  },
];

describeGuardTables('calm-fix: narrowed English rules', EN_RULES, 'en');
describeGuardTables('calm-fix: English vetoes', EN_VETOES, 'en');
describeGuardTables('calm-fix: narrowed Japanese rules', JA_RULES, 'ja');
describeGuardTables('calm-fix: Japanese vetoes', JA_VETOES, 'ja');

for (const [path, lang, tables] of [
  [EN_FILE, 'en', EN_VETOES],
  [JA_FILE, 'ja', JA_VETOES],
] as const) {
  describe(`calm-fix vetoes: ${path}`, () => {
    const file = parse(readFileSync(path, 'utf8')) as RuleFileIds;
    const ids = [...(file.vetoes ?? []), ...(file.masks ?? [])].map((v) => v.id);

    it(`is a ${lang} file of vetoes only, each with a ${lang}.cf.veto. id`, () => {
      expect(file.lang).toBe(lang);
      expect(file.rules ?? []).toEqual([]);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(id.startsWith(`${lang}.cf.veto.`), id).toBe(true);
    });

    it('has a table above for every veto', () => {
      const tested = new Set(tables.map((g) => g.id));
      expect(ids.filter((id) => !tested.has(id))).toEqual([]);
    });

    it('is listed in config/policy.yaml', () => {
      expect(readFileSync('config/policy.yaml', 'utf8')).toContain(path.replace('config/', ''));
    });
  });
}
