/**
 * Process-wide V8 settings for the entry points that run the policy engine
 * (server, classify CLI, bench:policy): the regex engine's flags, and one
 * garbage collection once the engine is compiled.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The rule set is large, stable and hot, so regular expressions are compiled
 * to native code on first use (no interpreter warm-up) and their code is
 * never flushed. Measured on the dev corpus: p50 per message about 25% lower.
 * Call it at start, before the engine is compiled (entry points only: it is
 * global).
 */
export function tuneRegexEngine(): void {
  setFlagsFromString('--regexp-tier-up-ticks=0');
  setFlagsFromString('--no-flush-bytecode');
}

/**
 * One full garbage collection, for an entry point to call once the policy
 * engine is compiled and before it serves. Reading and compiling the policy
 * (YAML documents, zod results, the prefilter's pattern trees, the backstop's
 * JSON) leaves about 25 MB of garbage in the old generation, which V8 would
 * otherwise keep until its next major collection; the regex code that the
 * first messages compile then comes on top, and the process's peak RSS with
 * it (bench:policy: 190-210 MB without, about 167 MB with). The flag only
 * reaches new contexts, so `gc` is taken from one (the pattern Jest uses).
 */
export function collectStartupGarbage(): void {
  garbageCollector()();
}

let gcFunction: (() => void) | null = null;

/**
 * A full garbage collection as a function, for compileEngine's
 * `collectGarbage` option: the compile calls it between its phases, so that
 * the garbage of one phase (the prefilter's analysis of every pattern, its
 * trie under construction) is gone before the next allocates. Without it
 * the heap grew to about twice what the compile keeps, and bench:policy's
 * peak RSS with it.
 */
export function garbageCollector(): () => void {
  if (!gcFunction) {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    setFlagsFromString('--no-expose-gc');
    gcFunction = typeof gc === 'function' ? (gc as () => void) : () => undefined;
  }
  return gcFunction;
}
