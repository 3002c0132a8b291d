/**
 * Persistence inside a thread: the same demand repeated by several messages
 * within a short window. Messages are linked when their demand tokens are
 * similar (overlap coefficient ≥ `similarity`); within each linked group the
 * densest window of `windowMinutes` must hold at least `minRepeats` messages.
 */
import { demandKeys, tokenSimilarity } from './contact-history.js';
import { MASK_CHAR } from './normalize.js';

export interface PersistenceSettings {
  windowMinutes: number;
  minRepeats: number;
  minTickets: number;
  similarity: number;
}

export interface ThreadPersistence {
  /** Indexes of the messages in the densest window, in time order. */
  messages: number[];
  spanMinutes: number;
}

export function threadPersistence(
  items: { at: number; conduct: string }[],
  settings: PersistenceSettings,
): ThreadPersistence | null {
  const n = items.length;
  if (n < settings.minRepeats) return null;
  const tokens = items.map((it) => demandKeys(it.conduct.replaceAll(MASK_CHAR, ' ')));
  // Union-find over "repeats the same demand".
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const windowMs = settings.windowMinutes * 60_000;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(items[j]!.at - items[i]!.at) > windowMs) continue;
      if (tokenSimilarity(tokens[i]!, tokens[j]!) >= settings.similarity) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(items[i]!.at)) continue;
    const root = find(i);
    const g = groups.get(root) ?? [];
    g.push(i);
    groups.set(root, g);
  }
  let best: number[] = [];
  for (const g of groups.values()) {
    if (g.length < settings.minRepeats) continue;
    const sorted = [...g].sort((a, b) => items[a]!.at - items[b]!.at);
    let lo = 0;
    for (let hi = 0; hi < sorted.length; hi++) {
      while (items[sorted[hi]!]!.at - items[sorted[lo]!]!.at > windowMs) lo++;
      if (hi - lo + 1 > best.length) best = sorted.slice(lo, hi + 1);
    }
  }
  if (best.length < settings.minRepeats) return null;
  const first = items[best[0]!]!.at;
  const last = items[best[best.length - 1]!]!.at;
  return { messages: best, spanMinutes: Math.round((last - first) / 60_000) };
}
