/**
 * The one Content-Security-Policy of Tilleul, whoever serves the app: the desktop's `app://`
 * handler (main/security/csp.ts, which widens `connect-src` to the server chosen at run time),
 * the sync server serving the web build, and the web build's own meta tag.
 */
/**
 * Where an app that must reach the association's server may connect. The server is chosen at run
 * time (a Raspberry Pi on the club's network at `http://192.168.x.x`, a hosted one over
 * `https:`), so no origin can be named at build time: both schemes, nothing else (no `ws:`).
 * The web build's meta tag carries this widest policy because the same `index.html` is what
 * the desktop serves from `app://`, where the server is always another origin; each host then
 * narrows it with its header (the sync server sends `'self'`), and policies only intersect.
 */
export const ANY_SERVER_CONNECT_SOURCES: readonly string[] = ["'self'", 'http:', 'https:'];

export interface ContentSecurityPolicyOptions {
  /** Where the app may connect; only its own origin unless told otherwise. */
  connectSources?: readonly string[];
  /** A `<meta>` tag ignores `frame-ancestors` (and browsers warn about it): leave it out there. */
  forMetaTag?: boolean;
}

export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // The door's QR decoder is WebAssembly (zxing-wasm, served from the app's own build):
    // compiling it needs 'wasm-unsafe-eval', which allows WebAssembly only — never eval() of text.
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    // Mantine writes its theme variables into a <style> tag and sets inline `style` attributes
    // at run time. Injected CSS cannot run code, so this is the accepted trade-off.
    ['style-src', "'self'", "'unsafe-inline'"],
    // `data:`/`blob:` for generated images: QR codes on member cards, PDF previews, camera frames.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', ...(options.connectSources ?? ["'self'"])],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ...(options.forMetaTag ? [] : [['frame-ancestors', "'none'"] as [string, ...string[]]]),
    ['form-action', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
