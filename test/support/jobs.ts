/** Waiting for BullMQ jobs in tests: bounded polling of job counts, never a timed assertion. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from 'bullmq';

export async function waitForSettled(queue: Queue, expected: number, timeoutMs = 25_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
    const pending = (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0);
    if (pending === 0 && (c.completed ?? 0) + (c.failed ?? 0) >= expected) return;
    if (Date.now() > deadline) throw new Error(`jobs not settled: ${JSON.stringify(c)}`);
    await sleep(50);
  }
}
