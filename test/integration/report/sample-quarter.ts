/**
 * A deterministic, made-up quarter (September–November 2026) of tagged
 * tickets for the README screenshot: a seeded generator, so the picture is
 * reproducible. Not used for exact-count assertions (see november-fixture.ts).
 */
import type { FakeTicket } from './fake-search-export.js';

const MEANS = [
  'insult',
  'intimidation',
  'defamation',
  'violence',
  'persistence',
  'kneel_demand',
  'privacy',
  'sexual',
  'restrictive',
  'discriminatory',
];
const MEANS_W = [30, 18, 12, 6, 10, 8, 5, 3, 4, 2];
const DEMANDS = ['monetary', 'excessive', 'exchange', 'unrelated'];
const DEMANDS_W = [22, 15, 6, 4];
const CHANNELS = ['email', 'web', 'chat', 'api'];
const CHANNELS_W = [45, 30, 20, 5];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(r: () => number, items: T[], weights: number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i]!;
    if (x < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function sampleQuarter(): FakeTicket[] {
  const r = rng(20261201);
  const out: FakeTicket[] = [];
  const start = Date.UTC(2026, 8, 1);
  const days = 91;
  let id = 50_000;
  for (let d = 0; d < days; d++) {
    // More tickets as the quarter goes on (the law took effect on 1 October).
    const n = Math.floor(r() * (d < 30 ? 2 : 3.2));
    for (let k = 0; k < n; k++) {
      id += 1;
      const created = start + d * 86_400_000 + Math.floor(r() * 86_400_000);
      const harassment = r() < 0.62;
      const tags: string[] = [];
      if (harassment) {
        tags.push('harassment_suspected', 'harassment_escalated', `harassment_${pick(r, MEANS, MEANS_W)}`);
        if (r() < 0.3) tags.push(`harassment_${pick(r, MEANS, MEANS_W)}`);
        if (r() < 0.4) tags.push(`harassment_${pick(r, DEMANDS, DEMANDS_W)}`);
        if (r() < 0.12) tags.push('harassment_refusal_approved', 'harassment_support_refused');
      } else {
        tags.push('harassment_review', `harassment_${pick(r, DEMANDS, DEMANDS_W)}`);
      }
      if (r() < 0.07) tags.push('harassment_false_positive');
      const requester = 3_900_000_000 + Math.floor(r() < 0.15 ? r() * 6 : 100 + r() * 5000);
      const delayMin = Math.round(1 + r() * r() * 90);
      out.push({
        ticket: {
          id,
          result_type: 'ticket',
          created_at: iso(created),
          tags: [...new Set(tags)],
          via: { channel: pick(r, CHANNELS, CHANNELS_W) },
          requester_id: requester,
          assignee_id: 8800000001,
        },
        audits: [
          {
            created_at: iso(created),
            author_id: requester,
            events: [{ type: 'Comment', author_id: requester, public: true }],
          },
          {
            created_at: iso(created + delayMin * 60_000),
            author_id: 8800000099,
            events: [{ type: 'Change', field_name: 'tags', value: tags, previous_value: [] }],
          },
        ],
      });
    }
  }
  return out;
}
