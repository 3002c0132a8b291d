/**
 * npm run bench:ingest — webhook ingestion throughput.
 *
 * Runs, side by side in one run and against the same signed ~1.5 KB
 * payloads: (a) the real app (buildApp via createService, ROLE=api: signature
 * check, parsing, Redis dedup claim, BullMQ add, 202) on real Redis with a
 * unique queue prefix, and (b) a bare Fastify route that answers 202. Both
 * servers run in a child process; autocannon drives them from this process,
 * so load generation does not share the servers' event loop. Prints req/s,
 * p50/p99 latency for both and their ratio (target ≥ 0.35). Every key the
 * run wrote is deleted afterwards.
 *
 * Options (env): BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 20),
 * BENCH_CPU_PROF (a directory: the servers' process writes a V8 CPU profile there).
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { parseScriptArgs } from '../src/cli/script-args.js';

const SECRET = 'bench-signing-secret';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

// ------------------------------------------------------------ server side ---

async function serve(prefix: string): Promise<void> {
  const [{ default: Fastify }, { pino }, { loadEnv }, { createService }, { loadPolicyFile }] =
    await Promise.all([
      import('fastify'),
      import('pino'),
      import('../src/config/env.js'),
      import('../src/service/bootstrap.js'),
      import('../src/config/policy-file.js'),
    ]);
  const config = loadEnv({
    ROLE: 'api',
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    ZENDESK_WEBHOOK_SECRET: SECRET,
    LOG_LEVEL: 'info',
  });
  // Production log level and serialisation, written to /dev/null.
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
  const service = await createService({ config, policy: loadPolicyFile(config.policyFile), logger });
  await service.producer?.waitUntilReady();
  await service.start();
  await service.app.listen({ port: 0, host: '127.0.0.1' });

  const bare = Fastify();
  bare.post('/webhooks/zendesk', async (_req, reply) => reply.code(202).send({ status: 'queued' }));
  await bare.listen({ port: 0, host: '127.0.0.1' });

  const port = (app: { server: { address(): unknown } }) => (app.server.address() as { port: number }).port;
  process.send?.({ app: port(service.app), bare: port(bare) });
  process.on('message', (m) => {
    if (m === 'cpu') {
      const u = process.cpuUsage();
      process.send?.({ cpu: u.user + u.system });
    }
    if (m === 'stop') {
      void Promise.all([service.close(), bare.close()]).then(() => process.exit(0));
    }
  });
}

// ------------------------------------------------------------ client side ---

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonRequest {
  method: string;
  path: string;
  setupRequest: (req: Record<string, unknown>) => Record<string, unknown>;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** A ~1.5 KB ticket.comment_added envelope; EVENT_ID is replaced per request. */
function template(): string {
  const text =
    'Hello support team, I ordered the premium plan last month and the invoice still shows the old price. ' +
    'I have attached the receipt and the screenshots from the billing page. Could you please check the ' +
    'account and correct the amount before the next payment date? My colleague also cannot log in since ' +
    'the password reset email never arrives; we checked the spam folder and the address is correct. ' +
    'We would appreciate an update today if at all possible, because our finance team closes the month ' +
    'on Friday and needs the corrected invoice for their records. Thank you for your help with this. ' +
    'Order reference 2026-11-4411, account 88231, plan Premium Annual, region Tokyo, billing contact finance. ';
  const body = {
    account_id: 1,
    id: 'EVENT_ID',
    time: '2026-11-29T03:00:00Z',
    zendesk_event_version: '2022-11-06',
    subject: 'zen:ticket:TICKET_ID',
    type: 'zen:event-type:ticket.comment_added',
    detail: {
      id: 'TICKET_ID',
      tags: ['billing', 'premium'],
      updated_at: '2026-11-29T03:00:00Z',
      requester_id: '5001',
      submitter_id: '5001',
      priority: 'NORMAL',
      status: 'OPEN',
      via: { channel: 'email' },
    },
    event: {
      comment: { id: 'EVENT_ID', body: text, is_public: true, author: { id: '5001', is_staff: false } },
    },
  };
  return JSON.stringify(body);
}

function requestFactory(runTag: string): AutocannonRequest {
  const tpl = template();
  let n = 0;
  return {
    method: 'POST',
    path: '/webhooks/zendesk',
    setupRequest: (req) => {
      n += 1;
      const payload = tpl
        .replaceAll('EVENT_ID', `${runTag}${n}`)
        .replaceAll('TICKET_ID', String(100000 + (n % 5000)));
      const ts = new Date().toISOString();
      const signature = createHmac('sha256', SECRET).update(ts).update(payload).digest('base64');
      return {
        ...req,
        body: payload,
        headers: {
          'content-type': 'application/json',
          'x-zendesk-webhook-signature': signature,
          'x-zendesk-webhook-signature-timestamp': ts,
        },
      };
    },
  };
}

interface Measured extends AutocannonResult {
  /** Server process CPU time per request (user + system), µs: robust to a noisy machine. */
  cpuPerRequest: number;
}

function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (typeof m === 'object' && m !== null && 'cpu' in m) {
        child.off('message', onMessage);
        resolve(Number((m as { cpu: number }).cpu));
      }
    };
    child.on('message', onMessage);
    child.send('cpu');
  });
}

async function measure(
  child: ChildProcess,
  name: string,
  port: number,
  duration: number,
  connections: number,
): Promise<Measured> {
  const before = await serverCpu(child);
  const result = await run(name, port, duration, connections);
  const used = (await serverCpu(child)) - before;
  return { ...result, cpuPerRequest: used / Math.max(1, result.requests.total) };
}

async function run(
  name: string,
  port: number,
  duration: number,
  connections: number,
): Promise<AutocannonResult> {
  const runTag = `${name}-${randomBytes(3).toString('hex')}-`;
  process.stdout.write(`  ${name}: ${duration}s, ${connections} connections… `);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: [requestFactory(runTag)],
  });
  process.stdout.write('done\n');
  return result;
}

function row(name: string, r: Measured): string {
  const codes = Object.entries(r.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${s.count}`)
    .join(' ');
  return `${name.padEnd(22)} ${r.requests.average.toFixed(0).padStart(8)} ${String(r.latency.p50).padStart(8)} ${String(r.latency.p99).padStart(8)} ${r.cpuPerRequest.toFixed(0).padStart(12)}   ${codes}${r.errors ? ` errors×${r.errors}` : ''}`;
}

async function main(): Promise<void> {
  const duration = Number(process.env.BENCH_DURATION ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
  const prefix = `hgbench-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['serve', prefix], {
    // BENCH_CPU_PROF=dir: the server process writes a V8 CPU profile there (node --cpu-prof).
    execArgv: process.env.BENCH_CPU_PROF
      ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
      : process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ports = await new Promise<{ app: number; bare: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { app: number; bare: number }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });

  const redis = new Redis(REDIS_URL);
  try {
    console.log(`bench:ingest — node ${process.version}, Redis ${REDIS_URL}, queue prefix ${prefix}`);
    // Warm both up (JIT, connections) before measuring.
    await run('warm-up app', ports.app, 2, connections);
    await run('warm-up bare', ports.bare, 2, connections);
    const bare = await measure(child, 'bare fastify 202', ports.bare, duration, connections);
    const app = await measure(child, 'harassment-guard', ports.app, duration, connections);

    const jobs = await redis.llen(`${prefix}:tickets:wait`);
    console.log('');
    console.log(
      `${'server'.padEnd(22)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'cpu µs/req'.padStart(12)}   status codes`,
    );
    console.log(row('bare fastify 202', bare));
    console.log(row('harassment-guard', app));
    const ratio = app.requests.average / bare.requests.average;
    console.log('');
    console.log(
      `ratio (app / bare req/s): ${ratio.toFixed(2)}  (target ≥ 0.35)${ratio >= 0.35 ? '' : '  BELOW TARGET'}`,
    );
    console.log(
      `server CPU ratio (bare / app µs per request): ${(bare.cpuPerRequest / app.cpuPerRequest).toFixed(2)}  (the load generator and Redis share this machine's cores)`,
    );
    console.log(`evaluate jobs waiting in Redis after the run: ${jobs}`);
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
    console.log(`cleaned up ${deleted} Redis keys under ${prefix}:`);
    redis.disconnect();
  }
}

if (process.argv[2] === 'serve') {
  serve(process.argv[3] ?? 'hgbench').catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  // No options: the settings are environment variables (see the header).
  parseScriptArgs(
    { options: {} },
    'npm run bench:ingest (settings in the environment: BENCH_DURATION, BENCH_CONNECTIONS, BENCH_CPU_PROF)',
  );
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
