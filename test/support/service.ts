/**
 * An in-process service (createService) on a unique Redis prefix, with
 * captured logs, for integration tests. Nothing listens unless asked.
 */
import { loadEnv } from '../../src/config/env.js';
import { createLogger } from '../../src/log.js';
import { createService } from '../../src/service/bootstrap.js';
import type { Service } from '../../src/service/bootstrap.js';
import { LogCapture } from './logs.js';
import { loadTestPolicy } from './policy.js';
import { REDIS_URL, deleteKeys, testRedis, uniquePrefix } from './redis.js';
import { TEST_SECRET } from './webhooks.js';

export interface TestService {
  service: Service;
  prefix: string;
  logs: LogCapture;
  close(): Promise<void>;
}

export async function startTestService(
  env: Record<string, string> = {},
  opts: { start?: boolean; label?: string } = {},
): Promise<TestService> {
  const prefix = env.QUEUE_PREFIX ?? uniquePrefix(opts.label);
  const config = loadEnv({
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    ZENDESK_WEBHOOK_SECRET: TEST_SECRET,
    LOG_LEVEL: 'debug',
    JOB_BACKOFF_MS: '100',
    ...env,
  });
  const logs = new LogCapture();
  const logger = createLogger({ level: config.logLevel, destination: logs });
  const service = await createService({
    config,
    policy: loadTestPolicy(),
    logger,
    startupDelayMs: { initial: 50, max: 200 },
  });
  await service.producer?.waitUntilReady();
  if (opts.start ?? true) await service.start();
  return {
    service,
    prefix,
    logs,
    async close() {
      await service.close();
      const redis = testRedis();
      await deleteKeys(redis, prefix);
      redis.disconnect();
    },
  };
}
