/**
 * SIGTERM/SIGINT that arrive while the process is still starting (module
 * loading, policy compilation, wiring) would otherwise kill it with the
 * default action (exit 143) before the graceful handler exists. src/server.ts
 * imports this module FIRST, so these listeners are installed before the
 * heavy modules are evaluated; the entry point then hands over to
 * close-with-grace and replays a signal that came in meanwhile.
 */
let received: NodeJS.Signals | undefined;

function remember(signal: NodeJS.Signals): void {
  received ??= signal;
}

process.on('SIGTERM', remember);
process.on('SIGINT', remember);

/** The first signal received before the graceful handler took over, if any. */
export function earlySignal(): NodeJS.Signals | undefined {
  return received;
}

/** Removes the early listeners (call once the graceful handler is installed). */
export function releaseEarlySignals(): void {
  process.off('SIGTERM', remember);
  process.off('SIGINT', remember);
}
