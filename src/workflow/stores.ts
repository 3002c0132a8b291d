/**
 * The workflow's Redis-backed stores, built once per worker from the policy
 * file and shared by the evaluate and ticket-workflow jobs.
 */
import type { Redis } from 'ioredis';
import type { ServicePolicy } from '../config/policy-file.js';
import type { Logger } from '../log.js';
import { parseEngineSection } from '../policy/engine-config.js';
import { DecisionRecorder } from './decision-records.js';
import { EffectLedger } from './effect-ledger.js';
import { FalsePositiveStore } from './false-positives.js';
import { workflowKeys } from './keys.js';
import type { WorkflowKeys } from './keys.js';
import { RedisContactLog } from './redis-contact-log.js';

export interface WorkflowStores {
  keys: WorkflowKeys;
  ledger: EffectLedger;
  falsePositives: FalsePositiveStore;
  records: DecisionRecorder;
  contactLog: RedisContactLog;
}

/** The contact-log key of a message: its requester when known (`r:<id>`), else its ticket (`t:<id>`). */
export function contactKey(requesterId: string | undefined, ticketId: string): string {
  return requesterId ? `r:${requesterId}` : `t:${ticketId}`;
}

export interface WorkflowStoresOptions {
  redis: Redis;
  prefix: string;
  policy: ServicePolicy;
  /** The policy file's raw `engine:` section (persistence window and similarity). */
  engineSection: Record<string, unknown>;
  logger?: Logger;
}

export function createWorkflowStores(opts: WorkflowStoresOptions): WorkflowStores {
  const keys = workflowKeys(opts.prefix);
  const ttl = Math.ceil(opts.policy.workflow.remember_days * 86_400);
  const persistence = parseEngineSection(opts.engineSection).persistence;
  return {
    keys,
    ledger: new EffectLedger(opts.redis, keys, ttl),
    falsePositives: new FalsePositiveStore(opts.redis, keys, ttl),
    records: new DecisionRecorder(opts.redis, keys.records, opts.policy.records.max_len, opts.logger),
    contactLog: new RedisContactLog({
      redis: opts.redis,
      keyFor: (k) =>
        k.startsWith('t:') ? keys.contactByTicket(k.slice(2)) : keys.contactByRequester(k.slice(2)),
      windowMinutes: persistence.windowMinutes,
      similarity: persistence.similarity,
    }),
  };
}
