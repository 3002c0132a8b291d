/**
 * The HTML report opened in headless Chromium (Debian's `chromium`): the
 * charts lay out (SVG bars with real width, a line with real length), the
 * page logs nothing to the console (so its CSP blocked no fetch and no error
 * happened), and a screenshot is saved to artifacts/report/ as a test
 * artifact. Skipped, with a message, where /usr/bin/chromium is absent;
 * .ci/run installs it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../../src/cli/commands/report.js';
import { startFakeZendesk } from './fake-search-export.js';
import type { FakeZendesk } from './fake-search-export.js';
import { SPECS, zendeskAudits, zendeskTicket } from './november-fixture.js';
import { sampleQuarter } from './sample-quarter.js';

// Overridable so the skip path can be checked: HG_TEST_CHROMIUM=/nonexistent.
const CHROMIUM = process.env.HG_TEST_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  console.warn(
    `SKIP html-chromium: ${CHROMIUM} not found (apt-get install -y chromium; .ci/run installs it)`,
  );
}

const ARTIFACTS = resolve('artifacts', 'report');
const HTML = join(ARTIFACTS, 'report-2026-11.html');
const SCREENSHOT = join(ARTIFACTS, 'report-2026-11.png');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--hide-scrollbars',
  '--enable-logging=stderr',
  '--v=0',
];

let userDataDir: string;

function chromium(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      CHROMIUM,
      [...FLAGS, `--user-data-dir=${userDataDir}`, ...args],
      { timeout: 90_000, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout, stderr) => (err ? reject(err) : resolvePromise({ stdout, stderr })),
    );
  });
}

/** Console output of the page, as Chromium logs it with --enable-logging=stderr. */
function consoleLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /:CONSOLE(?:\(\d+\))?[:\]]/.test(l));
}

describe.skipIf(!HAVE_CHROMIUM)('HTML report in headless Chromium', () => {
  let fake: FakeZendesk;

  beforeAll(async () => {
    const email = 'report-bot@acme.test';
    const token = 'tok-chromium';
    fake = await startFakeZendesk({
      authorization: `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`,
      tickets: SPECS.map((s) => ({ ticket: zendeskTicket(s), audits: zendeskAudits(s) })),
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    userDataDir = mkdtempSync(join(tmpdir(), 'hg-chromium-'));
    const code = await runReport(
      { from: '2026-11-01', to: '2026-11-30', format: 'html', out: HTML },
      {
        ZENDESK_BASE_URL: fake.baseUrl,
        ZENDESK_EMAIL: email,
        ZENDESK_API_TOKEN: token,
        REPORT_PSEUDONYM_KEY: 'committee-secret-key-0123456789',
      },
      { stdout: () => {}, stderr: () => {}, now: () => new Date('2026-12-01T09:00:00Z'), cwd: process.cwd() },
    );
    expect(code).toBe(0);
  });

  afterAll(async () => {
    await fake?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('lays out both charts: bars with width, a line with length', async () => {
    // A probe copy of the report: the same markup, minus the CSP that (rightly)
    // forbids scripts, plus a script that measures the rendered SVG.
    const probe = join(ARTIFACTS, 'report-2026-11.probe.html');
    const probeScript = `<script>
      const q = (s) => [...document.querySelectorAll(s)];
      const bars = q('svg.bar-chart rect.bar').map((r) => r.getBoundingClientRect().width);
      const line = document.querySelector('svg.line-chart polyline.line');
      const svgs = q('svg.chart').map((s) => { const b = s.getBoundingClientRect(); return [Math.round(b.width), Math.round(b.height)]; });
      const out = document.createElement('pre');
      out.id = 'probe';
      out.textContent = JSON.stringify({ bars, lineLength: line ? line.getTotalLength() : 0, dots: q('svg.line-chart circle.dot').length, svgs });
      document.body.appendChild(out);
    </script>`;
    const html = readFileSync(HTML, 'utf8')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace('</body>', `${probeScript}</body>`);
    writeFileSync(probe, html);
    const { stdout } = await chromium(['--dump-dom', pathToFileURL(probe).href]);
    const json = /<pre id="probe">([^<]*)<\/pre>/.exec(stdout)?.[1];
    expect(json, 'probe output in the dumped DOM').toBeDefined();
    const m = JSON.parse(json!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as {
      bars: number[];
      lineLength: number;
      dots: number;
      svgs: [number, number][];
    };
    expect(m.svgs).toHaveLength(2);
    for (const [w, h] of m.svgs) {
      expect(w).toBeGreaterThan(100);
      expect(h).toBeGreaterThan(100);
    }
    expect(m.bars).toHaveLength(14);
    // 12 categories have tickets; restrictive, discriminatory and exchange have none.
    expect(m.bars.filter((w) => w > 0)).toHaveLength(11);
    expect(m.dots).toBe(6);
    expect(m.lineLength).toBeGreaterThan(100);
  });

  it('loads with no console message (no CSP violation, no error) and renders a screenshot', async () => {
    rmSync(SCREENSHOT, { force: true });
    const { stderr } = await chromium([
      `--screenshot=${SCREENSHOT}`,
      '--window-size=1100,2300',
      pathToFileURL(HTML).href,
    ]);
    expect(consoleLines(stderr)).toEqual([]);
    const png = readFileSync(SCREENSHOT);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(1100);
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(30_000);
  });

  it('renders a made-up quarter for the README (docs/report-screenshot.png is a copy of this artifact)', async () => {
    const email = 'report-bot@acme.test';
    const token = 'tok-sample';
    const sample = await startFakeZendesk({
      authorization: `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`,
      tickets: sampleQuarter(),
      maxPageSize: 100,
      auditPageSize: 100,
    });
    try {
      const html = join(ARTIFACTS, 'sample-quarter.html');
      const png = join(ARTIFACTS, 'sample-quarter.png');
      const code = await runReport(
        { from: '2026-09-01', to: '2026-11-30', format: 'html', out: html },
        {
          ZENDESK_BASE_URL: sample.baseUrl,
          ZENDESK_EMAIL: email,
          ZENDESK_API_TOKEN: token,
          REPORT_PSEUDONYM_KEY: 'readme-sample-key-0123456789',
        },
        {
          stdout: () => {},
          stderr: () => {},
          now: () => new Date('2026-12-01T09:00:00Z'),
          cwd: process.cwd(),
        },
      );
      expect(code).toBe(0);
      rmSync(png, { force: true });
      const { stderr } = await chromium([
        `--screenshot=${png}`,
        '--window-size=1100,1900',
        pathToFileURL(html).href,
      ]);
      expect(consoleLines(stderr)).toEqual([]);
      expect(statSync(png).size).toBeGreaterThan(30_000);
    } finally {
      await sample.close();
    }
  });

  it('the console check catches a page that logs an error (control)', async () => {
    const bad = join(ARTIFACTS, 'console-control.html');
    writeFileSync(
      bad,
      '<!doctype html><svg><rect width="9" height="9"/></svg><script>console.error("control-marker")</script>',
    );
    const { stderr } = await chromium(['--dump-dom', pathToFileURL(bad).href]);
    expect(consoleLines(stderr).join('\n')).toContain('control-marker');
  });
});
