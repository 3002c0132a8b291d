/**
 * Probe round 36 (the sixth 2026-12-03 session's seventh round), run through
 * the real policy file and engine: test/fixtures/probes/probe-36.jsonl holds
 * dialect and slang: Kansai speech (しばいたろか, 首洗って待っとけや,
 * 金返せや, 土下座して謝りに来いや, なんべんでも電話したる) and British
 * slang (stitched us up, sort YOU out, a few grand for the hassle) beside
 * calm messages in the same voice (おおきに, なんでやねん, gutted, knackered,
 * legend). Written before the rules were read; of its 23 items, 1 was judged
 * wrongly and is listed as known.
 */
import { describeProbeRound } from '../../support/rule-engine.js';

describeProbeRound(
  36,
  { en: 8, ja: 15 },
  {
    'p36-en-001':
      '"You lot have properly stitched us up and I won\'t forget it. Sleep on that.": the backstop reads violence (which absorbs intimidation) in every channel; a rule for the grudge would be absorbed too',
  },
);
