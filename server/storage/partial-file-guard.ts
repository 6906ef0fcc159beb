import { spawn } from 'node:child_process';

/**
 * A watcher process that removes `files` if this process dies before calling `release()`.
 *
 * `VACUUM INTO` is one synchronous call: while it runs, no JavaScript of this process does, so a
 * signal handler here would only run once the copy is over, and Ctrl+C (SIGINT) or SIGTERM, whose
 * default is to end the process at once, left the half-written copy and its journal until the
 * next backup. The watcher is another process, in its own process group (Ctrl+C in the terminal
 * does not reach it), reading a pipe from this one: the pipe closes when this process ends,
 * whatever ended it (a signal, SIGKILL included, or a crash); the watcher then removes the files,
 * unless this process said « done » first. Plain Node, no module to resolve.
 */
const WATCHER = `
const { rmSync } = require('node:fs');
const files = process.argv.slice(1);
let done = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
process.stdin.on('data', (chunk) => { if (String(chunk).includes('done')) done = true; });
process.stdin.on('close', () => {
  if (!done) for (const file of files) rmSync(file, { force: true });
  process.exit(0);
});
process.stdin.resume();
`;

export interface PartialFileGuard {
  /** The files are this process's to keep or remove: the watcher leaves them alone. */
  release(): void;
}

export function guardPartialFiles(files: readonly string[]): PartialFileGuard {
  const watcher = spawn(process.execPath, ['-e', WATCHER, ...files], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  // The watcher must never keep this process alive, nor its pipe fail it when it is gone.
  watcher.unref();
  watcher.on('error', () => undefined);
  watcher.stdin.on('error', () => undefined);
  (watcher.stdin as unknown as { unref?: () => void }).unref?.();
  return {
    release() {
      watcher.stdin.end('done\n');
    },
  };
}
