/**
 * Calm false alarms reported by other rule writers, fixed by narrowing the
 * firing rules of other files (no new rule file): each table is titled with the
 * rule's id. Every sentence here was written for this test; calm sentences are
 * look-alikes the engine must leave alone, kept sentences are real harassment
 * or demands the rule must still catch.
 */
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

// ------------------------------------------------------- narrowed (en)
const EN_NARROWED: GuardTable[] = [
  {
    // a hyphenated technical compound (thick-client, dense-packing, dumb-terminal) is no insult
    id: 'en.insult.you_noun / en.insult.question / en.u.insult.are_you_people',
    category: 'insult',
    calm: [
      'Are you guys thick-client or web based?',
      'Are you all dense-packing the racks in the new DC?',
      'Are you thick-provisioning the VMs or thin?',
      'Are you guys dumb-terminal users or on laptops?',
      'Are you all stupid-proofing the UI for the kiosks?',
    ],
    kept: [
      'are you guys thick or what',
      "you're all dumb-asses",
      "you're thick-headed",
      'are you dense?',
      'are you all stupid',
      'you guys are dense',
    ],
  },
  {
    // "married to" a thing or an approach
    id: 'en.sexual.advances / en.s.sexual.are_you_married',
    category: 'sexual',
    calm: [
      'are you married to this config or can we change it?',
      'Are you married to the current naming scheme?',
      'are u married to using Outlook or open to Thunderbird?',
    ],
    kept: [
      'are you married? you sound cute',
      'are you married to anyone',
      'are you married or single, just curious',
    ],
  },
  {
    // security-awareness talk about third parties
    id: 'en.intimidation.warning',
    category: 'intimidation',
    calm: [
      'You know what happens to people who ignore phishing training? They get phished.',
      "You know what happens to companies that don't patch? They get breached.",
      'Know what happens to users who reuse passwords? They get hacked.',
    ],
    kept: [
      'you know what happens to people who cross me?',
      'You know what happens to agents who ignore my emails?',
      "you know what happens to staff who don't do what I say? they get fired.",
    ],
  },
  {
    // "ur" + adjective + a thing (captcha, bot, hold music, website): swearing at the situation
    id: 'en.insult.chat_speak',
    category: 'insult',
    calm: [
      'ur stupid captcha keeps failing',
      'ur dumb hold music is driving me nuts',
      'ur useless chat bot just loops',
      'ur stupid website logged me out again',
    ],
    kept: ['ur stupid, fix it', 'ur useless', 'ur dumb af', 'ur stupid support team cant do anything'],
  },
  {
    // the customer offering to pay the vendor's fee
    id: 'en.monetary.compensation',
    category: 'monetary',
    calm: [
      'We are on the standard plan and will pay the extra fee for overnight cover.',
      "We're on the basic tier, so we'll happily pay the additional charge for weekend support.",
      'I am a small business and would pay the upgrade fee if it includes SSO.',
    ],
    kept: [
      'You will pay the extra fee we incurred for the consultant.',
      'We expect you to cover the costs of our consultants.',
      'We want compensation for the lost revenue and you will pay the extra costs.',
    ],
  },
  {
    // personal safety on the way to the station, not an advance
    id: 'en.y.sexual.secret_advance',
    category: 'sexual',
    calm: [
      'Our staff have to think twice about walking to the station alone at night since the area got unsafe, can you recommend anything?',
      "Our receptionist won't walk to the station alone at night anymore; could your team schedule the visit earlier?",
      "She doesn't like walking home alone at night since the area got unsafe, so can your engineer finish by 5?",
    ],
    kept: ['I want to see you alone at night after your shift.', 'meet me privately after hours, just you'],
  },
  {
    id: 'en.excessive.after_hours',
    category: 'excessive',
    calm: [
      'Our staff have to think twice about walking to the station alone at night since the area got unsafe, can you recommend anything?',
      "Our receptionist won't walk to the station alone at night anymore; could your team schedule the visit earlier?",
      'Our night-shift nurses feel unsafe walking alone at night near the car park; can your team check why the alerts stopped?',
    ],
    kept: [
      'We need your engineers to work at night this week.',
      'Our staff walk to the station at night, so we need your engineers on call at night too.',
    ],
  },
  {
    // a safety warning with a natural-hazard reason
    id: 'en.violence.confront / en.violence.watch_out',
    category: 'violence',
    calm: [
      'Be careful walking to the station alone at night, there is a typhoon coming.',
      'Be careful driving home tonight, the roads are icy.',
      'Be careful on your way home, heavy snow is forecast for tonight.',
      'Take care and be careful walking to the station, the flooding near the river is bad.',
    ],
    kept: [
      'be careful walking home at night',
      'Be careful walking home tonight, it would be a shame if you slipped on the ice.',
      'be careful walking to the station tonight. I know where you get off.',
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_NARROWED: GuardTable[] = [
  {
    // a declared aside that only thanks or congratulates, with no request
    id: 'ja.unrelated.declared / ja.b.unrelated.declared',
    category: 'unrelated',
    calm: [
      '御社とは関係ない話で恐縮ですが、いつも丁寧なご対応ありがとうございます',
      '御社とは関係ない話で恐縮ですが、いつも丁寧にご対応いただきありがとうございます。今後ともよろしくお願いいたします。',
      '製品とは関係ないのですが、先日の担当の方の対応が素晴らしかったです。お礼まで。',
      '全然関係ない話ですみません、新しいオフィス移転おめでとうございます！',
      '関係ない話ですが、いつも助かっています。ありがとうございます。',
    ],
    kept: [
      '御社とは関係ない話で恐縮ですが、いつも丁寧なご対応ありがとうございます。ついでに弊社の複合機も見ていただけますか。',
      '全然関係ないんですが、うちの個人のパソコンも直してもらえませんか',
      '関係ない話ですが、ついでにExcelの使い方も教えてください。',
    ],
  },
];

describeGuardTables('calm-fix-2 narrowed (English)', EN_NARROWED, 'en');
describeGuardTables('calm-fix-2 narrowed (Japanese)', JA_NARROWED, 'ja');
