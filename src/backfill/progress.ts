/**
 * Progress output for long CLI runs: a bar redrawn in place (`\r`) on a TTY,
 * one plain line per update otherwise (logs, CI, pipes). Ids and counts only.
 */
export interface ProgressWriter {
  update(fraction: number, detail: string): void;
  /** Ends the bar's line (TTY); no-op otherwise. */
  done(): void;
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR_WIDTH = 24;

export function renderBar(fraction: number, width = BAR_WIDTH): string {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const filled = Math.round(f * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(f * 100)).padStart(3)}%`;
}

export function progressWriter(stream: ProgressStream, label: string): ProgressWriter {
  let drawn = false;
  if (stream.isTTY) {
    return {
      update(fraction, detail) {
        const line = `${label} ${renderBar(fraction)} ${detail}`;
        const cols = stream.columns ?? 100;
        // Clear the rest of the line so a shorter line leaves no trailing characters.
        stream.write(`\r${line.slice(0, Math.max(10, cols - 1))}\u001b[K`);
        drawn = true;
      },
      done() {
        if (drawn) stream.write('\n');
        drawn = false;
      },
    };
  }
  return {
    update(fraction, detail) {
      stream.write(`${label} ${Math.floor(Math.min(1, Math.max(0, fraction)) * 100)}% ${detail}\n`);
    },
    done() {},
  };
}
