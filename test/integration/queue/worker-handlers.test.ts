import { describe, expect, it } from 'vitest';
import { JOB_NAMES } from '../../../src/queue/catalogue.js';
import { MissingHandlerError, assertHandlers, createTicketsWorker } from '../../../src/queue/worker.js';
import { silentLogger } from '../../../src/log.js';

describe('worker start-up', () => {
  it('refuses to start when a job in the catalogue has no handler', () => {
    expect(() =>
      createTicketsWorker({
        connection: { host: '127.0.0.1', port: 6379 },
        prefix: 'never-used',
        concurrency: 1,
        logger: silentLogger(),
        handlers: { evaluate: async () => undefined },
      }),
    ).toThrow(MissingHandlerError);
  });

  it('refuses a handler for a job that is not in the catalogue', () => {
    const handlers: Record<string, unknown> = Object.fromEntries(
      JOB_NAMES.map((n) => [n, async () => undefined]),
    );
    handlers['no-such-job'] = async () => undefined;
    expect(() => assertHandlers(handlers)).toThrow(/no job/);
  });

  it('accepts a complete set of handlers', () => {
    const handlers = Object.fromEntries(JOB_NAMES.map((n) => [n, async () => undefined]));
    expect(() => assertHandlers(handlers)).not.toThrow();
  });
});
