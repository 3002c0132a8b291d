/**
 * Standard output for the command-line tools: when the reader goes away
 * (`… | head`, `… | sed q`), the rest of the output has nowhere to go, and
 * the tool stops quietly with exit code 0 instead of an EPIPE stack trace.
 */
export function stopQuietlyWhenReaderLeaves(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
