// `npm run server -- <command>` (and the packaged `tilleul-server` bin): see cli/arguments.ts.
// No top-level await: build/bundle-server.mjs bundles this file as CommonJS.
import { consoleIo } from '@server/cli/output';
import { runCli } from '@server/cli/run';

void runCli(process.argv.slice(2), consoleIo).then((code) => {
  process.exitCode = code;
});
