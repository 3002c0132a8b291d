/**
 * The policy file the service tests load: the repository's config/policy.yaml
 * when it loads, else a tiny fixture with the same service section (the rule
 * files are the engine's, and their validity is tested there).
 */
import { resolve } from 'node:path';
import { loadPolicyFile } from '../../src/config/policy-file.js';
import type { PolicyFile } from '../../src/config/policy-file.js';

export const REPO_POLICY_PATH = resolve(import.meta.dirname, '../../config/policy.yaml');
export const FIXTURE_POLICY_PATH = resolve(import.meta.dirname, 'fixtures/policy.yaml');

export function loadTestPolicy(): PolicyFile {
  try {
    return loadPolicyFile(REPO_POLICY_PATH);
  } catch {
    return loadPolicyFile(FIXTURE_POLICY_PATH);
  }
}

export function testPolicyPath(): string {
  return loadTestPolicy().path;
}
