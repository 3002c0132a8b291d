/**
 * Option parsing for the npm scripts (eval, benchmarks, trainer, chaos):
 * node's parseArgs, but a bad command line prints what is wrong and the
 * usage and exits 2 instead of throwing a stack trace, `--help` / `-h`
 * prints the usage and exits 0, and `--no-<name>` turns a boolean option
 * off (parseArgs' own `allowNegative` needs Node 22). The product CLI,
 * `harassment-guard`, uses commander: see src/cli/main.ts.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

export function parseScriptArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
  argv: readonly string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<T>> {
  const end = argv.indexOf('--');
  const opts = end < 0 ? argv : argv.slice(0, end);
  if (opts.includes('--help') || opts.includes('-h')) {
    process.stdout.write(`usage: ${usage}\n`);
    process.exit(0);
  }
  const negated: string[] = [];
  const args = argv.filter((a, i) => {
    const name = (end < 0 || i < end) && a.startsWith('--no-') ? a.slice(5) : '';
    if (name && config.options?.[name]?.type === 'boolean') {
      negated.push(name);
      return false;
    }
    return true;
  });
  try {
    const parsed = parseArgs({ ...config, args } as T);
    const values = parsed.values as Record<string, unknown>;
    for (const name of negated) values[name] = false;
    return parsed;
  } catch (err) {
    return exitWithUsage(usage, (err as Error).message);
  }
}

/** What is wrong with the command line, then the usage, on stderr; exits 2. */
export function exitWithUsage(usage: string, message: string): never {
  process.stderr.write(`error: ${message}\nusage: ${usage}\n`);
  process.exit(2);
}
