/**
 * Whether a promise settles within `ms`. The timer is always cleared, so a
 * promise that settles in time leaves nothing behind; one that does not is
 * left running (the caller decides what to do about it).
 */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
