/**
 * Child processes of the chaos run: a redis-server with AOF on a spare port
 * (restartable on the same data directory), and the built service as
 * separate api and worker processes. Every wait is bounded.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';

// The chaos run picks spare ports the same way the tests do.
export { freePort } from '../../test/support/redis.js';

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** A redis-server with AOF (appendfsync everysec by default) in `dir`. */
export class AofRedis {
  private child: ChildProcess | undefined;
  restarts = 0;

  constructor(
    readonly port: number,
    readonly dir: string,
    private readonly fsync: 'everysec' | 'always' = 'everysec',
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        this.fsync,
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
        '--logfile',
        join(this.dir, 'redis.log'),
      ],
      { stdio: 'ignore' },
    );
    const probe = new Redis(this.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on('error', () => undefined);
    try {
      for (let i = 0; i < 200; i++) {
        try {
          await probe.connect();
          // Still loading the AOF answers LOADING: wait for a real PONG.
          if ((await probe.ping()) === 'PONG') return;
        } catch {
          probe.disconnect();
        }
        await sleep(50);
      }
      throw new Error(`redis-server on port ${this.port} did not start`);
    } finally {
      probe.disconnect();
    }
  }

  /**
   * SIGTERM: Redis fsyncs the AOF and exits; the data survives the restart.
   * `crash` (SIGKILL) loses what the AOF had not fsynced yet (≤ 1 s with everysec).
   */
  async stop(crash = false): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill(crash ? 'SIGKILL' : 'SIGTERM');
    const code = await Promise.race([exitOf(child), sleep(10_000).then(() => 'timeout' as const)]);
    if (code === 'timeout') {
      child.kill('SIGKILL');
      await exitOf(child);
    }
    this.child = undefined;
  }

  async restart(downMs: number, crash = false): Promise<void> {
    await this.stop(crash);
    await sleep(downMs);
    await this.start();
    this.restarts += 1;
  }
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  logFile: string;
}

/** `node dist/server.js` with `env`; stdout and stderr go to `<logDir>/<name>.log`. */
export function startServiceProcess(opts: {
  name: string;
  root: string;
  port: number;
  env: Record<string, string>;
  logDir: string;
}): ServiceProcess {
  const logFile = join(opts.logDir, `${opts.name}.log`);
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, [join(opts.root, 'dist/server.js')], {
    cwd: opts.root,
    env: { PATH: process.env.PATH ?? '', PORT: String(opts.port), HOST: '127.0.0.1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  return { name: opts.name, child, port: opts.port, exited: exitOf(child), logFile };
}

export async function waitReady(p: ServiceProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (p.child.exitCode !== null)
      throw new Error(`${p.name} exited with ${p.child.exitCode} (${p.logFile})`);
    try {
      const res = await fetch(`http://127.0.0.1:${p.port}/readyz`, { signal: AbortSignal.timeout(1_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${p.name} not ready within ${timeoutMs} ms (${p.logFile})`);
}

/** SIGTERM and wait (bounded); returns the exit code, or 'timeout' (then SIGKILL). */
export async function stopService(p: ServiceProcess, timeoutMs = 40_000): Promise<number | null | 'timeout'> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  const code = await Promise.race([p.exited, sleep(timeoutMs).then(() => 'timeout' as const)]);
  if (code === 'timeout') {
    p.child.kill('SIGKILL');
    await p.exited;
  }
  return code;
}
