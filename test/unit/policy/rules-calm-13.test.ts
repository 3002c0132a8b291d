/**
 * Fixes for the calm-13 round of false alarms, run through the real policy
 * file and engine: the vetoes of config/rules/calm-13.yaml (English) and
 * config/rules/calm-13-ja.yaml (Japanese), and the unless clauses marked
 * `calm-13` in en.yaml, ja.yaml, ja-voices.yaml and ja-broad.yaml, found on the
 * hard-negative probe set test/fixtures/probes/calm-13.jsonl (furious but
 * legitimate customers, strong words about the product, technical and security
 * vocabulary, reported third-party abuse, calm legal and contract escalation,
 * SLA credits and refunds owed, defective units, accommodation requests,
 * idioms, jokes between colleagues, personal details the customer gives about
 * themselves) and on the rule writer's paraphrases of those messages. Calm
 * sentences are variants written for this test; kept sentences are real
 * harassment or demands close to the calm wording that must still be caught.
 */
import { describeGuardTables, describeProbeSet, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const FILE_EN = 'config/rules/calm-13.yaml';
const FILE_JA = 'config/rules/calm-13-ja.yaml';
const PROBES = 'test/fixtures/probes/calm-13.jsonl';

// ------------------------------------------------------------ vetoes (en)
const EN_VETOES: GuardTable[] = [
  {
    id: 'c13.veto.product_scorn',
    category: 'insult',
    calm: [
      'honestly the product is a dumpster fire right now. the agent eats 90% CPU on every laptop since the update. is there a hotfix??',
      'This release is a total train wreck. The sync agent crashes on every laptop since Monday. Is a patch coming?',
      'frankly the new dashboard is garbage at the moment. the agent reports 0 devices on half our laptops. any workaround?',
    ],
    kept: [
      'Your product is a dumpster fire and so is your support team. Fix it.',
      'honestly you guys are a dumpster fire right now. is there a hotfix??',
      'honestly your support is a dumpster fire right now. the agent eats 90% CPU on every laptop since the update.',
    ],
  },
  {
    id: 'c13.veto.seat_billing_error',
    category: 'monetary',
    calm: [
      'Your invoice charged 45 seats, but we reduced to 30 in March, as confirmed in ticket 5512. Please reissue it and refund the difference.',
      'The May invoice still shows 20 licences although we dropped to 12 last month (your confirmation attached). Kindly refund the difference.',
      'You invoiced us at the list price instead of our contracted rate of 8 USD per seat. Please refund the difference.',
    ],
    kept: [
      'We downgraded from Enterprise to Team last week. Please refund the difference for the rest of the year.',
      'We reduced to 30 seats mid-term. Refund the difference now.',
      'Your invoice charged 45 seats, but we reduced to 30. Please refund the difference and something extra for the inconvenience.',
    ],
  },
  {
    id: 'c13.veto.third_party_weapon_report',
    category: 'violence',
    calm: [
      'A customer of ours threatened our support rep with a knife at the counter. We need the emails he sent preserved.',
      'Someone came into our Leeds shop with a baseball bat and smashed the till. Can we get the alarm log?',
      'One of our drivers was attacked with a hammer at a delivery stop. HR needs the sign-in trace for that tablet.',
      'Our cashier was threatened with a knife during a robbery. Please preserve the POS logs from 21:00 to 22:00.',
      "The caller told our agent he'd put a bullet in her. We need his emails kept beyond 30 days.",
      'A customer of ours threatened our support rep with a knife. We will send you the police report number. Can you preserve his emails?',
    ],
    kept: [
      "A customer of ours threatened our rep with a knife, and I'll do the same to you.",
      "My brother came to our shop with a bat once, and he'll come to yours next.",
      'Someone came into our shop with a bat once. Just saying.',
      "Last year a man came to our office with a bat and beat the supplier's rep, that's what happens to vendors who let us down.",
      "A customer of ours threatened our support rep with a knife. I'll bring one to your office next.",
      "I'll come to your office with a knife.",
    ],
  },
];

// ------------------------------------------------ narrowed rules (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.violence.implied_location',
    category: 'violence',
    calm: [
      'I know where your servers are, the Frankfurt region, right? I need to confirm our backups never leave the EU.',
      'We found the answer on your status page; I know where your nodes are now, thanks.',
      'I know where your backups are, but which region holds the encryption keys?',
    ],
    kept: [
      'I know where your servers are and where your staff park.',
      "I know where your servers are, so I'll be waiting outside for your engineers.",
      'I know where your office is.',
      'I know where your servers are. I know where you live too.',
    ],
  },
];

// ------------------------------------------------------------ vetoes (ja)
const JA_VETOES: GuardTable[] = [
  {
    id: 'c13.veto.update_noun_not_date_ja',
    category: 'sexual',
    calm: [
      '昨夜のアップデート以降、全社のPCでエージェントがCPUを90%使っています。',
      '今度のアップデートで改善されますか。',
      '週末にアップデートを適用したら、ログインできなくなりました。',
      '休みの間に自動アップデートが走って、設定が消えていました。',
    ],
    kept: [
      '今夜デートしようよ。',
      '仕事終わったらデートしない？アップデートも終わったし。',
      '今度のアップデート終わったら、二人でご飯行こうよ。',
    ],
  },
  {
    id: 'c13.veto.quoted_threat_received_ja',
    category: 'monetary',
    calm: [
      '攻撃者から「データを返してほしければ金を払え」と脅迫メールが届きました。対応手順を教えてください。',
      '「金を払え」と脅迫メールが届きました。',
    ],
    kept: [
      '「金を払え」と脅迫メールが届きましたが、こちらも慰謝料を請求します。',
      '慰謝料払え。「金を払え」と脅迫メールが届いたと思え。',
    ],
  },
];

// ------------------------------------------------ narrowed rules (ja)
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.discriminatory.age',
    category: 'discriminatory',
    calm: [
      '契約者は高齢の父ですが、操作が難しいので、私を代理人として登録できますか。',
      '母は高齢で、画面の文字を読むのが難しいようです。文字を大きくできますか。',
      '私自身、高齢なもので、スマホの操作が難しいです。電話で手続きできますか。',
    ],
    kept: [
      '年配の方には難しいでしょうから、もっと若い担当を出してください。',
      '父も高齢ですが、お宅の年配のオペレーターは操作説明が無理ですね。',
      'ご年配の方では分からないと思うので、他の人に代わってください。',
    ],
  },
  {
    id: 'ja.v.insult.really_trash',
    category: 'insult',
    calm: [
      'お宅の製品、マジでゴミ。でも担当さんは悪くないので、開発に伝えてください。',
      'このアプリ、マジでゴミ。御社の開発に改善を伝えてください。',
    ],
    kept: [
      'お宅の製品、マジでゴミ。作ってるやつらもマジでゴミ。',
      'お宅の製品、マジでゴミ。担当もゴミ。',
      'お前らの製品、マジでゴミ。御社の対応も。',
      '御社のサポート、マジでゴミ。',
    ],
  },
  {
    id: 'ja.b.unrelated.personal_account',
    category: 'unrelated',
    calm: [
      '父が認知症になったため、父のアカウントを解約したいです。必要な書類を教えてください。',
      '母が亡くなったので、母のアカウントを削除したいです。',
    ],
    kept: [
      '父のアカウントを解約したいので、父のiPhoneの設定もお願いします。',
      '息子のゲームのアカウントを解約して。',
      '母のアカウントのパスワードを忘れたので、iCloudの再設定をしてください。',
    ],
  },
];

describeGuardTables('calm-13 vetoes (English)', EN_VETOES, 'en');
describeGuardTables('calm-13 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-13 vetoes (Japanese)', JA_VETOES, 'ja');
describeGuardTables('calm-13 narrowed rules (Japanese)', JA_NARROWED, 'ja');

// ------------------------------------------------------- the probe set
describeProbeSet('calm-13 probe set (test/fixtures/probes/calm-13.jsonl)', PROBES, { en: 100, ja: 100 });

describeRuleFile('calm-13 vetoes (English): the rule file', FILE_EN, {
  lang: 'en',
  idPrefix: 'c13.',
  testedRuleIds: () => [],
  testedGuardIds: () => EN_VETOES.map((g) => g.id),
});

describeRuleFile('calm-13 vetoes (Japanese): the rule file', FILE_JA, {
  lang: 'ja',
  idPrefix: 'c13.',
  testedRuleIds: () => [],
  testedGuardIds: () => JA_VETOES.map((g) => g.id),
});
