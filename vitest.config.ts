import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The rule-file tests each need the repository's compiled engine (about 2 s
 * to compile): run without isolation, the files a worker runs share one
 * (test/support/rule-engine.ts is then loaded once per worker). They are
 * pure: no mocks, no environment, no shared state but that engine.
 */
const RULE_TESTS = 'test/unit/policy/rules-*.test.ts';

export default defineConfig({
  test: {
    // Integration tests share one real Redis; each uses its own key prefix.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on a 2-core CI host
    // that is one, and the files ran one after another. Most integration files
    // wait on Redis, HTTP and child processes, so two or more share the cores.
    maxWorkers: Math.max(2, availableParallelism()),
    // Generous: a few policy tests compile all ~3,800 shipped patterns (10-20 s
    // on a quiet 2-core host) and took over 30 s while other work shared the
    // cores. A timeout only bounds a hang; no test asserts a time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'rules', include: [RULE_TESTS], isolate: false } },
      { extends: true, test: { name: 'other', include: ['test/**/*.test.ts'], exclude: [RULE_TESTS] } },
    ],
  },
});
