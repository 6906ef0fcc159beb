/** Where a command writes: the real console, or buffers in tests that call `runCli` in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const consoleIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

/** A failure the user can act on: a stable code for `--json`, a French sentence for people. */
export class CliFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** What a command reports: one JSON object with `--json`, French lines otherwise. */
export interface CommandResult {
  json: Record<string, unknown>;
  human: string;
}
