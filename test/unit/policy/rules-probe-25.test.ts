/**
 * Probe round 25 (the fifth 2026-12-03 session's third round), run through
 * the real policy file and engine: test/fixtures/probes/probe-25.jsonl holds
 * calm consequences (an escalation through official channels, a report to a
 * regulator, a legal review, a vendor assessment, a competitor evaluated, an
 * honest review, records kept for a dispute, termination under the
 * contract) beside menacing ones (a job, a career or a family threatened,
 * leverage over the agent, "people who cross me regret it"), in both
 * languages, written before the rules were read. Of its 42 items, 2 were
 * judged wrongly before the fixes and 1 after; every calm item was calm
 * already. Fixed: letters to the president every day until the agent is
 * fired are persistence as well (ja.persistence.every_interval reads 手紙を書く,
 * 投書する, ファックスを送る; not 投書箱 or the post sorted daily).
 */
import { describeProbeRound } from '../../support/rule-engine.js';
import type { GuardTable } from '../../support/rule-engine.js';

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.persistence.every_interval',
    category: 'persistence',
    calm: [
      '毎日の投書箱の確認は総務が行います。',
      '毎日の手紙の仕分けに使っています。',
      '毎月、手紙でご報告いたします。',
    ],
    kept: [
      'あなたがクビになるまで、社長宛てに毎日手紙を書きますよ。',
      '解決するまで毎週投書します。',
      '毎日ファックスを送り続けます。',
    ],
  },
];

describeProbeRound(
  25,
  { en: 24, ja: 18 },
  {
    'p25-ja-011':
      'あなたの名前も勤務先の事務所も分かっています is also read as privacy by ja.b.privacy.knows_private, which counts the workplace among the private details a customer claims to know; the English twin (p25-en-017) is intimidation only. The words allow both, so the rule is left as it is',
  },
  { ja: JA_GUARDS },
);
