/*
 * The app runs under a Content-Security-Policy without 'unsafe-eval' (shared/security/csp.ts).
 * Zod probes `new Function('')` once to decide whether to compile its parsers; under the policy
 * the probe fails anyway, and Chromium reports it as a policy violation (app-protocol.spec.ts).
 * Setting zod's `jitless` up front skips the probe; the parsers are the same as they were.
 *
 * A classic script that index.html runs before the app's modules: inside the bundle, the chunk
 * that holds zod also holds shared modules that parse while they load, before any code of
 * main.tsx could run. Zod keeps its configuration in this global so that every copy of it shares
 * one; the object is completed, never replaced, in case zod came first (test/unit/zod-jitless.test.ts).
 */
(globalThis.__zod_globalConfig ??= {}).jitless = true;
