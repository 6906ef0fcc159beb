import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** The facts that make a figure comparable: what it was measured on. */
export function machineFacts(chromiumPath: string) {
  const cpu = cpus();
  let chromium = 'inconnu';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      // Debian's wrapper script prints shell noise on stderr.
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Reported as unknown rather than failing the whole run.
  }
  return {
    cpu: cpu[0]?.model ?? 'inconnu',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}
