/** "checked 120/4000" on stderr, only for a person watching (a terminal) and a run long enough to need it. */
const MIN_FILES = 50;
const INTERVAL_MS = 100;

export interface Progress {
  tick(): void;
  /** Erases the line, so that other output does not land in the middle of it. */
  clear(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < MIN_FILES) return { tick() {}, clear() {} };
  let count = 0;
  let last = 0;
  let shown = false;
  return {
    tick() {
      count++;
      const now = Date.now();
      if (now - last < INTERVAL_MS || count === total) return;
      last = now;
      shown = true;
      stream.write(`\rchecked ${count}/${total}`);
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
