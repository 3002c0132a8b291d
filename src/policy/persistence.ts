/**
 * Persistence inside a thread: the same demand repeated by several messages
 * within a short window. A message and the messages whose demand tokens are
 * similar to its own (overlap coefficient ≥ `similarity`) form a group: a
 * star around one message, not a chain, so a cooperative thread that passes
 * one word along from message to message (the relay server, then its IP,
 * then the fix that added it) is not one demand repeated. Within some group
 * the densest window of `windowMinutes` must hold at least `minRepeats`
 * messages.
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
  const windowMs = settings.windowMinutes * 60_000;
  const timed = (i: number): boolean => Number.isFinite(items[i]!.at);
  // Each message with the messages that repeat it, inside the window.
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (!timed(i)) continue;
    const g = [i];
    for (let j = 0; j < n; j++) {
      if (j === i || !timed(j) || Math.abs(items[j]!.at - items[i]!.at) > windowMs) continue;
      if (tokenSimilarity(tokens[i]!, tokens[j]!) >= settings.similarity) g.push(j);
    }
    groups.push(g);
  }
  let best: number[] = [];
  for (const g of groups) {
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
