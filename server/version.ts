import { version } from '../package.json';

/**
 * The app's version from package.json: one number for the desktop app, the web build and this
 * server. Imported rather than read at run time, so the bundled `tilleul-server` (dist/server/
 * cli.cjs, build/bundle-server.mjs) carries it wherever it is installed.
 */
export const SERVER_VERSION: string = version;
