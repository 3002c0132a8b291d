/**
 * `harassment-guard classify`: JSONL on stdin → one JSONL decision per line
 * on stdout (DESIGN §3), or `--text "…"` for a readable explanation of one
 * message.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { loadPolicyFile } from '../../config/policy-file.js';
import { compileEngine, demandFingerprint, InMemoryContactLog } from '../../policy/index.js';
import type { Decision, EvaluationInput, Explanation, PolicyEngine } from '../../policy/index.js';
import { collectStartupGarbage, garbageCollector } from '../v8-settings.js';
import { resolvePolicyPath } from '../policy-path.js';
import { stopQuietlyWhenReaderLeaves } from '../stdout.js';

const threadItemSchema = z.object({
  at: z.union([z.string(), z.number()]),
  text: z.string(),
});

/** One input line. Other fields (labels, notes) are ignored, so a labelled corpus can be piped in. */
const inputLineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string().optional(),
  thread: z.array(threadItemSchema).min(1).optional(),
  lang: z.string().optional(),
  channel: z.string().optional(),
  /** Optional: count contact per requester across lines (in memory). */
  requester: z.string().optional(),
  ticket: z.union([z.string(), z.number()]).optional(),
  at: z.union([z.string(), z.number()]).optional(),
  no_defect_found: z.boolean().optional(),
});

type InputLine = z.infer<typeof inputLineSchema>;

export class InputLineError extends Error {
  constructor(
    readonly lineNumber: number,
    reason: string,
  ) {
    super(`line ${lineNumber}: ${reason}`);
    this.name = 'InputLineError';
  }
}

/** Parses one JSONL line; throws InputLineError naming the line. */
export function parseInputLine(line: string, lineNumber: number): InputLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    // V8 quotes the start of the text in some messages ("Unexpected token 'o', "not json" is
    // not valid JSON"): that may be a customer's words, so the quote is left out.
    const reason = (err as Error).message
      .split('\n')[0]!
      .replace(/,? ".*"(?:\.\.\.)? is not valid JSON$/, '');
    throw new InputLineError(lineNumber, `invalid JSON (${reason})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputLineError(lineNumber, 'expected a JSON object');
  }
  if (!('id' in raw)) throw new InputLineError(lineNumber, 'missing "id"');
  const r = inputLineSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue && issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
    throw new InputLineError(lineNumber, `${where}${issue?.message ?? 'invalid'}`);
  }
  if (r.data.text === undefined && r.data.thread === undefined) {
    throw new InputLineError(lineNumber, 'needs "text" or "thread"');
  }
  return r.data;
}

const toIso = (at: string | number): string => (typeof at === 'number' ? new Date(at).toISOString() : at);

export function toEvaluationInput(line: InputLine): EvaluationInput {
  const input: EvaluationInput = line.thread
    ? { thread: line.thread.map((m) => ({ at: toIso(m.at), text: m.text })) }
    : { text: line.text ?? '' };
  if (line.lang === 'en' || line.lang === 'ja') input.lang = line.lang;
  input.context = {};
  if (line.channel) input.context.channel = line.channel;
  if (line.no_defect_found !== undefined) input.context.noDefectFound = line.no_defect_found;
  return input;
}

/** The contract's output line: id, verdict, means, demands, evidence (+ message for threads). */
export function toOutputLine(
  id: string | number,
  decision: Decision,
  thread: boolean,
): Record<string, unknown> {
  return {
    id,
    verdict: decision.verdict,
    means: decision.means,
    demands: decision.demands,
    evidence: decision.evidence.map((e) =>
      thread
        ? { category: e.category, quote: e.quote, start: e.start, end: e.end, message: e.message }
        : { category: e.category, quote: e.quote, start: e.start, end: e.end },
    ),
  };
}

export function explain(decision: Decision): string {
  const out: string[] = [];
  out.push(
    `verdict: ${decision.verdict}  (severity ${decision.severity}, lang ${decision.lang}, policy ${decision.policyVersion})`,
  );
  const section = (title: string, cats: readonly string[]): void => {
    if (cats.length === 0) {
      out.push(`${title}: none`);
      return;
    }
    out.push(`${title}:`);
    for (const c of cats) {
      out.push(`  ${c} — ${decision.clauses[c as keyof Decision['clauses']] ?? ''}`);
      for (const e of decision.evidence.filter((x) => x.category === c)) {
        const where = e.message > 0 ? `message ${e.message}, ` : '';
        out.push(`    "${e.quote}"  [${where}${e.start}..${e.end}]  (${e.rule})`);
      }
    }
  };
  section('means', decision.means);
  section('demands', decision.demands);
  if (decision.persistence) {
    const p = decision.persistence;
    out.push(
      `persistence: ${p.messages} messages, ${p.repeats} repeating the same demand, ${p.tickets} ticket(s), over ${p.spanMinutes} min`,
    );
  }
  return out.join('\n');
}

/** The `--why` section: masks that blanked text, cleared hits, absorbed categories, backstop scores. */
export function explainWhy(x: Explanation): string {
  const out: string[] = ['why:'];
  const at = (message: number, start: number, end: number): string =>
    `[${message > 0 ? `message ${message}, ` : ''}${start}..${end}]`;
  out.push(
    x.masks.length === 0
      ? '  masks: none blanked text'
      : `  masks: ${x.masks.map((m) => (m.message > 0 ? `${m.id} (message ${m.message})` : m.id)).join(', ')}`,
  );
  if (x.cleared.length === 0) out.push('  cleared hits: none');
  else {
    out.push('  cleared hits:');
    for (const c of x.cleared)
      out.push(
        `    ${c.category} "${c.quote}"  ${at(c.message, c.start, c.end)}  (${c.rule}) cleared by ${c.by}`,
      );
  }
  for (const s of x.subsumed) out.push(`  ${s.category} was found and absorbed by ${s.by} (engine.subsumes)`);
  if (x.backstop.length === 0) out.push('  backstop: did not score');
  else {
    const rows = [...x.backstop].sort((a, b) => b.score - b.threshold - (a.score - a.threshold));
    out.push(
      `  backstop (message score / threshold): ${rows
        .map(
          (r) =>
            `${r.category} ${r.score.toFixed(2)}/${r.threshold.toFixed(2)}${r.window ? ' (passed on a window)' : ''}`,
        )
        .join(', ')}`,
    );
  }
  return out.join('\n');
}

function loadEngine(policyOption: string | undefined): PolicyEngine {
  const engine = compileEngine(loadPolicyFile(resolvePolicyPath(policyOption, process.env)), {
    collectGarbage: garbageCollector(),
  });
  collectStartupGarbage();
  return engine;
}

async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

async function classifyStream(engine: PolicyEngine, why: boolean): Promise<number> {
  const log = new InMemoryContactLog({
    windowMinutes: engine.config.persistence.windowMinutes,
    similarity: engine.config.persistence.similarity,
  });
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of rl) {
      lineNumber++;
      if (line.trim() === '') continue;
      const parsed = parseInputLine(line, lineNumber);
      const input = toEvaluationInput(parsed);
      if (parsed.requester !== undefined) {
        const text = parsed.thread ? parsed.thread.map((m) => m.text).join('\n') : (parsed.text ?? '');
        const at = parsed.at !== undefined ? Date.parse(toIso(parsed.at)) : lineNumber;
        input.context = {
          ...input.context,
          history: await log.record(parsed.requester, {
            at,
            ticketId: String(parsed.ticket ?? parsed.id),
            fingerprint: demandFingerprint(text),
          }),
        };
      }
      if (why) {
        const { decision, ...rest } = engine.explain(input);
        const line = { ...toOutputLine(parsed.id, decision, parsed.thread !== undefined), why: rest };
        await write(`${JSON.stringify(line)}\n`);
        continue;
      }
      const decision = engine.evaluate(input);
      await write(`${JSON.stringify(toOutputLine(parsed.id, decision, parsed.thread !== undefined))}\n`);
    }
  } catch (err) {
    rl.close();
    process.stdin.destroy();
    if (err instanceof InputLineError) {
      console.error(`harassment-guard classify: ${err.message}`);
      return 1;
    }
    throw err;
  }
  return 0;
}

export function register(program: Command): void {
  program
    .command('classify')
    .description('classify customer messages: JSONL on stdin → one JSONL decision per line (or --text)')
    .addHelpText(
      'after',
      '\nInput lines: {"id","text"} or {"id","thread":[{"at","text"}…]}, optional "lang" (en|ja) and "channel".\n' +
        'Optional "requester" (+ "ticket", "at") counts contact per requester in memory (persistence).\n' +
        'Output lines: {"id","verdict","means","demands","evidence":[{"category","quote","start","end"}]}.',
    )
    .option('-t, --text <text>', 'classify one message and print a readable explanation')
    .option('-l, --lang <lang>', 'language of --text (en or ja); detected when absent')
    .option('-c, --channel <channel>', 'channel of --text (email, web, chat, phone_transcript)')
    .option('--no-defect-found', 'the ticket records that no defect was found (for --text)')
    .option('--json', 'with --text, print the full decision as JSON')
    .option(
      '--why',
      'also say which masks blanked text, which rule hits an unless or a veto cleared, and the backstop scores ' +
        '(with --text a "why:" section, or "why" in the JSON; on stdin a "why" key per output line)',
    )
    .option('-p, --policy <file>', 'policy file (default: POLICY_FILE, else config/policy.yaml)')
    .action(
      async (opts: {
        text?: string;
        lang?: string;
        channel?: string;
        defectFound?: boolean;
        json?: boolean;
        why?: boolean;
        policy?: string;
      }) => {
        stopQuietlyWhenReaderLeaves();
        const engine = loadEngine(opts.policy);
        if (opts.text !== undefined) {
          if (opts.lang !== undefined && opts.lang !== 'en' && opts.lang !== 'ja') {
            throw new Error(`--lang must be en or ja, got "${opts.lang}"`);
          }
          const input: EvaluationInput = { text: opts.text, context: {} };
          if (opts.lang === 'en' || opts.lang === 'ja') input.lang = opts.lang;
          if (opts.channel) input.context = { ...input.context, channel: opts.channel };
          if (opts.defectFound === false) input.context = { ...input.context, noDefectFound: true };
          if (opts.why) {
            const x = engine.explain(input);
            await write(
              `${opts.json ? JSON.stringify(x, null, 2) : `${explain(x.decision)}\n${explainWhy(x)}`}\n`,
            );
            return;
          }
          const decision = engine.evaluate(input);
          await write(`${opts.json ? JSON.stringify(decision, null, 2) : explain(decision)}\n`);
          return;
        }
        process.exitCode = await classifyStream(engine, opts.why === true);
      },
    );
}
