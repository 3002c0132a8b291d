/**
 * `harassment-guard report --from YYYY-MM-DD --to YYYY-MM-DD [--format md|csv|html] [--out FILE] [--reveal]`
 *
 * The compliance committee's report, built from Zendesk itself (search export
 * + audits), so it covers any period regardless of restarts. Fetching,
 * computing (pure `buildReport`) and rendering are separate modules; this file
 * only reads the environment and options, wires them, and turns failures into
 * one line on stderr and a non-zero exit.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { loadEnv } from '../../config/env.js';
import { formatZodIssue } from '../../config/errors.js';
import { serviceSectionSchema } from '../../config/policy-file.js';
import type { ServicePolicy } from '../../config/policy-file.js';
import { buildReport } from '../../report/build.js';
import { fetchReportTickets } from '../../report/fetch.js';
import { periodBounds } from '../../report/period.js';
import { DEFAULT_PSEUDONYM_KEY, pseudonymiser } from '../../report/pseudonym.js';
import { renderCsv } from '../../report/render-csv.js';
import { renderHtml } from '../../report/render-html.js';
import { renderMarkdown } from '../../report/render-markdown.js';
import type { ReportData } from '../../report/types.js';
import { createZendeskReader } from '../../zendesk/search-export.js';
import type { ZendeskReaderConfig } from '../../zendesk/search-export.js';

export const REPORT_FORMATS = ['md', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportCommandOptions {
  from: string;
  to: string;
  format?: ReportFormat;
  out?: string;
  reveal?: boolean;
  /** Escalated tickets whose audits are read to time escalations (default 300). */
  maxHistories?: number;
  /** Upper bound of tickets per tag search (default 20,000). */
  maxTickets?: number;
}

export interface ReportIo {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
  now: () => Date;
  cwd: string;
}

/** Test seams: reader tuning (retry delays). */
export interface ReportDeps {
  reader?: Partial<Pick<ZendeskReaderConfig, 'maxAttempts' | 'retryBaseMs' | 'maxRetryAfterMs' | 'sleep'>>;
}

const reportEnvSchema = z.object({
  REPORT_PSEUDONYM_KEY: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().min(16, 'must be at least 16 characters').optional(),
  ),
});

const RENDERERS: Record<ReportFormat, (d: ReportData) => string> = {
  md: renderMarkdown,
  csv: renderCsv,
  html: renderHtml,
};

/**
 * The policy file's service section (version, tag names, refusal settings).
 * The report needs neither the engine section nor the rule files, so it
 * reads only this part and works wherever the policy file itself is readable.
 */
export function loadReportPolicy(path: string): ServicePolicy {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message.split('\n')[0];
    throw new Error(`POLICY_FILE ${path} cannot be read: ${reason}`);
  }
  const parsed = serviceSectionSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`POLICY_FILE ${path}: ${formatZodIssue(parsed.error)}`);
  return parsed.data;
}

/** md unless --format says otherwise, or --out ends in .csv / .html / .htm. */
export function resolveFormat(format: string | undefined, out: string | undefined): ReportFormat {
  if (format !== undefined) {
    if ((REPORT_FORMATS as readonly string[]).includes(format)) return format as ReportFormat;
    throw new Error(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
  }
  const ext = out ? extname(out).toLowerCase() : '';
  if (ext === '.csv') return 'csv';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'md';
}

/** Runs the report; resolves to the process exit code. Never throws. */
export async function runReport(
  opts: ReportCommandOptions,
  env: NodeJS.ProcessEnv,
  io: ReportIo,
  deps: ReportDeps = {},
): Promise<number> {
  try {
    periodBounds(opts.from, opts.to);
    const format = resolveFormat(opts.format, opts.out);

    const config = loadEnv(env, { cwd: io.cwd });
    if (!config.zendesk || !config.zendesk.auth) {
      throw new Error(
        'the report reads Zendesk: set ZENDESK_BASE_URL (or ZENDESK_SUBDOMAIN) and ZENDESK_EMAIL + ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN)',
      );
    }
    const reportEnv = reportEnvSchema.safeParse(env);
    if (!reportEnv.success) {
      throw new Error(`REPORT_PSEUDONYM_KEY: ${reportEnv.error.issues[0]?.message ?? 'invalid'}`);
    }
    const policy = loadReportPolicy(config.policyFile);

    const reveal = opts.reveal === true;
    let key = reportEnv.data.REPORT_PSEUDONYM_KEY;
    if (!key) {
      key = DEFAULT_PSEUDONYM_KEY;
      if (!reveal) {
        io.stderr(
          'warning: REPORT_PSEUDONYM_KEY is unset; using the built-in default key, so pseudonyms can be reversed by anyone with the source. Set a secret key for real reports.',
        );
      }
    }

    const reader = createZendeskReader({
      baseUrl: config.zendesk.baseUrl,
      auth: config.zendesk.auth,
      timeoutMs: config.zendesk.timeoutMs,
      ...deps.reader,
    });
    const fetched = await fetchReportTickets(reader, {
      period: { from: opts.from, to: opts.to },
      tags: policy.tags,
      maxHistories: opts.maxHistories,
      maxTickets: opts.maxTickets,
    });

    const label = pseudonymiser(key);
    const data = buildReport(fetched.tickets, {
      period: { from: opts.from, to: opts.to },
      tags: policy.tags,
      policyVersion: policy.version,
      suspendRequester: policy.refusal.suspend_requester,
      requesterLabel: reveal ? (id) => id : label,
      revealed: reveal,
      generatedAt: io
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      historyCoverage: fetched.historyCoverage,
    });
    const text = RENDERERS[format](data);

    const summary = `report ${opts.from}..${opts.to}: ${data.totals.tickets} tickets, ${data.totals.flagged} flagged (${fetched.searchPages} search pages, ${fetched.auditRequests} audit requests)`;
    if (opts.out) {
      const path = resolve(io.cwd, opts.out);
      mkdirSync(dirname(path), { recursive: true });
      // Owner-only: the report holds pseudonyms, or with --reveal requester ids.
      writeFileSync(path, text, { encoding: 'utf8', mode: 0o600 });
      io.stderr(`${summary} → ${path}`);
    } else {
      io.stdout(text);
      io.stderr(summary);
    }
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`harassment-guard report: ${message.split('\n')[0]}`);
    return 1;
  }
}

const positiveInt = (name: string) => (v: string) => {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${name} must be a whole number`);
  return Number(v);
};

/** Adds `report` to the CLI. */
export function register(program: Command): void {
  program
    .command('report')
    // Option errors stay one line (the program may show help after errors).
    .showHelpAfterError(false)
    .description("build the compliance committee's report from Zendesk for a period (UTC days, inclusive)")
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD (inclusive)')
    .addOption(
      new Option('--format <format>', 'md, csv or html (default: from --out, else md)').choices([
        ...REPORT_FORMATS,
      ]),
    )
    .option('--out <file>', 'write to FILE instead of stdout')
    .option('--reveal', 'show raw requester ids instead of pseudonyms (personal data!)', false)
    .option(
      '--max-histories <n>',
      'escalated tickets whose audits are read (default 300)',
      positiveInt('--max-histories'),
    )
    .option(
      '--max-tickets <n>',
      'fail above this many tickets per tag (default 20000)',
      positiveInt('--max-tickets'),
    )
    .action(async (opts: ReportCommandOptions) => {
      const code = await runReport(opts, process.env, {
        stdout: (t) => process.stdout.write(t),
        stderr: (l) => process.stderr.write(`${l}\n`),
        now: () => new Date(),
        cwd: process.cwd(),
      });
      process.exitCode = code;
    });
}
