import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseScriptArgs } from '../../../src/cli/script-args.js';

const config = {
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'a.json' },
    sentences: { type: 'boolean', default: true },
    'dry-run': { type: 'boolean', default: false },
  },
} as const;
const USAGE = 'tool [--out f] [--no-sentences] [--dry-run] files…';

/** Runs parseScriptArgs on `argv`; an exit is thrown as `exit <code>` with what was written. */
function run(argv: string[]) {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  try {
    return { parsed: parseScriptArgs(config, USAGE, argv), out, err };
  } catch (e) {
    return { exit: (e as Error).message, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('parseScriptArgs (options of the npm scripts)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses options and positionals as parseArgs does, defaults included', () => {
    const r = run(['--out', 'b.json', 'x.jsonl', 'y.jsonl']);
    expect(r.parsed?.values).toEqual({ out: 'b.json', sentences: true, 'dry-run': false });
    expect(r.parsed?.positionals).toEqual(['x.jsonl', 'y.jsonl']);
  });

  it('turns a boolean option off with --no-<name>', () => {
    const r = run(['--no-sentences', '--dry-run', 'x.jsonl']);
    expect(r.parsed?.values).toMatchObject({ sentences: false, 'dry-run': true });
    expect(r.parsed?.positionals).toEqual(['x.jsonl']);
  });

  it('rejects --no- of a string option or of an unknown one, with the usage and exit 2', () => {
    for (const bad of [['--no-out'], ['--no-such'], ['--bogus'], ['--out']]) {
      const r = run(bad);
      expect(r.exit, bad.join(' ')).toBe('exit 2');
      expect(r.err).toMatch(/^error: .+\nusage: tool \[--out f\]/);
    }
  });

  it('prints the usage on --help or -h and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = run(['x.jsonl', flag]);
      expect(r.exit).toBe('exit 0');
      expect(r.out).toBe(`usage: ${USAGE}\n`);
    }
  });

  it('leaves everything after -- alone', () => {
    const r = run(['--', '--no-sentences', '--help']);
    expect(r.parsed?.values.sentences).toBe(true);
    expect(r.parsed?.positionals).toEqual(['--no-sentences', '--help']);
  });
});
