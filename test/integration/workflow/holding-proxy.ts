/**
 * An HTTP proxy in front of the fake Zendesk that can lose an answer: a
 * matching request is forwarded (so Zendesk applies the write), and then its
 * response is either held (never answered: the worker can be killed in
 * between) or dropped (the connection is reset: an ambiguous failure).
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoseRule {
  method: string;
  path: RegExp;
  mode: 'hold' | 'drop';
}

export class HoldingProxy {
  private server: Server | undefined;
  private rules: (LoseRule & { resolve: () => void })[] = [];
  private held: ServerResponse[] = [];
  url = '';

  constructor(private readonly upstream: string) {}

  static async start(upstream: string): Promise<HoldingProxy> {
    const p = new HoldingProxy(upstream);
    const server = createServer((req, res) => {
      p.handle(req, res).catch(() => res.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    p.server = server;
    p.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return p;
  }

  /** Loses the answer to the next matching request; resolves once Zendesk has answered it. */
  loseNext(rule: LoseRule): Promise<void> {
    return new Promise((resolve) => this.rules.push({ ...rule, resolve }));
  }

  async close(): Promise<void> {
    for (const r of this.held) r.destroy();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)) headers[k] = v;
    }
    const method = req.method ?? 'GET';
    const upstream = await fetch(`${this.upstream}${req.url ?? '/'}`, {
      method,
      headers,
      ...(body.length > 0 && method !== 'GET' ? { body } : {}),
    });
    const text = await upstream.text();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const idx = this.rules.findIndex((r) => r.method === method && r.path.test(path));
    if (idx >= 0) {
      const [rule] = this.rules.splice(idx, 1);
      if (rule) {
        rule.resolve();
        if (rule.mode === 'hold') this.held.push(res);
        else res.destroy();
        return;
      }
    }
    res.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      ...(upstream.headers.get('retry-after')
        ? { 'retry-after': upstream.headers.get('retry-after') ?? '' }
        : {}),
    });
    res.end(text);
  }
}
