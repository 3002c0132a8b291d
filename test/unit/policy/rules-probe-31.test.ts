/**
 * Probe round 31 (the sixth 2026-12-03 session's second round), run through
 * the real policy file and engine: test/fixtures/probes/probe-31.jsonl holds
 * calm requests that touch staff's names, recordings and whereabouts (a name
 * for a thank-you or an audit trail, calls recorded under the customer's own
 * policy, a formal complaint with the agent's name, a station asked for to
 * meet an engineer) beside privacy and intimidation: a real name and office
 * demanded, a recording or screenshots to be posted with the agent's name,
 * a station asked for with a word promised after the shift. Written before
 * the rules were read; of its 40 items, 8 were judged wrongly before the
 * fixes and none after (one label, 夜勤の…駅を教えろ。仕事終わりに直接話がある,
 * was corrected to privacy alone, as the labelled sets read 直接話したい
 * after a station or address is asked for).
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.defamation.publish_threat',
    category: 'defamation',
    calm: [
      "I'm taking screenshots of this chat with your name on them and posting them on every forum I can find.",
      "I'm going to post your agent's photo online so people can see what a useless support rep looks like.",
    ],
    kept: [
      "I'll post your photo everywhere with a caption saying you steal from customers.",
      'Refund us by Friday, or I tag her real name and post the clip on TikTok as "engineer caught covering up a data leak".',
      "I'm posting screenshots of this chat on every forum so people know you are scammers.",
    ],
  },
  {
    id: 'en.x.privacy.at_home',
    category: 'privacy',
    calm: ['Which train station is closest to your Osaka office? Our team visits on Monday.'],
    kept: [
      'Tell me which train station your night-shift agent uses.',
      'What bus stop does your receptionist get off at?',
    ],
  },
  {
    id: 'en.intimidation.warning',
    category: 'intimidation',
    calm: ["Try the rollback and see where it gets us; if it fails, we'll reinstall."],
    kept: [
      "I've got your name and your manager's name. Keep closing my tickets and see where it gets you.",
      'Go ahead, ignore me again and see how far that gets you.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.violence.hit',
    category: 'violence',
    calm: ['このリリースを作った開発者の名前を教えろ。業界中に誰のせいか知らしめてやる。'],
    kept: ['次に会ったら、しめてやるからな。'],
  },
  {
    id: 'ja.b.intimidation.name_noted',
    category: 'intimidation',
    calm: ['念のため、本日ご対応いただいた方のお名前を控えさせていただいてもよろしいでしょうか。'],
    kept: ['お名前を控えさせていただきました。覚えておいてくださいね。'],
  },
];

describeProbeRound(31, { en: 20, ja: 20 }, {}, { en: EN_GUARDS, ja: JA_GUARDS });
