/**
 * Fixes for the calm-fix-4 round of calm sentences other rule writers found
 * flagged, run through the real policy file and engine: the firing rules of
 * other files narrowed for this round (each table is titled with the rule ids).
 * Calm sentences are the reported one and variants written for this test; kept
 * sentences are real harassment or demands the rules must still catch.
 */
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

// ------------------------------------------------------- narrowed (en)
const EN_NARROWED: GuardTable[] = [
  {
    id: 'en.f.intimidation.veiled_menace',
    category: 'intimidation',
    calm: [
      "I'd hate for anything to happen to our archive during the migration, so please double-check the backup.",
      "I'd hate for something to happen to our customer records during the cutover, can you confirm the snapshot is done?",
      "I'd hate for anything bad to happen to my data when you upgrade the tenant, could you take a backup first?",
    ],
    kept: [
      "I'd hate for your boss to find out what you said to me on the phone.",
      "I'd hate for your manager to hear about how you treated me today.",
      "I'd hate for anything to happen to our data, and even more to happen to you.",
    ],
  },
  {
    // The reported sentence itself ("Stay safe during the typhoon, we want your
    // family to stay safe too.") is now clear of the rule but still quoted by
    // backstop.privacy, which this round may not change; the variants are clear.
    id: 'en.privacy.demand_details',
    category: 'privacy',
    calm: [
      'Hope you and your family stay safe during the storm, we want everyone on your team to be okay.',
      'Take care in the heatwave, we want your family to keep well.',
    ],
    kept: [
      "I want your family's home address.",
      "Give me your family's address, I want them to stay safe.",
      'Tell me where your family lives, we want your family to stay safe.',
    ],
  },
  {
    id: 'en.g.unrelated.relatives_business',
    category: 'unrelated',
    calm: [
      "Congrats on your daughter's graduation from school!",
      "Congrats on your daughter's graduation from school! Please send the report when you can.",
      "Congratulations on your son's first day at school, and could you check our ticket too?",
    ],
    kept: [
      "Can you fix my cousin's school laptop? It's not ours but please help.",
      "Please set up email for my brother's company too.",
    ],
  },
  {
    id: 'en.intimidation.warning',
    category: 'intimidation',
    calm: [
      "don't make me come down there lol, thanks for fixing it so fast",
      "haha don't make me drive over there, thank you so much for the quick turnaround!",
      "Don't make me come over there lol 😂 thanks again for sorting it out.",
    ],
    kept: [
      "Don't make me come down there.",
      "Don't make me come down there lol. Fix it today.",
      "Thanks for nothing. Don't make me come down there lol.",
    ],
  },
  {
    id: 'en.y.monetary.waive_fee',
    category: 'monetary',
    calm: [
      'Please waive the late fees; they were charged in error because your portal was down.',
      'Could you please waive the late fee? It was charged incorrectly because the outage blocked our payment.',
      "Please waive this month's late fee, it was applied in error because your billing portal was down.",
    ],
    kept: [
      'Waive all our fees for the year or we leave.',
      "Waive this month's fee because of the trouble your outage caused us.",
      "One late fee was charged in error, fine, but we also expect you to waive next month's subscription for the trouble.",
    ],
  },
];

// ------------------------------------------------------- narrowed (ja)
const JA_CALM_RAID = [
  '競合への殴り込みをかける勢いで新製品を準備しています。',
  '来年は海外市場に殴り込みをかけるつもりで、御社のサービスを導入しました。',
  '大手他社への殴り込みのような新サービスを一緒に作りましょう。',
];
const JA_NARROWED: GuardTable[] = [
  {
    id: 'ja.violence.hit',
    category: 'violence',
    calm: JA_CALM_RAID,
    kept: [
      '今から事務所に殴り込みに行くからな。',
      'お前の会社に殴り込みをかけてやる。',
      '競合なんて関係ない、お前の会社に殴り込みに行くぞ。',
    ],
  },
  {
    id: 'ja.intimidation.visit_threat',
    category: 'intimidation',
    calm: JA_CALM_RAID,
    kept: [
      '競合他社なんて関係ない、お前の事務所にかちこみかけるからな。',
      '明日、本社に乗り込んでやる。',
      '市場調査はもういい、そっちの会社に押しかけてやる。',
    ],
  },
];

describeGuardTables('calm-fix-4 narrowed rules (English)', EN_NARROWED, 'en');
describeGuardTables('calm-fix-4 narrowed rules (Japanese)', JA_NARROWED, 'ja');
