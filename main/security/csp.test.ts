import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, securityHeaders } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  const policy = directives(buildContentSecurityPolicy());

  it('only runs scripts shipped with the app: no inline, no eval, no remote origin', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // WebAssembly may compile (the door's QR decoder), JavaScript text may not be eval'd.
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(buildContentSecurityPolicy()).not.toContain(" 'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('allows inline styles (Mantine) but nothing else inline', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('forbids plugins, base rewriting, framing and form submission', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('allows generated images and fonts from data:/blob: only', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
  });

  it('lets the renderer reach a sync server over http or https by default, and no other scheme', () => {
    expect(policy.get('connect-src')).toEqual(["'self'", 'http:', 'https:']);
  });

  it('narrows connect-src to the configured server when given one', () => {
    const narrowed = directives(
      buildContentSecurityPolicy({ connectSources: ["'self'", 'https://sync.example.org'] }),
    );
    expect(narrowed.get('connect-src')).toEqual(["'self'", 'https://sync.example.org']);
  });
});

describe('securityHeaders', () => {
  it('always carries the policy and forbids MIME sniffing', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toBe(buildContentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});
