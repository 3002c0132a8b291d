/**
 * The service's entry point: reads the environment, loads the policy, wires
 * the service, listens, and shuts down gracefully on SIGTERM/SIGINT.
 * A bad configuration is one line on stderr and exit code 1.
 */
// Only small modules are imported statically: the early signal listeners
// must be in place before the heavy module graph (fastify, bullmq, the
// policy engine) loads, which takes a second or more on a busy host.
import { earlySignal, releaseEarlySignals } from './service/early-signals.js';
import { ConfigError } from './config/errors.js';
import { AppError } from './errors.js';
import { collectStartupGarbage, garbageCollector, tuneRegexEngine } from './cli/v8-settings.js';

// V8 regex settings for the hot rule set, before the policy engine compiles (~1.7x msgs per CPU-second).
tuneRegexEngine();

function die(message: string): never {
  console.error(`harassment-guard: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const [
    { default: closeWithGrace },
    { loadEnv },
    { loadPolicyFile },
    { createLogger },
    { createService },
    { StartupError },
  ] = await Promise.all([
    import('close-with-grace'),
    import('./config/env.js'),
    import('./config/policy-file.js'),
    import('./log.js'),
    import('./service/bootstrap.js'),
    import('./service/startup.js'),
  ]);
  if (earlySignal()) process.exit(0); // nothing is open yet
  let config;
  let policy;
  try {
    config = loadEnv(process.env);
    policy = loadPolicyFile(config.policyFile);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof AppError) die(err.message);
    throw err;
  }

  const logger = createLogger({ level: config.logLevel });
  if (earlySignal()) {
    // Nothing is open yet: stopping now is the graceful shutdown.
    logger.info({ signal: earlySignal() }, 'signal during start-up; exiting');
    process.exit(0);
  }
  let service;
  try {
    service = await createService({ config, policy, logger, collectGarbage: garbageCollector() });
  } catch (err) {
    // A policy or rule file the engine rejects is a configuration error too.
    if (err instanceof ConfigError || err instanceof AppError) die(err.message);
    throw err;
  }
  // The engine is compiled (in createService): the policy's load and compile garbage goes now,
  // before the first messages compile their regex code.
  collectStartupGarbage();

  const svc = service;
  const grace = closeWithGrace(
    {
      delay: config.shutdownTimeoutMs + 10_000,
      logger: { error: (m: unknown) => logger.error({ err: m }, 'shutdown') },
    },
    async ({ signal, err }) => {
      if (err) logger.error({ err }, 'fatal error; shutting down');
      else logger.info({ signal }, 'shutting down');
      await svc.close();
    },
  );
  releaseEarlySignals();
  // A signal that arrived while the service was being wired: shut down gracefully now.
  if (earlySignal()) {
    void grace.close();
    return;
  }

  await svc.app.listen({ port: config.port, host: config.host });
  logger.info(
    {
      role: config.role,
      mode: config.actionsMode,
      port: config.port,
      policyVersion: policy.version,
      zendesk: config.zendesk?.baseUrl ?? null,
      signedWebhooks: config.webhookSecrets.length > 0,
    },
    'harassment-guard listening',
  );
  if (config.webhookSecrets.length === 0 && config.role !== 'worker') {
    logger.warn('ZENDESK_WEBHOOK_SECRET is unset: every webhook will be refused with 401');
  }

  try {
    await svc.start();
  } catch (err) {
    if (err instanceof StartupError) {
      console.error(`harassment-guard: ${err.message}`);
      await svc.close();
      process.exit(1);
    }
    if (svc.state.shuttingDown) return;
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(`harassment-guard: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
