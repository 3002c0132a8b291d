/**
 * Fault-injection run (`npm run chaos`; issue 5). Starts its own redis-server
 * with AOF on a spare port, the BUILT service as one `ROLE=api` and two
 * `ROLE=worker` processes in live mode, and a fake Zendesk behind a
 * fault-injecting proxy. It sends signed webhooks at a steady rate (clean and
 * abusive messages, supervisor approvals, identical redeliveries, out-of-order
 * deliveries) while it kill -9s a worker with a write in flight, restarts
 * Redis, and makes Zendesk answer 429 / 500 / too slowly / 409 for a while.
 * Then it compares the fake Zendesk's state with what every accepted webhook
 * should have produced, and exits 1 unless lost = 0 and duplicated = 0.
 *
 *   npm run chaos -- --events 2000 --rate 25
 *   npm run chaos -- --events 200 --rate 12          # the short run in .ci/run
 *   CHAOS_EVENTS / CHAOS_RATE / CHAOS_SEED override the defaults; --keep keeps
 *   the temp dir (logs, AOF); --fsync always switches AOF to fsync per write.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { loadPolicyFile } from '../src/config/policy-file.js';
import { compileEngine } from '../src/policy/index.js';
import { TICKETS_QUEUE, decisionIdFor } from '../src/queue/catalogue.js';
import { FakeZendesk, signedWebhook } from '../test/support/fake-zendesk.js';
import type { FakeUser } from '../test/support/fake-zendesk.js';
import { FaultProxy } from './chaos/fault-proxy.js';
import type { FaultMode } from './chaos/fault-proxy.js';
import { AofRedis, freePort, startServiceProcess, stopService, waitReady } from './chaos/processes.js';
import type { ServiceProcess } from './chaos/processes.js';
import { parseScriptArgs } from '../src/cli/script-args.js';

const ROOT = resolve(import.meta.dirname, '..');
const SECRET = 'chaos-webhook-secret-7f3a9c';
const API_TOKEN = 'chaos-api-token-5d1e8b';
const CLIENT_TIMEOUT_MS = 1_500;

const USAGE =
  'npm run chaos -- [--events 2000] [--rate 25] [--seed N] [--workers 2] [--fsync everysec|always] [--max-seconds N] [--expect-refusals N] [--keep] [--redis-crash] [--no-faults] [--budget N]';
const { values: args } = parseScriptArgs(
  {
    options: {
      events: { type: 'string', default: process.env.CHAOS_EVENTS ?? '2000' },
      rate: { type: 'string', default: process.env.CHAOS_RATE ?? '25' },
      seed: { type: 'string', default: process.env.CHAOS_SEED ?? '20261129' },
      workers: { type: 'string', default: '2' },
      fsync: { type: 'string', default: 'everysec' },
      'max-seconds': { type: 'string' },
      'expect-refusals': { type: 'string' },
      keep: { type: 'boolean', default: false },
      /** Kill Redis with SIGKILL instead of a clean restart (pair with --fsync always). */
      'redis-crash': { type: 'boolean', default: false },
      /** Baseline: the same traffic with no fault (latency reference). */
      'no-faults': { type: 'boolean', default: false },
      /** ZENDESK_RATE_LIMIT_PER_MINUTE for the workers (unset: no budget). */
      budget: { type: 'string', default: process.env.CHAOS_BUDGET },
    },
  },
  USAGE,
);
const EVENTS = Math.max(20, Number(args.events));
const RATE = Math.max(1, Number(args.rate));
const WORKERS = Math.max(2, Number(args.workers));
const SEND_SECONDS = EVENTS / RATE;
const MAX_SECONDS = Number(args['max-seconds'] ?? SEND_SECONDS + 300);
const FSYNC = args.fsync === 'always' ? 'always' : 'everysec';
// The refusal workflow is issue 4. Until its processor replaces the stub, an
// approval has no expected effect, but "at most one notice" is still checked.
const workflowSource = readFileSync(join(ROOT, 'src/queue/processors/ticket-workflow.ts'), 'utf8');
const EXPECT_REFUSALS =
  args['expect-refusals'] !== undefined
    ? args['expect-refusals'] === '1' || args['expect-refusals'] === 'true'
    : !workflowSource.includes("'not-implemented'");

// ----------------------------------------------------------- randomness ---
let seed = Number(args.seed) >>> 0 || 1;
function rnd(): number {
  // mulberry32: reproducible runs for a given --seed
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

const ABUSIVE = [
  'You useless idiots. I will come to your office and break your face if order #{n} is not fixed today.',
  'I will kill you if this is not fixed today, you worthless morons. Order #{n}.',
  'お前ら本当に無能だな。注文{n}の件、今日中に直さなければ会社に行ってぶん殴ってやる。',
  'Listen you stupid idiots, I know where your staff live and I will hurt them. Ticket #{n}.',
  '土下座して謝れ。注文{n}の件で誠意を見せないならネットに晒してやる、このバカどもが。',
];
const CLEAN = [
  'Hello, my order #{n} has not arrived yet. Could you please check the delivery status?',
  'Thanks for the quick reply. The invoice for order #{n} looks right now.',
  '注文{n}の配送状況を確認していただけますか。よろしくお願いいたします。',
  'Could you tell me how to reset my password? My account number is {n}.',
  'お世話になっております。注文{n}の領収書を再発行していただけますでしょうか。',
];

// ------------------------------------------------------------ bookkeeping ---
type Kind = 'clean' | 'abusive' | 'approval';
interface SentEvent {
  eventId: string;
  kind: Kind;
  ticketId: string;
  /** Whether the engine says this message gets a note (abusive messages are checked, not assumed). */
  expectsNote: boolean;
  firstSentAt: number;
  deliveries: number;
  statuses: number[];
  accepted: boolean;
  gaveUp: boolean;
}

const log = (msg: string) => console.log(`[chaos ${new Date().toISOString().slice(11, 19)}] ${msg}`);

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

/** What to stop when the run dies halfway. */
const cleanup: (() => Promise<unknown>)[] = [];

async function main(): Promise<number> {
  const startedAt = Date.now();
  const deadline = startedAt + MAX_SECONDS * 1000;
  const dir = mkdtempSync(join(tmpdir(), 'hg-chaos-'));
  log(
    `budget=${args.budget ?? 'none'}/min events=${EVENTS} rate=${RATE}/s workers=${WORKERS} aof=${FSYNC} seed=${args.seed} refusals=${EXPECT_REFUSALS ? 'expected' : 'hook only (workflow not landed)'} dir=${dir}`,
  );

  const policy = loadPolicyFile(join(ROOT, 'config/policy.yaml'));
  const engine = compileEngine(policy);
  const tags = policy.service.tags;

  const redis = new AofRedis(await freePort(), dir, FSYNC);
  cleanup.push(() => redis.stop());
  await redis.start();
  const zd = await FakeZendesk.start({ token: API_TOKEN });
  const proxy = await FaultProxy.start(zd.baseUrl);
  proxy.slowMs = CLIENT_TIMEOUT_MS * 2;
  const supervisor = zd.addUser({ role: 'agent', name: 'Sachiko Supervisor', email: 'sachiko@example.test' });
  const group = zd.addGroup([supervisor.id]);

  const env = {
    REDIS_URL: redis.url,
    QUEUE_PREFIX: '{hg-chaos}',
    ACTIONS_MODE: 'live',
    ZENDESK_BASE_URL: proxy.url,
    ZENDESK_EMAIL: zd.credentials.email,
    ZENDESK_API_TOKEN: API_TOKEN,
    ZENDESK_WEBHOOK_SECRET: SECRET,
    SUPERVISOR_GROUP_ID: group,
    ZENDESK_TIMEOUT_MS: String(CLIENT_TIMEOUT_MS),
    JOB_ATTEMPTS: '12',
    JOB_BACKOFF_MS: '200',
    WORKER_CONCURRENCY: '4',
    SHUTDOWN_TIMEOUT_MS: '15000',
    LOG_LEVEL: 'info',
    POLICY_FILE: join(ROOT, 'config/policy.yaml'),
    ...(args.budget ? { ZENDESK_RATE_LIMIT_PER_MINUTE: args.budget } : {}),
  };
  const procs: ServiceProcess[] = [];
  const spawnService = async (name: string, role: 'api' | 'worker') => {
    const p = startServiceProcess({
      name,
      root: ROOT,
      port: await freePort(),
      env: { ...env, ROLE: role },
      logDir: dir,
    });
    procs.push(p);
    cleanup.push(() => stopService(p, 5_000));
    return p;
  };
  const api = await spawnService('api', 'api');
  const workers: ServiceProcess[] = [];
  for (let i = 0; i < WORKERS; i++) workers.push(await spawnService(`worker-${i + 1}`, 'worker'));
  await Promise.all([api, ...workers].map((p) => waitReady(p)));
  log(`api pid ${api.child.pid}, workers ${workers.map((w) => w.child.pid).join(', ')}`);

  const queue = new Queue(TICKETS_QUEUE, {
    connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null },
    prefix: env.QUEUE_PREFIX,
  });
  queue.on('error', () => undefined);

  // ------------------------------------------------------------- sending ---
  const events: SentEvent[] = [];
  const pending = new Set<Promise<void>>();
  const tickets: {
    id: string;
    requester: FakeUser;
    flagged: boolean;
    approved: boolean;
    messages: number;
  }[] = [];
  const webhookUrl = `http://127.0.0.1:${api.port}/webhooks/zendesk`;
  let deliveriesSent = 0;
  let redeliveries503 = 0;

  async function post(ev: SentEvent, payload: string, headers: Record<string, string>): Promise<void> {
    // As Zendesk does: re-send on 5xx or a connection error, with backoff (bounded).
    let wait = 250;
    for (let attempt = 0; attempt < 200 && Date.now() < deadline; attempt++) {
      deliveriesSent += 1;
      ev.deliveries += 1;
      let status = 0;
      try {
        const res = await fetch(webhookUrl, {
          method: 'POST',
          body: payload,
          headers,
          signal: AbortSignal.timeout(10_000),
        });
        status = res.status;
        await res.arrayBuffer();
      } catch {
        status = 0;
      }
      ev.statuses.push(status);
      if (status >= 200 && status < 300) {
        ev.accepted = true;
        return;
      }
      if (status !== 0 && status < 500) return; // a 4xx is final: reported as rejected
      if (status === 503) redeliveries503 += 1;
      await sleep(wait);
      wait = Math.min(2_000, wait * 1.5);
    }
    ev.gaveUp = true;
  }

  function send(ev: SentEvent, body: Record<string, unknown>): void {
    const { payload, headers } = signedWebhook(body, SECRET);
    events.push(ev);
    // ~12 % arrive late (out of order with the ticket's later events).
    const delay = rnd() < 0.12 ? 300 + rnd() * 2_500 : 0;
    const first = (async () => {
      if (delay) await sleep(delay);
      ev.firstSentAt = Date.now();
      await post(ev, payload, headers);
    })();
    pending.add(first);
    void first.finally(() => pending.delete(first));
    // ~8 % are delivered twice, identically (Zendesk retries and manual redeliveries).
    if (rnd() < 0.08) {
      const dup = (async () => {
        await sleep(200 + rnd() * 4_000);
        await post(ev, payload, headers);
      })();
      pending.add(dup);
      void dup.finally(() => pending.delete(dup));
    }
  }

  // One requester per ticket and at most 3 customer messages a ticket: the
  // engine's persistence rule (4 similar messages, or 4 tickets, within 2 h)
  // must not turn this synthetic traffic's clean messages into findings.
  const MAX_MESSAGES = 3;
  function nextEvent(i: number): void {
    const open = tickets.filter((x) => x.messages < MAX_MESSAGES);
    if (open.length < 8 || rnd() < 0.25) {
      const requester = zd.addUser({
        role: 'end-user',
        name: `Customer Person${tickets.length}`,
        email: `customer${tickets.length}@example.test`,
        locale: tickets.length % 2 ? 'ja' : 'en-US',
      });
      const t = zd.createTicket({
        requesterId: requester.id,
        body: 'Where is my order?',
        priority: 'normal',
      });
      const fresh = { id: t.id, requester, flagged: false, approved: false, messages: 1 };
      tickets.push(fresh);
      open.push(fresh);
    }
    const t = pick(open);
    // A supervisor approves the refusal on ~15 % of flagged tickets (once each).
    if (t.flagged && !t.approved && rnd() < 0.15) {
      t.approved = true;
      zd.updateTicketAs(supervisor.id, t.id, { addTags: [tags.refusal_approved] });
      const body = zd.tagsChangedEvent(t.id, { actorId: supervisor.id, added: [tags.refusal_approved] });
      send(
        {
          eventId: String(body.id),
          kind: 'approval',
          ticketId: t.id,
          expectsNote: false,
          firstSentAt: Date.now(),
          deliveries: 0,
          statuses: [],
          accepted: false,
          gaveUp: false,
        },
        body,
      );
      return;
    }
    const abusive = rnd() < 0.35;
    const text = pick(abusive ? ABUSIVE : CLEAN).replace('{n}', String(10_000 + i));
    const verdict = engine.evaluate({ text, context: {} }).verdict;
    const c = zd.addComment(t.id, { authorId: t.requester.id, body: text });
    t.messages += 1;
    const body = zd.commentAddedEvent(t.id, c.id);
    if (verdict !== 'none') t.flagged = true;
    send(
      {
        eventId: String(body.id),
        kind: abusive ? 'abusive' : 'clean',
        ticketId: t.id,
        expectsNote: verdict !== 'none',
        firstSentAt: Date.now(),
        deliveries: 0,
        statuses: [],
        accepted: false,
        gaveUp: false,
      },
      body,
    );
  }

  // -------------------------------------------------------------- faults ---
  const faultLog: string[] = [];
  const windowMs = Math.min(8_000, Math.max(2_500, SEND_SECONDS * 60));
  async function faultWindow(mode: FaultMode): Promise<void> {
    proxy.mode = mode;
    const before = proxy.stats.injected[mode];
    await sleep(windowMs);
    proxy.mode = 'none';
    faultLog.push(`${mode}: ${windowMs} ms, ${proxy.stats.injected[mode] - before} requests affected`);
    log(`fault ${mode} over`);
  }

  let replacementReady: Promise<void> = Promise.resolve();
  async function killWorkerMidJob(): Promise<void> {
    const victim = workers[0] as ServiceProcess;
    proxy.mode = 'hold-writes';
    // Bounded: wait until the victim has a job whose write Zendesk applied but whose answer is held.
    let active = 0;
    for (let i = 0; i < 150; i++) {
      await sleep(100);
      if (proxy.heldCount === 0) continue;
      const jobs = await queue.getActive().catch(() => []);
      active = jobs.filter((j) => j.processedBy?.endsWith(`:${victim.child.pid}`)).length;
      if (active > 0) break;
    }
    victim.child.kill('SIGKILL');
    await victim.exited;
    proxy.mode = 'none';
    proxy.releaseHeld();
    faultLog.push(
      `kill -9 worker pid ${victim.child.pid} with ${active} job(s) active, ${proxy.stats.injected['hold-writes']} write answer(s) held`,
    );
    log(`killed worker ${victim.child.pid} (${active} active jobs); starting a new one`);
    const fresh = await spawnService(`worker-${procs.length + 1}`, 'worker');
    workers[0] = fresh;
    // Not awaited here: the other faults keep their schedule while it starts.
    replacementReady = waitReady(fresh, 120_000);
  }

  async function restartRedis(): Promise<void> {
    const before = redeliveries503;
    const crash = args['redis-crash'];
    await redis.restart(2_000, crash);
    faultLog.push(`redis ${crash ? 'kill -9' : 'restart'} (2 s down; AOF ${FSYNC})`);
    log('redis restarted');
    await sleep(1_000);
    faultLog.push(`  503s re-sent so far: ${redeliveries503 - before}`);
  }

  const plan: [number, () => Promise<void>][] = [
    [0.1, killWorkerMidJob],
    [0.25, restartRedis],
    [0.4, () => faultWindow('rate-limit')],
    [0.5, () => faultWindow('server-error')],
    [0.6, () => faultWindow('slow')],
    [0.7, () => faultWindow('conflict')],
  ];
  const t0 = Date.now();
  const firstFaultAt = t0 + (plan[0]?.[0] ?? 0) * SEND_SECONDS * 1000;
  const faults = (async () => {
    for (const [at, fn] of args['no-faults'] ? [] : plan) {
      const wait = t0 + at * SEND_SECONDS * 1000 - Date.now();
      if (wait > 0) await sleep(wait);
      await fn();
    }
  })();

  for (let i = 0; i < EVENTS && Date.now() < deadline; i++) {
    const wait = t0 + (i * 1000) / RATE - Date.now();
    if (wait > 0) await sleep(wait);
    nextEvent(i);
    if (i > 0 && i % Math.max(1, Math.floor(EVENTS / 10)) === 0) log(`${i} events sent`);
  }
  await faults;
  await replacementReady;
  log('all events sent; waiting for deliveries and the queue to drain');
  while (pending.size > 0 && Date.now() < deadline) await Promise.race([...pending, sleep(1_000)]);

  // ---------------------------------------------------------------- drain ---
  let quietPolls = 0;
  while (Date.now() < deadline && quietPolls < 3) {
    const c = await queue
      .getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused')
      .catch(() => undefined);
    const open = c ? Object.values(c).reduce((a, b) => a + b, 0) : 1;
    quietPolls = open === 0 ? quietPolls + 1 : 0;
    await sleep(500);
  }
  const drained = quietPolls >= 3;
  const failedJobs = await queue.getFailed(0, 50).catch(() => []);
  const failedCount = await queue.getFailedCount().catch(() => -1);

  // ---------------------------------------------------------------- check ---
  const serviceNotes = new Map<string, number>(); // marker → notes carrying it
  const publicNotices = new Map<string, number>(); // ticket → public replies by the service
  for (const t of tickets) {
    for (const c of zd.comments(t.id)) {
      if (c.authorId !== zd.serviceUser.id) continue;
      if (c.public) publicNotices.set(t.id, (publicNotices.get(t.id) ?? 0) + 1);
      for (const m of c.body.matchAll(/\[harassment-guard:decision:([A-Za-z0-9_.:-]+)\]/g)) {
        serviceNotes.set(m[1] as string, (serviceNotes.get(m[1] as string) ?? 0) + 1);
      }
    }
  }
  const accepted = events.filter((e) => e.accepted);
  const rejected = events.filter((e) => !e.accepted && !e.gaveUp);
  const gaveUp = events.filter((e) => e.gaveUp);
  let expected = 0;
  let observed = 0;
  let lost = 0;
  let duplicated = 0;
  let spurious = 0;
  const latencies: number[] = [];
  const calmLatencies: number[] = []; // events sent before the first fault
  const lostIds: string[] = [];
  const markerOf = (e: SentEvent) => decisionIdFor({ eventId: e.eventId });
  for (const e of accepted) {
    if (e.kind === 'approval') continue;
    const id = markerOf(e);
    const n = serviceNotes.get(id) ?? 0;
    if (e.expectsNote) {
      expected += 1;
      if (n >= 1) observed += 1;
      else {
        lost += 1;
        lostIds.push(`${e.ticketId}/${e.eventId}`);
      }
      if (n > 1) duplicated += n - 1;
      const at = proxy.markerAppliedAt.get(id);
      if (at !== undefined) {
        latencies.push(at - e.firstSentAt);
        if (e.firstSentAt < firstFaultAt) calmLatencies.push(at - e.firstSentAt);
      }
    } else if (n > 0) spurious += n;
  }
  // Notes for events never accepted are not expected, but must still be single.
  for (const e of events.filter((x) => !x.accepted && x.kind !== 'approval')) {
    const n = serviceNotes.get(markerOf(e)) ?? 0;
    if (n > 1) duplicated += n - 1;
  }
  const approvedTickets = new Set(tickets.filter((t) => t.approved).map((t) => t.id));
  let refusalsExpected = 0;
  let refusalsObserved = 0;
  for (const t of tickets) {
    const n = publicNotices.get(t.id) ?? 0;
    if (n > 1) duplicated += n - 1;
    if (!approvedTickets.has(t.id)) {
      if (n > 0) spurious += n; // never a public reply without approval
      continue;
    }
    const approvalAccepted = events.some((e) => e.kind === 'approval' && e.ticketId === t.id && e.accepted);
    if (EXPECT_REFUSALS && approvalAccepted) {
      refusalsExpected += 1;
      if (n >= 1) refusalsObserved += 1;
      else lost += 1;
    } else if (n >= 1) refusalsObserved += 1;
  }
  // Nothing is written to a ticket that only ever had clean messages.
  const expectedTickets = new Set(accepted.filter((e) => e.expectsNote).map((e) => e.ticketId));
  for (const id of approvedTickets) expectedTickets.add(id);
  let writesToClean = 0;
  for (const t of tickets) {
    if (expectedTickets.has(t.id) || events.some((e) => e.ticketId === t.id && e.expectsNote)) continue;
    writesToClean += zd.ticketWrites(t.id).length;
  }
  spurious += writesToClean;

  // ------------------------------------------------------------- shutdown ---
  await queue.close().catch(() => undefined);
  const exits: string[] = [];
  for (const p of procs.filter((x) => x.child.exitCode === null && x.child.signalCode === null)) {
    exits.push(`${p.name}=${String(await stopService(p))}`);
  }
  await proxy.close();
  await zd.close();
  await redis.stop();

  // Logs must carry no customer text, names, emails, token or secret.
  const logText = procs.map((p) => readFileSync(p.logFile, 'utf8')).join('\n');
  const needles = [
    SECRET,
    API_TOKEN,
    'idiots',
    'ぶん殴って',
    'Where is my order',
    'Customer Person',
    'example.test',
    'Sachiko',
  ];
  const leaks = needles.filter((n) => logText.includes(n));

  const elapsed = (Date.now() - startedAt) / 1000;
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  const byKind = (k: Kind) => events.filter((e) => e.kind === k).length;
  console.log('\n== chaos result');
  console.log(
    `events sent        ${events.length} (clean ${byKind('clean')}, abusive ${byKind('abusive')}, approvals ${byKind('approval')})`,
  );
  console.log(`deliveries         ${deliveriesSent} (503s re-sent ${redeliveries503})`);
  console.log(`accepted (2xx)     ${accepted.length}; rejected ${rejected.length}; gave up ${gaveUp.length}`);
  console.log(`effects expected   ${expected} notes, ${refusalsExpected} refusal notices`);
  console.log(`effects observed   ${observed} notes, ${refusalsObserved} refusal notices`);
  console.log(`lost               ${lost}`);
  console.log(`duplicated         ${duplicated}`);
  console.log(`spurious writes    ${spurious} (writes to clean-only tickets ${writesToClean})`);
  console.log(`failed jobs        ${failedCount}`);
  console.log(
    `latency before the first fault  p50 ${Math.round(percentile(calmLatencies, 50))} ms, p99 ${Math.round(percentile(calmLatencies, 99))} ms`,
  );
  console.log(`latency (webhook → note applied)  p50 ${Math.round(p50)} ms, p99 ${Math.round(p99)} ms`);
  console.log(
    `zendesk requests   ${proxy.stats.requests} ${JSON.stringify(proxy.stats.byStatus)}; per minute ${JSON.stringify(proxy.stats.perMinute)}`,
  );
  console.log(`faults             ${faultLog.join('; ')}`);
  console.log(`exit codes         ${exits.join(' ')}`);
  console.log(`log leaks          ${leaks.length === 0 ? 'none' : leaks.join(', ')}`);
  console.log(`drained            ${drained}; elapsed ${elapsed.toFixed(1)} s`);
  if (lostIds.length > 0) console.log(`lost (ticket/event): ${lostIds.slice(0, 10).join(' ')}`);
  for (const j of failedJobs.slice(0, 5)) console.log(`failed job ${j.id} ${j.name}: ${j.failedReason}`);

  const ok =
    lost === 0 &&
    duplicated === 0 &&
    spurious === 0 &&
    rejected.length === 0 &&
    gaveUp.length === 0 &&
    drained &&
    leaks.length === 0 &&
    exits.every((e) => e.endsWith('=0'));
  if (ok && !args.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`logs and AOF kept in ${dir}`);
  console.log(ok ? 'PASS' : 'FAIL');
  return ok ? 0 : 1;
}

const hardStop = setTimeout(
  () => {
    console.error('chaos: hard time limit reached');
    process.exit(2);
  },
  (MAX_SECONDS + 120) * 1000,
);
hardStop.unref();

main().then(
  (code) => process.exit(code),
  async (err: unknown) => {
    console.error(`chaos: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    for (const stop of cleanup.reverse()) await stop().catch(() => undefined);
    process.exit(2);
  },
);
