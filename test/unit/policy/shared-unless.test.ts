/**
 * The repository's shared_unless patterns (config/rules/README.md): each one
 * is named by at least two rules or vetoes (else it belongs inline), and the
 * names are what the files' comments say they are for.
 */
import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { repoPolicy, sharedUnlessUses } from '../../support/rule-engine.js';

describe("the rule files' shared_unless patterns", () => {
  const uses = sharedUnlessUses();

  it('defines some, named by language, in the core files en.yaml and ja.yaml only', () => {
    // An operator who lists fewer rule files keeps the two core ones (README, "Speed against accuracy").
    expect(uses.size).toBeGreaterThan(0);
    for (const name of uses.keys()) expect(name).toMatch(/^(?:en|ja)\.unless\.[a-z0-9_]+$/);
    for (const { path, doc } of repoPolicy.ruleDocs) {
      const names = Object.keys((doc as { shared_unless?: object }).shared_unless ?? {});
      if (names.length > 0) expect(['en.yaml', 'ja.yaml']).toContain(basename(path));
      for (const name of names) expect(name.slice(0, 2)).toBe(basename(path).slice(0, 2));
    }
  });

  it.each([...uses])('%s is named by at least two rules or vetoes', (_name, count) => {
    expect(count).toBeGreaterThanOrEqual(2);
  });
});
