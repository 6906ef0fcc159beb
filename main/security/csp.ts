import { ANY_SERVER_CONNECT_SOURCES, buildContentSecurityPolicy as buildPolicy } from '@shared/security/csp';

/**
 * The Content-Security-Policy sent with every `app://` response. A header rather than a
 * `<meta>` tag because `frame-ancestors` is ignored in `<meta>` and because the renderer's build
 * cannot weaken a header it does not control.
 */

/**
 * Where the renderer may connect. The sync server is the association's own machine, chosen at
 * run time in the settings: a Raspberry Pi on the club's network is commonly reached over plain
 * `http://192.168.x.x`, a hosted server over `https:`. No origin can be named at build time, so
 * the policy allows both schemes (and nothing else: no `ws:`, the change stream is Server-Sent
 * Events over HTTP). What keeps an injected script from using this to exfiltrate data is that no
 * injected script can run: `script-src 'self'` with no inline, no eval, no remote origin (only
 * `'wasm-unsafe-eval'`, which compiles the app's own WebAssembly and never evaluates text).
 * `buildContentSecurityPolicy` takes a narrower list once main knows the configured server.
 */
export const DEFAULT_CONNECT_SOURCES: readonly string[] = ANY_SERVER_CONNECT_SOURCES;

export interface ContentSecurityPolicyOptions {
  connectSources?: readonly string[];
}

export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  return buildPolicy({ connectSources: options.connectSources ?? DEFAULT_CONNECT_SOURCES });
}

/** Headers every response of the `app` scheme carries, whatever its status. */
export function securityHeaders(options: ContentSecurityPolicyOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(options),
    // A mislabelled file must never be sniffed into a script.
    'X-Content-Type-Options': 'nosniff',
    // The sync server does not need to know which screen a request came from.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
