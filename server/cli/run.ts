import {
  backupCommand,
  devicesCommand,
  initCommand,
  inviteCommand,
  revokeCommand,
} from '@server/cli/commands';
import { resetAdminCommand } from '@server/cli/reset-admin';
import { USAGE, UsageError, parseCommandLine } from '@server/cli/arguments';
import type { ParsedCommandLine } from '@server/cli/arguments';
import { CliFailure } from '@server/cli/output';
import type { CliIo, CommandResult } from '@server/cli/output';
import { serveCommand, untilStopSignal } from '@server/cli/serve';
import { openStore } from '@server/storage/open-store';
import { StoreError } from '@server/storage/store';
import type { Store } from '@server/storage/store';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface RunOptions {
  now?: () => Date;
  /** For `serve`: what ends it (a signal by default). */
  stopSignal?: Promise<unknown>;
}

function report(io: CliIo, json: boolean, code: string, message: string): void {
  if (json) io.stdout(JSON.stringify({ ok: false, code, message }));
  io.stderr(message);
}

async function execute(store: Store, command: Exclude<ParsedCommandLine, { help: true }>, now: Date) {
  switch (command.command) {
    case 'init':
      return initCommand(store, command, now);
    case 'invite':
      return inviteCommand(store, command, now);
    case 'devices':
      return devicesCommand(store, command);
    case 'revoke':
      return revokeCommand(store, command, now);
    case 'backup':
      return backupCommand(store, command);
    case 'reset-admin':
      return resetAdminCommand(store, command, now);
    case 'serve':
      throw new Error('serve is run by runCli itself');
  }
}

/**
 * The whole CLI as a function of its arguments: `cli.ts` calls it with the real console, tests
 * call it in-process with buffers. Returns the exit code: 0 done, 1 failed, 2 bad arguments.
 */
export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  let command: ParsedCommandLine;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    report(io, argv.includes('--json'), 'USAGE', error.message);
    return EXIT_USAGE;
  }
  if (command.help) {
    if (command.json) io.stdout(JSON.stringify({ ok: true, usage: USAGE }));
    else io.stdout(USAGE);
    return EXIT_OK;
  }

  let store: Store | undefined;
  try {
    const serving = command.command === 'serve' ? command : undefined;
    const association = serving?.['max-association-mb'];
    const device = serving?.['max-device-mb'];
    store = await openStore(command.location, {
      create: command.command === 'init',
      limits: {
        ...(association === undefined ? {} : { associationBytes: association * 1024 ** 2 }),
        ...(device === undefined ? {} : { deviceBytes: device * 1024 ** 2 }),
      },
    });
    if (command.command === 'serve') {
      const stop = (options.stopSignal ?? untilStopSignal()) as Promise<NodeJS.Signals>;
      await serveCommand(store, command, io, stop);
      return EXIT_OK;
    }
    const result: CommandResult = await execute(store, command, (options.now ?? (() => new Date()))());
    io.stdout(command.json ? JSON.stringify(result.json) : result.human);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliFailure || error instanceof StoreError) {
      report(io, command.json, error.code, error.message);
      return EXIT_FAILURE;
    }
    const message = error instanceof Error ? error.message : String(error);
    report(io, command.json, 'ERROR', `Échec : ${message}`);
    return EXIT_FAILURE;
  } finally {
    await store?.close();
  }
}
