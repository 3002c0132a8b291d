/**
 * Vetoes of config/rules/calm-3.yaml, from the blind calm probe set
 * test/fixtures/probes/calm-3.jsonl, run through the real policy file and
 * engine. Each veto has a table of calm messages (the category must stay out)
 * and kept ones (still found), all written for this test (none is taken from
 * a corpus or a training set). The kept messages ask for more than the terms
 * or the plan give, or give no reason at all, so the veto must not reach them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeGuardTables } from '../../support/rule-engine.js';
import type { GuardTable, RuleFileIds } from '../../support/rule-engine.js';

const RULE_FILE = 'config/rules/calm-3.yaml';

const EN_GUARDS: GuardTable[] = [
  {
    id: 'en.c3.veto.billed_against_terms',
    category: 'monetary',
    calm: [
      'We were billed for 60 seats after removing 20 on 1 June. Your order form says seat reductions apply from the next month. Could you refund the difference?',
      'We were still charged the old rate in July. The pricing page says the new rate applies from renewal in September. Please refund the difference.',
      'We were invoiced at the Enterprise tier for March. The contract states the Business tier applies until April. Please refund the difference.',
    ],
    kept: [
      'We were charged the Premium rate. Your pricing page says downgrades take effect next cycle. Please refund the difference and pay compensation for the inconvenience.',
      'Please refund the difference between the annual and monthly plans for the remaining months.',
      'We were charged for May. Your terms say the plan renews monthly, but refund the difference anyway as a goodwill gesture.',
    ],
  },
];

const JA_GUARDS: GuardTable[] = [
  {
    id: 'ja.c3.veto.billed_against_terms',
    category: 'monetary',
    calm: [
      '契約書第7条に定める解約日以降の分まで請求されました。その分の返金をお願いいたします。',
      '料金表には年額払いは2か月分割引とありますが、割引前の金額で請求されています。差額の返金をお願いします。',
      '規約に基づき14日以内にキャンセルしましたが、カードに請求されました。返金してください。',
    ],
    kept: [
      '規約では返金不可とのことですが、請求された差額を返金してください。',
      '料金ページには月額とありますが年額で請求されました。返金に加えて、慰謝料も払ってください。',
      '過去3年分の利用料を全額返金してください。',
    ],
  },
  {
    id: 'ja.c3.veto.plan_covers_hours',
    category: 'excessive',
    calm: [
      '弊社は24時間365日対応のプランを契約しております。日曜深夜のサーバー移行作業中、エンジニアの方に待機していただけますか。',
      '当社はプレミアムプラン契約です。年末年始の切り替え作業中も待機をお願いできますでしょうか。',
    ],
    kept: [
      '当社はスタンダードプランですが、土日の作業中もエンジニアに待機してほしいです。',
      '当社はプレミアム契約です。連休中の作業の間、当社に常駐して待機してください。',
      '当社はプレミアム契約です。深夜の作業中、無償で専任エンジニアに待機していただけますか。',
    ],
  },
];

describeGuardTables('calm-3 vetoes (English)', EN_GUARDS, 'en');
describeGuardTables('calm-3 vetoes (Japanese)', JA_GUARDS, 'ja');

describe('calm-3 vetoes: the rule file', () => {
  const file = parse(readFileSync(RULE_FILE, 'utf8')) as RuleFileIds;
  const ids = [...(file.vetoes ?? []), ...(file.masks ?? [])].map((v) => v.id);

  it('holds vetoes only, each with an en.c3.veto. or ja.c3.veto. id', () => {
    expect(file.rules ?? []).toEqual([]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(/^(?:en|ja)\.c3\.veto\./.test(id), id).toBe(true);
  });

  it('has a table above for every veto, in the language its id names', () => {
    const en = new Set(EN_GUARDS.map((g) => g.id));
    const ja = new Set(JA_GUARDS.map((g) => g.id));
    for (const id of ids) expect(id.startsWith('en.') ? en.has(id) : ja.has(id), id).toBe(true);
  });

  it('is listed in config/policy.yaml', () => {
    expect(readFileSync('config/policy.yaml', 'utf8')).toContain('rules/calm-3.yaml');
  });
});
