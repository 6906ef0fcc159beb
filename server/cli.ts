// `npm run server -- <command>` (and the packaged `tilleul-server` bin): see cli/arguments.ts.
import { consoleIo } from '@server/cli/output';
import { runCli } from '@server/cli/run';

process.exitCode = await runCli(process.argv.slice(2), consoleIo);
