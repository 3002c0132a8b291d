/**
 * A fault-injecting HTTP proxy between the service and the fake Zendesk.
 * Faults are time windows (a mode), not request counts, so they hit whatever
 * the workers happen to be doing:
 *   - `rate-limit`: every request answers 429 with Retry-After;
 *   - `server-error`: every request answers 500;
 *   - `slow`: the request IS applied by the fake, but the answer comes after
 *     the client's timeout (the ambiguous failure real networks produce);
 *   - `conflict`: every ticket PUT answers 409 (not applied);
 *   - `hold-writes`: ticket PUTs are applied, and their answers held until
 *     `releaseHeld()` (to kill a worker with a write in flight).
 * It also records, for every decision marker, when the write carrying it was
 * applied (end-to-end latency) and counts requests per minute (the budget).
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export type FaultMode = 'none' | 'rate-limit' | 'server-error' | 'slow' | 'conflict' | 'hold-writes';

const MARKER_RE = /\[harassment-guard:decision:([A-Za-z0-9_.:-]+)\]/g;

export interface ProxyStats {
  requests: number;
  byStatus: Record<string, number>;
  injected: Record<FaultMode, number>;
  /** Requests that reached the fake, per minute since start (the Zendesk budget). */
  perMinute: number[];
}

export class FaultProxy {
  mode: FaultMode = 'none';
  retryAfterSeconds = 1;
  slowMs = 3_000;
  /** First time a write carrying each decision marker was applied by the fake. */
  readonly markerAppliedAt = new Map<string, number>();
  readonly stats: ProxyStats = {
    requests: 0,
    byStatus: {},
    injected: { none: 0, 'rate-limit': 0, 'server-error': 0, slow: 0, conflict: 0, 'hold-writes': 0 },
    perMinute: [],
  };
  private readonly held = new Set<() => void>();
  private readonly startedAt = Date.now();
  private server!: Server;

  private constructor(private readonly upstream: string) {}

  static async start(upstream: string): Promise<FaultProxy> {
    const p = new FaultProxy(upstream.replace(/\/+$/, ''));
    p.server = createServer((req, res) => {
      p.handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(502).end();
      });
    });
    await new Promise<void>((resolve) => p.server.listen(0, '127.0.0.1', resolve));
    return p;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get heldCount(): number {
    return this.held.size;
  }

  releaseHeld(): void {
    for (const release of [...this.held]) release();
    this.held.clear();
  }

  async close(): Promise<void> {
    this.releaseHeld();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private count(status: number): void {
    this.stats.requests += 1;
    this.stats.byStatus[String(status)] = (this.stats.byStatus[String(status)] ?? 0) + 1;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const method = req.method ?? 'GET';
    const isTicketPut = method === 'PUT' && /^\/api\/v2\/tickets\/\d+\.json/.test(req.url ?? '');
    const mode = this.mode;
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      this.count(status);
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(json));
    };

    if (mode === 'rate-limit') {
      this.stats.injected[mode] += 1;
      return reply(
        429,
        { error: 'TooManyRequests', description: 'injected' },
        { 'retry-after': String(this.retryAfterSeconds) },
      );
    }
    if (mode === 'server-error') {
      this.stats.injected[mode] += 1;
      return reply(500, { error: 'InternalError', description: 'injected' });
    }
    if (mode === 'conflict' && isTicketPut) {
      this.stats.injected[mode] += 1;
      return reply(409, { error: 'UpdateConflict', description: 'injected' });
    }

    const minute = Math.floor((Date.now() - this.startedAt) / 60_000);
    this.stats.perMinute[minute] = (this.stats.perMinute[minute] ?? 0) + 1;
    const headers: Record<string, string> = {};
    for (const h of ['authorization', 'content-type', 'user-agent']) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    const upstream = await fetch(`${this.upstream}${req.url ?? '/'}`, {
      method,
      headers,
      ...(body.length > 0 ? { body } : {}),
    });
    const text = await upstream.text();
    if (isTicketPut && upstream.status === 200) this.recordMarkers(body.toString('utf8'));

    if (mode === 'slow') {
      this.stats.injected[mode] += 1;
      await sleep(this.slowMs);
    } else if (mode === 'hold-writes' && isTicketPut) {
      this.stats.injected[mode] += 1;
      // Bounded: a held answer is released after 30 s whatever happens.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 30_000);
        this.held.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.count(upstream.status);
    if (res.destroyed) return;
    res.writeHead(upstream.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(text);
  }

  private recordMarkers(raw: string): void {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return;
    }
    const comment = (body as { ticket?: { comment?: { body?: unknown } } }).ticket?.comment?.body;
    if (typeof comment !== 'string') return;
    const now = Date.now();
    for (const m of comment.matchAll(MARKER_RE)) {
      const id = m[1] as string;
      if (!this.markerAppliedAt.has(id)) this.markerAppliedAt.set(id, now);
    }
  }
}
