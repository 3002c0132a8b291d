/**
 * The dependencies of processEvaluate for tests that call it directly (as a
 * retried job would run it): the repository's policy and engine, a live
 * client against the fake Zendesk, and real Redis under the test's prefix.
 */
import type { Redis } from 'ioredis';
import { serviceKeys } from '../../src/queue/catalogue.js';
import type { EvaluateDeps } from '../../src/queue/processors/evaluate.js';
import { compileEngine } from '../../src/policy/index.js';
import { silentLogger } from '../../src/log.js';
import { ZendeskClient } from '../../src/zendesk/client.js';
import { RateLimitGate } from '../../src/zendesk/rate-limit-gate.js';
import type { PolicyFile } from '../../src/config/policy-file.js';
import type { FakeZendesk } from './fake-zendesk.js';
import { loadTestPolicy } from './policy.js';

export function evaluateDeps(
  zd: FakeZendesk,
  redis: Redis,
  prefix: string,
  policy: PolicyFile = loadTestPolicy(),
): EvaluateDeps {
  return {
    engine: compileEngine({
      version: policy.version,
      engine: policy.engine,
      ruleDocs: policy.ruleDocs,
      backstop: policy.backstop,
    }),
    client: new ZendeskClient({
      baseUrl: zd.baseUrl,
      auth: { kind: 'token', email: zd.credentials.email, token: zd.credentials.token },
      timeoutMs: 5_000,
      logger: silentLogger(),
      gate: new RateLimitGate(),
    }),
    policy: policy.service,
    mode: 'live',
    logger: silentLogger(),
    serviceUserId: () => zd.serviceUser.id,
    supervisorGroupId: zd.addGroup([]),
    redis,
    keys: serviceKeys(prefix),
  };
}
