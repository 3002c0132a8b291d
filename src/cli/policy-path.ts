/**
 * Where the CLI finds the policy file: `--policy`, else POLICY_FILE, else
 * config/policy.yaml in the package root. The root is found from this file's
 * own URL, so it works from src/ (tsx) and from dist/ (built) alike.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The package root: src/cli/ and dist/cli/ are both two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const DEFAULT_POLICY_FILE = resolve(PACKAGE_ROOT, 'config/policy.yaml');

export function resolvePolicyPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option) return resolve(option);
  if (env.POLICY_FILE) return resolve(env.POLICY_FILE);
  return DEFAULT_POLICY_FILE;
}
