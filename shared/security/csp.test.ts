import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '@shared/security/csp';

describe('the content security policy', () => {
  it('allows only the app itself by default, with no framing', () => {
    const policy = buildContentSecurityPolicy();
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('lets WebAssembly compile (the door’s QR decoder) but never eval() of text', () => {
    const scripts = buildContentSecurityPolicy()
      .split('; ')
      .find((directive) => directive.startsWith('script-src '))
      ?.split(' ')
      .slice(1);
    expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it('leaves out frame-ancestors in a meta tag, which ignores it', () => {
    expect(buildContentSecurityPolicy({ forMetaTag: true })).not.toContain('frame-ancestors');
  });
});
