/**
 * `harassment-guard replay --ticket ID [--json]`
 *
 * Reads one ticket's comments from Zendesk and evaluates each public end-user
 * comment with the engine and policy file the worker uses; prints the
 * decisions. Read-only: nothing is queued and nothing is written, whatever
 * ACTIONS_MODE says. Useful to check a complaint about a decision, or what a
 * rule change would do to a real ticket.
 *
 * Each comment is judged alone, as the worker judges a new message (the
 * worker also has the requester's contact history in Redis for persistence;
 * replay does not read it).
 */
import type { Command } from 'commander';
import { loadEnv } from '../../config/env.js';
import { loadPolicyFile } from '../../config/policy-file.js';
import { silentLogger } from '../../log.js';
import { compileEngine } from '../../policy/index.js';
import type { Decision, EvaluationInput } from '../../policy/index.js';
import { skipReason } from '../../queue/processors/evaluate.js';
import type { PolicyEngine } from '../../queue/processors/evaluate.js';
import { ZendeskClient } from '../../zendesk/client.js';
import { RateLimitGate } from '../../zendesk/rate-limit-gate.js';

export interface ReplayCommandOptions {
  ticket: string;
  json?: boolean;
}

export interface ReplayIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  cwd: string;
}

export interface ReplayDeps {
  engine?: PolicyEngine;
}

function isTruthy(v: unknown): boolean {
  if (v === true) return true;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return !['', 'false', '0', 'no', 'null', '-'].includes(v.trim().toLowerCase());
  return false;
}

function human(commentId: string, at: string | undefined, d: Decision): string {
  const cats = [...d.means, ...d.demands];
  const head = `comment ${commentId}${at ? ` (${at})` : ''}: ${d.verdict}${cats.length ? ` — ${cats.join(', ')}` : ''}`;
  const ev = d.evidence.map((e) => `    ${e.category}: "${e.quote}" [${e.start}..${e.end}] (${e.rule})`);
  return [head, ...ev].join('\n');
}

/** Runs the replay; resolves to the process exit code. Never throws. */
export async function runReplay(
  opts: ReplayCommandOptions,
  env: NodeJS.ProcessEnv,
  io: ReplayIo,
  deps: ReplayDeps = {},
): Promise<number> {
  try {
    if (!/^\d{1,20}$/.test(opts.ticket))
      throw new Error(`--ticket must be a ticket number, got "${opts.ticket}"`);
    // Replay never writes: the service's ACTIONS_MODE (and what live mode requires) does not apply.
    const config = loadEnv({ ...env, ACTIONS_MODE: 'dry-run' }, { cwd: io.cwd });
    if (!config.zendesk || !config.zendesk.auth) {
      throw new Error(
        'replay reads Zendesk: set ZENDESK_BASE_URL (or ZENDESK_SUBDOMAIN) and ZENDESK_EMAIL + ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN)',
      );
    }
    const policy = loadPolicyFile(config.policyFile);
    const engine =
      deps.engine ??
      compileEngine({
        version: policy.version,
        engine: policy.engine,
        ruleDocs: policy.ruleDocs,
        backstop: policy.backstop,
      });
    const client = new ZendeskClient({
      baseUrl: config.zendesk.baseUrl,
      auth: config.zendesk.auth,
      timeoutMs: config.zendesk.timeoutMs,
      logger: silentLogger(),
      gate: new RateLimitGate(),
      maxPages: 50,
    });

    const ticket = await client.getTicket(opts.ticket);
    const comments = await client.listComments(opts.ticket);
    const { tag, field_id: fieldId } = policy.service.no_defect;
    const noDefectFound =
      (tag !== null && ticket.tags.includes(tag)) ||
      (fieldId !== null && isTruthy(ticket.customFields?.[String(fieldId)]));

    const tally: Record<string, number> = {};
    let evaluated = 0;
    for (const c of comments) {
      const skip = skipReason(c, undefined);
      const id = c.id ?? '?';
      if (skip || c.body === undefined) {
        if (!opts.json) io.stdout(`comment ${id}: skipped (${skip ?? 'no text'})`);
        continue;
      }
      const input: EvaluationInput = { text: c.body, context: noDefectFound ? { noDefectFound } : {} };
      const d = engine.evaluate(input);
      evaluated += 1;
      tally[d.verdict] = (tally[d.verdict] ?? 0) + 1;
      if (opts.json) {
        io.stdout(
          JSON.stringify({
            ticketId: opts.ticket,
            commentId: id,
            createdAt: c.createdAt,
            verdict: d.verdict,
            means: d.means,
            demands: d.demands,
            severity: d.severity,
            policyVersion: d.policyVersion,
            evidence: d.evidence.map((e) => ({
              category: e.category,
              quote: e.quote,
              start: e.start,
              end: e.end,
            })),
          }),
        );
      } else {
        io.stdout(human(id, c.createdAt, d));
      }
    }
    const counts = Object.entries(tally)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    io.stderr(
      `replay ticket ${opts.ticket}: ${comments.length} comments, ${evaluated} customer messages evaluated${counts ? ` (${counts})` : ''}; nothing written`,
    );
    return 0;
  } catch (err) {
    io.stderr(
      `harassment-guard replay: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`,
    );
    return 1;
  }
}

/** Adds `replay` to the CLI. */
export function register(program: Command): void {
  program
    .command('replay')
    .showHelpAfterError(false)
    .description("evaluate one ticket's customer comments and print the decisions (read-only)")
    .requiredOption('--ticket <id>', 'Zendesk ticket number')
    .option('--json', 'one JSON line per comment', false)
    .action(async (opts: ReplayCommandOptions) => {
      process.exitCode = await runReplay(opts, process.env, {
        stdout: (line) => process.stdout.write(`${line}\n`),
        stderr: (line) => process.stderr.write(`${line}\n`),
        cwd: process.cwd(),
      });
    });
}
