/**
 * Fixes for the calm-fix-8 list of calm sentences older rules still flagged,
 * run through the real policy file and engine: the vetoes of
 * config/rules/calm-fix-8.yaml, and the rule of another file narrowed for this
 * round (its table titled with the rule's id). Calm sentences are the listed
 * one and variants written for this test; kept sentences are harassment or
 * demands written for this test (some sharing the calm sentence's trigger
 * words) that the whole engine must still find.
 */
import { describeGuardTables, describeRuleFile } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const FILE = 'config/rules/calm-fix-8.yaml';

// ------------------------------------------------------------- vetoes (en)
const VETOES: GuardTable[] = [
  {
    // en.mx.violence.hate_for_something_to_happen
    id: 'cf8.veto.hazard_stay_safe',
    category: 'violence',
    calm: [
      "A typhoon is coming tonight; I'd hate for anything to happen on your way home, so stay safe.",
      "The roads are icy tonight; I'd hate for anything to happen on your drive home, so take care.",
      "Heavy snow is forecast for this evening. I'd hate for anything to happen on your commute, so please stay safe.",
      "With the storm coming, we'd hate for anything to happen to you on the way home - take care and log off early.",
    ],
    kept: [
      "A typhoon is coming tonight; I'd hate for anything to happen on your way home if my refund isn't processed, so stay safe.",
      "I know where you park. A storm is coming; I'd hate for anything to happen on your way home, so stay safe.",
      "A typhoon is coming tonight; I'd hate for anything to happen to your kids on their way home, so take care.",
      "I'd hate for anything to happen to you on your way home tonight.",
      "A storm is coming tonight. I'd hate for anything to happen on your way home, you know what I mean. Stay safe.",
    ],
  },
  {
    // en.f.intimidation.veiled_menace
    id: 'cf8.veto.hazard_stay_safe',
    category: 'intimidation',
    calm: [
      "A typhoon is coming tonight; I'd hate for anything to happen on your way home, so stay safe.",
      "The roads are icy tonight; I'd hate for anything to happen on your drive home, so take care.",
      "With the storm coming, we'd hate for anything to happen to you on the way home - take care and log off early.",
    ],
    kept: [
      "A storm is coming; I'd hate for you to find out what happens to people who cross me, so take care.",
      'It would be a shame if something happened to your nice office during the storm.',
      "The snow is heavy tonight; I'd hate for you to learn the hard way what I do when I'm ignored, so be careful.",
      "I'd hate for your family to hear what happens in the storm, so stay safe.",
    ],
  },
  {
    // en.insult.vocative
    id: 'cf8.veto.sincere_genius',
    category: 'insult',
    calm: [
      'Thanks, genius! Your fix saved our weekend.',
      'Thank you, genius! The patch worked and the site is back up.',
      'Cheers, genius - that query fix saved us hours.',
      'Thanks, genius! You nailed it, the build is green.',
    ],
    kept: [
      'Thanks, genius, you broke it again.',
      'Thanks, genius! Your fix saved our weekend by taking production down.',
      'Thanks, genius. Now nothing works.',
      'Thanks, genius! Your "fix" saved us a whole lot of outage.',
      "Thanks, genius! You're a lifesaver, you idiot.",
    ],
  },
  {
    // en.b.defamation.spread_claim ("leak")
    id: 'cf8.veto.good_news_told',
    category: 'defamation',
    calm: [
      "I'll let our board know that you resolved the leak within the hour.",
      'We will tell our CISO that your team found the leak in our config and plugged it.',
      "I'll tell everyone at the user group that your engineers traced the leak to a bad webhook.",
      "We'll post on our blog that Shirogane patched the leak the same day.",
    ],
    kept: [
      "I'll let our board know that you leaked our data.",
      "I'll tell everyone that you fixed the leak by covering it up.",
      "I'll tell our board that you resolved the leak only after selling our data.",
      "Unless you refund me, I'll post that your company fixed the leak after stealing our data.",
      "I'll tell everyone that you resolved the leak and that your staff read our emails.",
    ],
  },
];

// ------------------------------------------------------- narrowed (en)
const NARROWED: GuardTable[] = [
  {
    // unless: the contact is part of a package or plan the customer bought
    id: 'en.excessive.dedicated',
    category: 'excessive',
    calm: [
      'Could Ms. Ota be our personal contact from now on, as the TAM package we bought includes?',
      'Could you assign a dedicated engineer to us, since the premium package we purchased includes one?',
      "We'd like a named contact for escalations, as our enterprise subscription provides.",
      'Please give us a personal contact from now on; the support tier we signed up for comes with a designated TAM.',
    ],
    kept: [
      'Could Ms. Ota be our personal contact from now on, for free?',
      "Our plan doesn't include it, but give us a dedicated engineer anyway.",
      "I don't care what the package we bought includes, I want a dedicated engineer sitting in our office full-time.",
      'The plan we bought includes nothing useful, so give us a dedicated engineer for free.',
      'I want a private contact number for my account manager, available 24/7.',
    ],
  },
];

describeGuardTables('calm-fix-8 vetoes (English)', VETOES, 'en');
describeGuardTables('calm-fix-8 narrowed rules (English)', NARROWED, 'en');

describeRuleFile('calm-fix-8 vetoes: the rule file', FILE, {
  lang: 'en',
  idPrefix: 'cf8.',
  testedRuleIds: () => [],
  testedGuardIds: () => VETOES.map((g) => g.id),
});
