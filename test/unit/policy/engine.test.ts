import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/errors.js';
import { compileEngine } from '../../../src/policy/index.js';
import { parseEngineSection } from '../../../src/policy/engine-config.js';
import type { EvaluationInput } from '../../../src/policy/index.js';

const en = {
  lang: 'en',
  masks: [{ id: 'en.mask.signal', pattern: '\\bkill\\s+-(?:9|15)\\b' }],
  vetoes: [{ id: 'en.veto.legal', categories: ['intimidation'], pattern: '\\blegal (?:team|department)\\b' }],
  rules: [
    { id: 'en.insult.names', category: 'insult', pattern: '\\b(?:idiots?|morons?|jerks?|fuck)\\b' },
    {
      id: 'en.insult.useless',
      category: 'insult',
      pattern: '\\buseless\\b',
      requires: ['\\b(?:you|your)\\b'],
      unless: ['\\bnot useless\\b'],
    },
    { id: 'en.intimidation.regret', category: 'intimidation', pattern: "\\byou(?:'ll| will) regret\\b" },
    { id: 'en.violence.hurt', category: 'violence', pattern: '\\b(?:hurt|kill) you\\b' },
    { id: 'en.sexual.date', category: 'sexual', pattern: '\\bgo on a date with me\\b' },
    { id: 'en.monetary.damages', category: 'monetary', pattern: '\\bpay (?:us )?damages\\b' },
    {
      id: 'en.exchange.polite',
      category: 'exchange',
      pattern: '\\breplace (?:the|our) (?:unit|device)\\b',
      only_if_no_defect: true,
    },
    {
      id: 'en.persistence.calls',
      category: 'persistence',
      pattern: '\\bcall (?:again )?every hour\\b',
      requires: ['\\buntil\\b'],
      scope: 'message',
    },
  ],
};
const ja = {
  lang: 'ja',
  rules: [
    { id: 'ja.insult.baka', category: 'insult', pattern: 'バカ|ばか|アホ' },
    { id: 'ja.kneel.dogeza', category: 'kneel_demand', pattern: '土下座' },
    { id: 'ja.excessive.visit', category: 'excessive', pattern: '今日中に来(?:い|て)' },
  ],
};

const engine = compileEngine({
  version: 'test-1',
  engine: {
    rules: ['en.yaml', 'ja.yaml'],
    persistence: { window_minutes: 60, min_repeats: 3, min_tickets: 3, similarity: 0.5 },
  },
  ruleDocs: [
    { path: 'en.yaml', doc: en },
    { path: 'ja.yaml', doc: ja },
  ],
});

const run = (text: string, extra: Partial<EvaluationInput> = {}) => engine.evaluate({ text, ...extra });

describe('compileEngine', () => {
  const compile = (doc: unknown, engineSection: Record<string, unknown> = { rules: ['x.yaml'] }) =>
    compileEngine({ version: 'v', engine: engineSection, ruleDocs: [{ path: 'x.yaml', doc }] });

  it('rejects a bad regex naming the file and rule id', () => {
    expect(() =>
      compile({ lang: 'en', rules: [{ id: 'en.insult.bad', category: 'insult', pattern: '(unclosed' }] }),
    ).toThrow(/x\.yaml, en\.insult\.bad: pattern is not a valid regular expression/);
    // The error quotes the pattern as written, not its compacted form (compact-pattern.ts).
    let message = '';
    try {
      compile({ lang: 'en', rules: [{ id: 'en.insult.bad', category: 'insult', pattern: '(?:a|b)c(' }] });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('/(?:a|b)c(/');
    expect(message).not.toContain('(?![])');
  });

  it('rejects an unknown category, a missing pattern and a duplicate id', () => {
    expect(() =>
      compile({ lang: 'en', rules: [{ id: 'en.rude.x', category: 'rude', pattern: 'x' }] }),
    ).toThrow(/en\.rude\.x: category/);
    expect(() => compile({ lang: 'en', rules: [{ id: 'en.insult.x', category: 'insult' }] })).toThrow(
      /en\.insult\.x: pattern/,
    );
    expect(() =>
      compile({
        lang: 'en',
        rules: [
          { id: 'en.insult.x', category: 'insult', pattern: 'a' },
          { id: 'en.insult.x', category: 'insult', pattern: 'b' },
        ],
      }),
    ).toThrow(/duplicate id/);
  });

  it('rejects a key it does not know on a rule, a veto or a mask, naming it', () => {
    expect(() =>
      compile({ lang: 'en', rules: [{ id: 'en.insult.z', category: 'insult', pattern: 'a', unles: ['b'] }] }),
    ).toThrow(/x\.yaml, en\.insult\.z: Unrecognized key: "unles"/);
    expect(() =>
      compile({
        lang: 'en',
        vetoes: [{ id: 'en.veto.z', categories: ['insult'], pattern: 'a', scopes: 'near' }],
      }),
    ).toThrow(/en\.veto\.z: Unrecognized key: "scopes"/);
    expect(() =>
      compile({ lang: 'en', masks: [{ id: 'en.mask.z', pattern: 'a', category: 'insult' }] }),
    ).toThrow(/en\.mask\.z: Unrecognized key: "category"/);
  });

  it('reads a shared_unless pattern of any rule file wherever a rule or veto names it, as if written there', () => {
    const docs = (en: unknown) => [
      {
        path: 'shared.yaml',
        doc: { lang: 'en', shared_unless: { 'en.under-terms': '\\bunder (?:the|your) terms\\b' } },
      },
      { path: 'x.yaml', doc: en },
    ];
    const rules = (unless: unknown[]) => ({
      lang: 'en',
      vetoes: [{ id: 'en.veto.quoted', categories: ['insult'], pattern: '\\bquoted\\b', unless }],
      rules: [
        { id: 'en.monetary.refund', category: 'monetary', pattern: '\\brefund everything\\b', unless },
        { id: 'en.insult.clown', category: 'insult', pattern: '\\bclowns?\\b' },
      ],
    });
    const named = compileEngine({
      version: 'v',
      engine: { rules: ['shared.yaml', 'x.yaml'] },
      ruleDocs: docs(rules([{ shared: 'en.under-terms' }])),
    });
    const inline = compileEngine({
      version: 'v',
      engine: { rules: ['shared.yaml', 'x.yaml'] },
      ruleDocs: docs(rules(['\\bunder (?:the|your) terms\\b'])),
    });
    for (const text of [
      'Please refund everything.',
      'Please refund everything under the terms.',
      'A quoted clown, under your terms.',
      'A quoted clown.',
      'You clowns.',
    ]) {
      const a = named.evaluate({ text });
      expect({ means: a.means, demands: a.demands }).toEqual({
        means: inline.evaluate({ text }).means,
        demands: inline.evaluate({ text }).demands,
      });
    }
    expect(named.evaluate({ text: 'Please refund everything.' }).demands).toEqual(['monetary']);
    expect(named.evaluate({ text: 'Please refund everything under the terms.' }).demands).toEqual([]);
    // The veto's unless: a quoted clown is vetoed, unless "under your terms" is there too.
    expect(named.evaluate({ text: 'A quoted clown.' }).means).toEqual([]);
    expect(named.evaluate({ text: 'A quoted clown, under your terms.' }).means).toEqual(['insult']);
  });

  it('rejects a shared_unless that no rule file defines, one defined twice, a bad name and a bad pattern', () => {
    const two = (a: unknown, b: unknown) =>
      compileEngine({
        version: 'v',
        engine: { rules: ['a.yaml', 'b.yaml'] },
        ruleDocs: [
          { path: 'a.yaml', doc: a },
          { path: 'b.yaml', doc: b },
        ],
      });
    const user = {
      lang: 'en',
      rules: [{ id: 'en.insult.x', category: 'insult', pattern: 'x', unless: [{ shared: 'en.calm' }] }],
    };
    expect(() => two({ lang: 'en' }, user)).toThrow(
      /b\.yaml, en\.insult\.x: unless\[0\] names shared_unless en\.calm, which no rule file of the policy defines/,
    );
    expect(() =>
      two({ lang: 'en', shared_unless: { 'en.calm': 'a' } }, { ...user, shared_unless: { 'en.calm': 'b' } }),
    ).toThrow(/b\.yaml: shared_unless en\.calm is defined twice \(also in a\.yaml\)/);
    expect(() => two({ lang: 'en', shared_unless: { 'En Calm': 'a' } }, { lang: 'en' })).toThrow(
      /a\.yaml: shared_unless name "En Calm" must be lower case/,
    );
    expect(() => two({ lang: 'en', shared_unless: { 'en.calm': '(unclosed' } }, user)).toThrow(
      /a\.yaml, shared_unless en\.calm: pattern is not a valid regular expression/,
    );
    expect(() =>
      two(
        { lang: 'en', shared_unless: { 'en.calm': 'a' } },
        {
          lang: 'en',
          rules: [
            {
              id: 'en.insult.x',
              category: 'insult',
              pattern: 'x',
              unless: [{ shared: 'en.calm', extra: 1 }],
            },
          ],
        },
      ),
    ).toThrow(/b\.yaml, en\.insult\.x: unless\.0: Unrecognized key: "extra"/);
  });

  it("applies a veto only where its own requires match and none of its unless does, in the veto's scope", () => {
    // The describe's compile: one rule file, x.yaml.
    const vetoed = compile({
      lang: 'en',
      vetoes: [
        {
          id: 'en.veto.game',
          categories: ['violence'],
          pattern: '\\bin the game\\b',
          requires: ['\\bchat\\b'],
          unless: ['\\bfor real\\b'],
        },
      ],
      rules: [{ id: 'en.violence.kill', category: 'violence', pattern: '\\bkill you\\b' }],
    });
    const verdict = (text: string) => vetoed.evaluate({ text }).verdict;
    expect(verdict('He typed "kill you" in the game chat.')).toBe('none');
    // requires: no "chat" in the sentence.
    expect(verdict('I will kill you in the game.')).toBe('harassment');
    // unless: "for real" in the sentence.
    expect(verdict('I will kill you in the game chat and for real.')).toBe('harassment');
    // Another sentence does not count for a veto of the sentence scope.
    expect(verdict('I will kill you in the game. The chat is open.')).toBe('harassment');
  });

  it('rejects a bad requires pattern, a bad lang and a bad engine section', () => {
    expect(() =>
      compile({
        lang: 'en',
        rules: [{ id: 'en.insult.y', category: 'insult', pattern: 'a', requires: ['['] }],
      }),
    ).toThrow(/en\.insult\.y: requires\[0\]/);
    expect(() => compile({ lang: 'fr', rules: [] })).toThrow(ConfigError);
    expect(() => compile({ lang: 'en' }, { rules: ['x'], persistence: { min_repeats: 'many' } })).toThrow(
      /engine\.persistence\.min_repeats/,
    );
  });

  it("reads the backstop's pair margin (default 0.5) and rejects a negative one", () => {
    const parse = (backstop: Record<string, unknown>) => parseEngineSection({ rules: ['x'], backstop });
    expect(parse({ model: 'm.json' }).backstop).toEqual({
      model: 'm.json',
      enabled: true,
      pairMargin: 0.5,
      window: { sentences: 1, margin: 1.5 },
      unlessMargin: 2,
      thresholds: null,
    });
    expect(parse({ model: 'm.json', pair_margin: 2 }).backstop?.pairMargin).toBe(2);
    expect(() => parse({ model: 'm.json', pair_margin: -1 })).toThrow(/engine\.backstop\.pair_margin/);
    expect(() => parse({ model: 'm.json', pair_margin: 'wide' })).toThrow(ConfigError);
  });

  it("reads the backstop's local gate (a window of sentences), null for off, and rejects bad values", () => {
    const parse = (backstop: Record<string, unknown>) => parseEngineSection({ rules: ['x'], backstop });
    expect(parse({ model: 'm.json', window_sentences: 2, window_margin: 0 }).backstop?.window).toEqual({
      sentences: 2,
      margin: 0,
    });
    expect(parse({ model: 'm.json', window_sentences: null }).backstop?.window).toBeNull();
    expect(() => parse({ model: 'm.json', window_sentences: -1 })).toThrow(
      /engine\.backstop\.window_sentences/,
    );
    expect(() => parse({ model: 'm.json', window_sentences: 1.5 })).toThrow(
      /engine\.backstop\.window_sentences/,
    );
    expect(() => parse({ model: 'm.json', window_margin: -0.5 })).toThrow(/engine\.backstop\.window_margin/);
    expect(() => parse({ model: 'm.json', window_margin: 'high' })).toThrow(ConfigError);
  });

  it("reads the backstop's margin over a rule's own unless (default 2), null for never, and rejects bad values", () => {
    const parse = (backstop: Record<string, unknown>) => parseEngineSection({ rules: ['x'], backstop });
    expect(parse({ model: 'm.json', unless_margin: 0 }).backstop?.unlessMargin).toBe(0);
    expect(parse({ model: 'm.json', unless_margin: 3.5 }).backstop?.unlessMargin).toBe(3.5);
    expect(parse({ model: 'm.json', unless_margin: null }).backstop?.unlessMargin).toBe(Infinity);
    expect(() => parse({ model: 'm.json', unless_margin: -1 })).toThrow(/engine\.backstop\.unless_margin/);
    expect(() => parse({ model: 'm.json', unless_margin: 'always' })).toThrow(ConfigError);
  });

  it("reads the offsets to the backstop's thresholds with the model version they belong to, and rejects bad ones", () => {
    const parse = (thresholds: unknown) =>
      parseEngineSection({ rules: ['x'], backstop: { model: 'm.json', thresholds } });
    expect(
      parse({ model_version: 'v1', offsets: { insult: -0.5, monetary: 1 } }).backstop?.thresholds,
    ).toEqual({
      modelVersion: 'v1',
      offsets: { insult: -0.5, monetary: 1 },
    });
    expect(parse({ model_version: 'v1', offsets: {} }).backstop?.thresholds).toEqual({
      modelVersion: 'v1',
      offsets: {},
    });
    expect(() => parse({ offsets: { insult: -0.5 } })).toThrow(/engine\.backstop\.thresholds\.model_version/);
    expect(() => parse({ model_version: '', offsets: {} })).toThrow(
      /engine\.backstop\.thresholds\.model_version/,
    );
    expect(() => parse({ model_version: 'v1', offsets: { rudeness: -1 } })).toThrow(
      /engine\.backstop\.thresholds\.offsets/,
    );
    expect(() => parse({ model_version: 'v1', offsets: { insult: 'lower' } })).toThrow(
      /engine\.backstop\.thresholds\.offsets\.insult/,
    );
    expect(() => parse({ model_version: 'v1', offsets: { insult: -6 } })).toThrow(
      /engine\.backstop\.thresholds\.offsets\.insult/,
    );
    expect(() => parse({ model_version: 'v1', offsets: {}, offset: 1 })).toThrow(
      /engine\.backstop\.thresholds/,
    );
    expect(() => parse([-0.5])).toThrow(ConfigError);
  });
});

describe('evaluate: rules and scopes', () => {
  it('reports evidence with original offsets through obfuscation', () => {
    const text = 'Ｙｏｕ ｆ*ｃｋｉｎｇ... no: you M.O.R.O.N.';
    const d = run(text);
    expect(d.means).toEqual(['insult']);
    for (const e of d.evidence) expect(e.quote).toBe(text.slice(e.start, e.end));
    expect(d.evidence.map((e) => e.quote)).toContain('M.O.R.O.N');
  });

  it('requires and unless are tested in the sentence of the hit', () => {
    expect(run('Useless update. Your team is great.').means).toEqual([]);
    expect(run('Your update is useless.').means).toEqual(['insult']);
    expect(run('Your tool is not useless after all.').means).toEqual([]);
  });

  it('message scope looks at the whole message', () => {
    expect(run("I'll call every hour. Until it works.").means).toEqual(['persistence']);
    expect(run("I'll call every hour.").means).toEqual([]);
  });

  it('vetoes drop hits of their categories in the same sentence only', () => {
    expect(run("Our legal team says you'll regret this contract.").means).toEqual([]);
    expect(run("Our legal team is reading. You'll regret this.").means).toEqual(['intimidation']);
  });

  it("a veto's result holds for its own sentence and message only (several hits, several messages)", () => {
    // Two hits of one category: the veto clears the first sentence's, not the second's.
    const d = run("Our legal team says you'll regret this. You'll regret this.");
    expect(d.means).toEqual(['intimidation']);
    expect(d.evidence.map((e) => e.start)).toEqual([40]);
    // The same sentence offsets in the next message of a thread: tested again, on that text
    // ("Illegal team": the veto's literal is there, so the veto is tested, and fails).
    const at = '2026-01-01T00:00:00Z';
    const t = run('', {
      thread: [
        { at, text: "A legal team says you'll regret this." },
        { at, text: "Illegal team says you'll regret this." },
        { at, text: "A legal team says you'll regret this." },
      ],
    });
    expect(t.evidence.filter((e) => e.category === 'intimidation').map((e) => e.message)).toEqual([1]);
  });

  it("near scope looks at the hit's sentence and the nearest sentence on either side", () => {
    const near = compileEngine({
      version: 'near-1',
      engine: { rules: ['n.yaml'] },
      ruleDocs: [
        {
          path: 'n.yaml',
          doc: {
            lang: 'en',
            vetoes: [
              {
                id: 'en.veto.drill',
                categories: ['violence'],
                pattern: '\\bfire drill\\b',
                scope: 'near',
              },
            ],
            rules: [
              {
                id: 'en.violence.burn',
                category: 'violence',
                pattern: '\\bburn (?:it|the building) down\\b',
              },
              {
                id: 'en.excessive.tonight',
                category: 'excessive',
                pattern: '\\bcome tonight\\b',
                unless: ['\\bas (?:agreed|contracted)\\b'],
                scope: 'near',
              },
            ],
          },
        },
      ],
    });
    const means = (text: string) => near.evaluate({ text, lang: 'en' }).means;
    const demands = (text: string) => near.evaluate({ text, lang: 'en' }).demands;
    // The veto's cue in the sentence before or after the hit (blank lines skipped) clears it.
    expect(means('We run a fire drill at noon. Burn the building down, in the exercise.')).toEqual([]);
    expect(means('Burn the building down, they said.\n\nThat was the fire drill script.')).toEqual([]);
    // Two sentences away, or in the same place with no cue, it does not.
    expect(means('We run a fire drill at noon. Fine. Burn the building down.')).toEqual(['violence']);
    expect(means('Burn the building down. I mean it.')).toEqual(['violence']);
    // A rule's unless sees the same neighbourhood.
    expect(demands('As agreed in the contract. Please come tonight.')).toEqual([]);
    expect(demands('As agreed in the contract. Thanks. Please come tonight.')).toEqual(['excessive']);
  });

  it('masks blank technical phrases before the rules run', () => {
    expect(run('I had to kill -9 you know which process').means).toEqual([]);
    expect(run('I will kill you').means).toEqual(['violence']);
  });

  it('ignores quoted, forwarded and transcript-agent text', () => {
    expect(run('Please block this.\n> you idiots\n').verdict).toBe('none');
    expect(run('Agent: you jerk.\nCustomer: thanks.').verdict).toBe('none');
    expect(run('Customer: you jerk.\nAgent: sorry.').verdict).toBe('harassment');
  });

  it('runs rules of every language on every message', () => {
    const d = run('もう嫌だ。fuck。');
    expect(d.means).toEqual(['insult']);
    expect(d.lang).toBe('ja');
  });
});

describe('evaluate: determination', () => {
  it('means → harassment, whatever the demand', () => {
    const d = run('Pay us damages, you idiots.');
    expect(d.verdict).toBe('harassment');
    expect(d.means).toEqual(['insult']);
    expect(d.demands).toEqual(['monetary']);
  });

  it('only demands → review; nothing → none', () => {
    expect(run('Please pay damages for the outage.').verdict).toBe('review');
    expect(run('Please look at the outage.').verdict).toBe('none');
  });

  it('orders categories as in MEANS_CATEGORIES / DEMAND_CATEGORIES', () => {
    const d = run('You jerk, I will hurt you. 土下座しろ。今日中に来い。Pay damages.');
    expect(d.means).toEqual(['violence', 'insult', 'kneel_demand']);
    expect(d.demands).toEqual(['excessive', 'monetary']);
  });

  it('attaches a clause per category, a severity and the policy version', () => {
    const d = run('I will hurt you, jerk.');
    expect(d.clauses.violence).toMatch(/violence/);
    expect(d.clauses.insult).toMatch(/insult/);
    expect(d.severity).toBe('critical');
    expect(d.policyVersion).toBe('test-1');
    expect(run('You jerk.').severity).toBe('medium');
    expect(run('Pay damages.').severity).toBe('low');
    expect(run('Hello.').severity).toBe('none');
    expect(run('Would you go on a date with me?').severity).toBe('critical');
  });

  it('subsumes: a category found absorbs the ones configured under it, never the verdict', () => {
    const text = "You'll regret this. I will hurt you.";
    expect(run(text).means).toEqual(['violence', 'intimidation']);
    const absorbing = compileEngine({
      version: 'test-1',
      engine: { rules: ['en.yaml'], subsumes: { violence: ['intimidation'] } },
      ruleDocs: [{ path: 'en.yaml', doc: en }],
    });
    const d = absorbing.evaluate({ text });
    expect(d.verdict).toBe('harassment');
    expect(d.means).toEqual(['violence']);
    expect(d.evidence.map((e) => e.category)).toEqual(['violence']);
    // Without the absorbing category the other stays.
    expect(absorbing.evaluate({ text: "You'll regret this." }).means).toEqual(['intimidation']);
    expect(() =>
      compileEngine({
        version: 'v',
        engine: { rules: ['en.yaml'], subsumes: { violence: ['threats'] } },
        ruleDocs: [{ path: 'en.yaml', doc: en }],
      }),
    ).toThrow(/engine\.subsumes/);
  });

  it('no-defect context makes a polite exchange request inappropriate', () => {
    const text = 'Could you replace the unit, please?';
    expect(run(text).verdict).toBe('none');
    expect(run(text, { context: { noDefectFound: true } }).verdict).toBe('review');
    expect(run(text, { context: { noDefectFound: true } }).demands).toEqual(['exchange']);
  });

  it('detects the language when lang is absent and keeps a given one', () => {
    expect(run('Where is my invoice?').lang).toBe('en');
    expect(run('請求書はどこですか。').lang).toBe('ja');
    expect(run('請求書はどこですか。', { lang: 'en' }).lang).toBe('en');
  });

  it('property: every evidence quote is the original slice at its offsets', () => {
    const pieces = fc.constantFrom(
      'you ',
      'idiot',
      'id10t',
      'i.d.i.o.t',
      'f*ck',
      'ﾊﾞｶ',
      'バ カ',
      'あほ',
      ' ',
      '\n',
      '> ',
      '"',
      '「',
      '」',
      'Agent: ',
      'Customer: ',
      'useless ',
      'Your ',
      '. ',
      'É',
      '😀',
      'ｊｅｒｋ',
      'MORONNN',
      '土下座',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const d = run(text);
        for (const e of d.evidence) {
          expect(e.quote).toBe(text.slice(e.start, e.end));
          expect(e.end).toBeGreaterThan(e.start);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('explain (classify --why)', () => {
  it('returns the same decision as evaluate, and what cleared each hit', () => {
    const text =
      'Your tool is not useless. Our legal team says you will regret it. kill -9 the job. You idiot.';
    const x = engine.explain({ text });
    expect(x.decision).toEqual(run(text));
    expect(x.decision.means).toEqual(['insult']);
    expect(x.masks).toEqual([{ message: 0, id: 'en.mask.signal' }]);
    const cleared = x.cleared.map((c) => [c.rule, c.category, c.by, c.quote]);
    expect(cleared).toEqual([
      ['en.insult.useless', 'insult', 'unless[0]', 'useless'],
      ['en.intimidation.regret', 'intimidation', 'veto en.veto.legal', 'you will regret'],
    ]);
    for (const c of x.cleared) expect(text.slice(c.start, c.end)).toBe(c.quote);
    // No backstop in this policy, nothing absorbed.
    expect(x.backstop).toEqual([]);
    expect(x.subsumed).toEqual([]);
  });

  it('reports hits cleared in a thread by message, and categories absorbed by engine.subsumes', () => {
    const absorbing = compileEngine({
      version: 'test-1',
      engine: { rules: ['en.yaml'], subsumes: { violence: ['intimidation'] } },
      ruleDocs: [{ path: 'en.yaml', doc: en }],
    });
    const thread = [
      { at: '2026-01-01T00:00:00Z', text: 'Thanks.' },
      { at: '2026-01-01T00:01:00Z', text: 'Not useless at all. You will regret this. I will hurt you.' },
    ];
    const x = absorbing.explain({ thread });
    expect(x.decision).toEqual(absorbing.evaluate({ thread }));
    expect(x.decision.means).toEqual(['violence']);
    expect(x.subsumed).toEqual([{ category: 'intimidation', by: 'violence' }]);
    expect(x.cleared).toEqual([]);
    const y = absorbing.explain({
      thread: [thread[0]!, { ...thread[1]!, text: 'Your bot is not useless.' }],
    });
    expect(y.cleared).toMatchObject([{ rule: 'en.insult.useless', message: 1, by: 'unless[0]' }]);
  });

  it('leaves evaluate as it was: no trace is kept after explain returns', () => {
    const text = 'Your tool is not useless.';
    engine.explain({ text });
    expect(engine.evaluate({ text })).toEqual(run(text));
    // A second explain starts empty.
    expect(engine.explain({ text: 'Hello.' }).cleared).toEqual([]);
  });
});
