/**
 * Probe round 33 (the sixth 2026-12-03 session's fourth round), run through
 * the real policy file and engine: test/fixtures/probes/probe-33.jsonl holds
 * insults of many shapes (a trained monkey, two brain cells, muppets,
 * sarcasm, obfuscation, half-width katakana, 給料泥棒, 小学生からやり直せ)
 * beside calm look-alikes (swearing at the situation, the customer calling
 * themself an idiot, an insulting error text reported, a third party's
 * words quoted, product criticism). Written before the rules were read; of
 * its 40 items, 2 were judged wrongly before the fixes and none after:
 * en.x.insult.someone_sentient reads "put someone on the phone who can
 * actually read" (and no longer a skill asked for, "someone who can read a
 * packet capture"), and en.r.insult.incompetence_required is new.
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.x.insult.someone_sentient',
    category: 'insult',
    calm: [
      'Please send someone who can read a packet capture; the trace is attached.',
      'Could you find someone who can read Portuguese? The logs are from our Brazil office.',
    ],
    kept: [
      'Next time put someone on the phone who can actually read.',
      'Perhaps you could send the policy manual to someone who can read.',
      'maybe next time send someone who can read past the first line, champ.',
      'Please escalate to someone who can count to ten without using their fingers.',
    ],
  },
];

describeProbeRound(33, { en: 20, ja: 20 }, {}, { en: EN_GUARDS });
