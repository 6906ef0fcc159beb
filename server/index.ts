// The sync server's public surface (DESIGN.md, Sync): the app factory, the storage and the CLI.
export { buildServer, DEFAULT_BODY_LIMIT } from '@server/http/app';
export type { ServerOptions } from '@server/http/app';
export { openStore } from '@server/storage/open-store';
export type { StoreLocation } from '@server/storage/open-store';
export type { Store } from '@server/storage/store';
export { runCli } from '@server/cli/run';
