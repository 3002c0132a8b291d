/**
 * Missed threats and demands of the "left" round (config/rules/en-left.yaml,
 * ids en.lf.*, and config/rules/ja-left.yaml, ids ja.lf.*), run through the
 * real policy file and engine: the agent's routine recited, family watched,
 * private life found online and told back, a gift as the pretext for a home
 * address, veiled menace in a hostile context, a third person's device, and in
 * Japanese a career "ended" after a comma, the next employer reached, a false
 * "consultation" with the police, cancelling as only the start. Positives and
 * calm look-alikes were written for this test. The guard tables cover the
 * vetoes of other files narrowed in this round (both sides).
 */
import {
  describeGuardTables,
  describeRuleFile,
  describeRuleKinds,
  engineWithOnly,
} from '../../support/rule-engine.js';
import type { GuardTable, RuleKind } from '../../support/rule-engine.js';

const EN_FILE = 'config/rules/en-left.yaml';
const JA_FILE = 'config/rules/ja-left.yaml';
const enAlone = engineWithOnly('en-left.yaml');
const jaAlone = engineWithOnly('ja-left.yaml');

const ROUTINE_POSITIVES: [string, string][] = [
  ['Does Kenji still take the 8:10 from Ogikubo?', 'Kenji still take the 8:10'],
  ['Is Ms. Ono still leaving at 6:15 every evening? Just curious.', 'still leaving at 6:15'],
  ['I see your engineer still parks by the river at 8am.', 'your engineer still parks'],
];
const ROUTINE_NEGATIVES = [
  'Does the 7:40 from Nakano still run on Sundays? Our courier needs it.',
  'My son still takes the 7:40 from Nakano, so I log in late.',
  'Does it still take two hours for the backup to finish?',
];
const FOUND_POSITIVES: [string, string][] = [
  ['Congrats on the move. I found your new flat on Google, lovely street.', 'found your new flat on Google'],
  [
    'Found where she lives on Google Street View. Nice street, big garden.',
    'where she lives on Google Street View',
  ],
  ['I tracked down your house on Facebook, your kids look happy.', 'tracked down your house on Facebook'],
];
const FOUND_NEGATIVES = [
  'I found your new office on Google Maps, see you at the meeting.',
  'A caller told our agent he found her house on Google. How can we block him?',
];

const EN_KINDS: RuleKind[] = [
  {
    rule: 'en.lf.intimidation.routine_recited',
    category: 'intimidation',
    positives: ROUTINE_POSITIVES,
    negatives: ROUTINE_NEGATIVES,
  },
  {
    rule: 'en.lf.privacy.routine_recited',
    category: 'privacy',
    positives: ROUTINE_POSITIVES,
    negatives: ROUTINE_NEGATIVES,
  },
  {
    rule: 'en.lf.intimidation.family_watched',
    category: 'intimidation',
    positives: [
      [
        "Tell Mr. Abe his daughter's netball team played brilliantly on Sunday.",
        "daughter's netball team played",
      ],
      ["Remind Mr. Kato that his wife's dance class looked great this weekend.", "wife's dance class looked"],
      ["Your son's school is near the station, I noticed. Lovely building.", "son's school is"],
    ],
    negatives: [
      "My son's football team played well on Saturday, so I'm in a good mood.",
      "Hope your son's team won on Saturday, you mentioned the final last week!",
    ],
  },
  {
    rule: 'en.lf.privacy.found_private_life',
    category: 'privacy',
    positives: FOUND_POSITIVES,
    negatives: FOUND_NEGATIVES,
  },
  {
    rule: 'en.lf.intimidation.found_private_life',
    category: 'intimidation',
    positives: FOUND_POSITIVES,
    negatives: FOUND_NEGATIVES,
  },
  {
    rule: 'en.lf.privacy.gift_home_address',
    category: 'privacy',
    positives: [
      ["I'll post a parcel to his home address, so give it to me.", 'parcel to his home address'],
      ["I want to mail a little gift to his home address. What's his address?", 'gift to his home address'],
      [
        'Could you give it to me? I would like to deliver flowers to her home.',
        'deliver flowers to her home',
      ],
    ],
    negatives: [
      'Please ship the replacement YubiKey to her home address, she works remotely.',
      'Please send the replacement parcel to my home address instead of the office.',
    ],
  },
  {
    rule: 'en.lf.intimidation.while_it_lasts',
    category: 'intimidation',
    positives: [
      ['Enjoy your weekend, Ms. Hara. While it lasts.', 'While it lasts'],
      ['Enjoy your job, Mr. Kato. For now.', 'For now'],
      ['Savour your holidays, Ms. Ito. It won’t last.', 'It won’t last'],
    ],
    negatives: [
      'Enjoy your weekend! The sale price is good while it lasts.',
      'Enjoy your free trial while it lasts, then we will decide on the licence.',
    ],
  },
  {
    rule: 'en.lf.intimidation.sleep_well_hostile',
    category: 'intimidation',
    positives: [
      ['I complained three times and nobody listened. Sleep well tonight, Mr. Goto.', 'Sleep well tonight'],
      ["Third time I've complained about this. Sleep tight, Ms. Sato.", 'Sleep tight'],
      ['Still no refund, still no reply. Sleep soundly, Ms. Ueno.', 'Sleep soundly'],
    ],
    negatives: [
      'Thanks for fixing it so late, sleep well tonight Mr. Goto!',
      'Great work today everyone. Sleep well!',
    ],
  },
  {
    rule: 'en.lf.violence.car_tamper_hint',
    category: 'violence',
    positives: [
      ['Still no refund after my complaint. Hope your car starts tomorrow morning.', 'Hope your car starts'],
      ["Nobody called me back. Shame if your car didn't start one morning.", "Shame if your car didn't"],
      ['Ticket ignored again, Mr. Goto. Hope your brakes still work.', 'Hope your brakes still work'],
    ],
    negatives: [
      "Hope your car starts tomorrow morning, it's going to be minus 15 degrees! Stay warm.",
      'Hope your car was fixed at the garage, Mr. Goto.',
    ],
  },
  {
    rule: 'en.lf.unrelated.third_person_device',
    category: 'unrelated',
    positives: [
      ['Can you add him as an authorised contact and set up his iPad?', 'set up his iPad'],
      ['Our neighbour is here; could you look at her printer after this?', 'look at her printer'],
      ['My father-in-law is visiting. Please configure his home router too.', 'configure his home router'],
    ],
    negatives: [
      'Can you set up his laptop with the agent so it reports to the console?',
      'Please add my husband as an authorised contact for our account.',
    ],
  },
];

const JA_KINDS: RuleKind[] = [
  {
    rule: 'ja.lf.intimidation.life_ended_paused',
    category: 'intimidation',
    positives: [
      ['担当者さんの人生、終わらせてあげますね。', '人生、終わらせてあげ'],
      ['あなたのキャリア、潰して差し上げましょうか。', 'キャリア、潰して差し上げ'],
      ['お前の人生なんか、めちゃくちゃにしてやるからな', '人生なんか、めちゃくちゃにしてやる'],
    ],
    negatives: [
      'このバグのせいで私の人生、終わったかと思いました。',
      'サポート終了で製品の人生、終わらせるのは寂しいですね。',
    ],
  },
  {
    rule: 'ja.lf.intimidation.next_employer',
    category: 'intimidation',
    positives: [
      ['あなたの名前と今回の対応、次の転職先にも届くようにしておきますね。', '転職先にも届くようにして'],
      ['どこに転職しようと、再就職先にもちゃんと伝わるようにしておくから。', '再就職先にもちゃんと伝わる'],
      ['今度の勤め先にも知らせておきますので、ご安心を。', '勤め先にも知らせておき'],
    ],
    negatives: [
      '前任の方の転職先にも届くよう、推薦状を書いておきますね。',
      '転職されたと聞きました。次の職場でもご活躍ください。',
    ],
  },
  {
    rule: 'ja.lf.intimidation.false_report_consult',
    category: 'intimidation',
    positives: [
      ['嘘でも警察に相談しますからね。', '嘘でも警察に相談'],
      ['本当じゃなくても、御社の本社に相談させてもらいます。', '本当じゃなくても、御社の本社に相談'],
      ['作り話でも労基に駆け込みますよ。', '作り話でも労基に駆け込'],
    ],
    negatives: [
      '嘘の電話がかかってきたので警察に相談しました。',
      '「嘘でも警察に相談する」と元社員が言っていたので、対応フローを確認したいです。',
    ],
  },
  {
    rule: 'ja.lf.intimidation.cancel_only_start',
    category: 'intimidation',
    positives: [
      ['解約で終わると思ったら大間違いですよ。', '解約で終わると思ったら大間違い'],
      ['解約はほんの始まりにすぎません。覚えておいてください。', '解約はほんの始まりにすぎません'],
      ['解約するだけで済むと思うなよ。', '解約するだけで済むと思うな'],
    ],
    negatives: [
      '解約するだけで済ませたいのですが、手続きを教えてください。',
      '解約で終わりにします。ありがとうございました。',
    ],
  },
  {
    rule: 'ja.lf.privacy.staff_accounts_found',
    category: 'privacy',
    positives: [
      ['サポートの方々のLinkedInと個人のインスタ、もう全部見つけましたよ。', 'もう全部見つけまし'],
      ['サポートの皆さんの個人アカウント、全員分調べましたから。', '全員分調べまし'],
      ['担当さんのFacebook、ちゃんと押さえてありますので。', '押さえてあ'],
    ],
    negatives: [
      'サポートのFacebookページを見つけたので、フォローしました。',
      '担当の方のSNSを調べたいわけではありません。公式アカウントはありますか。',
    ],
  },
];

/** Vetoes of other files narrowed in this round: the calm side stays cleared, the threat side is kept. */
const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.veto.reported_abuse',
    category: 'violence',
    calm: [
      "My colleague got a voicemail from some guy saying he'd burn the place down. Can you pull the caller ID?",
      "We received a message saying they'd burn our office down. Please preserve the logs.",
    ],
    kept: [
      "My lawyer got a message from me saying I'd burn your office down, and I will.",
      "Your manager received an email from me saying I'd burn your office down. Still true.",
    ],
  },
  {
    id: 'en.x.veto.ship_to_remote_worker',
    category: 'privacy',
    calm: [
      'Please ship the replacement YubiKey to her home address, she works remotely.',
      'Can you courier the new laptop to his home address in Leeds? He starts Monday.',
    ],
    kept: [
      "I'll send a parcel to her home address, so give it to me.",
      "I'll post a package to his home address, so what's his street?",
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.veto.termination',
    category: 'intimidation',
    calm: ['解約で終わりにします。ありがとうございました。', '改善がなければ解約を検討します。'],
    kept: ['解約するだけで済ませるつもりはありません。', '解約で終わると思ったら大間違いですよ。'],
  },
  {
    id: 'ja.b.veto.neutral_consequence',
    category: 'intimidation',
    calm: [
      '前任の方の転職先にも届くよう、推薦状を書いておきますね。',
      '人手不足で対応が遅れるのは理解しています。',
    ],
    kept: [
      '次の転職先にも届くようにしておきますね。',
      'どこに転職しようと、再就職先にもちゃんと伝わるようにしておくから。',
    ],
  },
  {
    id: 'ja.veto.calm_legal',
    category: 'intimidation',
    calm: ['弁護士に相談します。', '嘘の電話がかかってきたので警察に相談しました。'],
    kept: ['嘘でも警察に相談します。', '事実じゃなくても警察に相談しますよ。'],
  },
  {
    id: 'ja.w.veto.staff_personal_account',
    category: 'unrelated',
    calm: [
      '担当者の本名を教えて。あと個人のLINEアカウントも。',
      'オペレーターの個人のメールアドレスを教えてください。私用のGmailで構いません。',
    ],
    kept: [
      '自宅のWi-Fiルーター設定してほしいんだけど、休みの日に来てもらえない？担当さんの個人の連絡先教えて。',
      '家のプリンターが動かないので見てほしい。担当さんの個人の携帯番号も教えて。',
    ],
  },
];

describeRuleKinds('Missed threats (left round): English rules', EN_KINDS, enAlone, 'en');
describeRuleKinds('Missed threats (left round): Japanese rules', JA_KINDS, jaAlone, 'ja');
describeGuardTables('Missed threats (left round): English vetoes narrowed', EN_GUARDS, 'en');
describeGuardTables('Missed threats (left round): Japanese vetoes narrowed', JA_GUARDS, 'ja');

describeRuleFile('Missed threats (left round): the English rule file', EN_FILE, {
  lang: 'en',
  idPrefix: 'en.lf.',
  testedRuleIds: () => EN_KINDS.map((k) => k.rule),
  offsets: { engine: enAlone, text: 'Does  Yuki still take the 7:40 from Nakano?' },
});
describeRuleFile('Missed threats (left round): the Japanese rule file', JA_FILE, {
  lang: 'ja',
  idPrefix: 'ja.lf.',
  testedRuleIds: () => JA_KINDS.map((k) => k.rule),
  offsets: { engine: jaAlone, text: '担当の方の人生、終わらせてあげますよ' },
});
