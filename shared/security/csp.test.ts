import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '@shared/security/csp';

describe('the content security policy', () => {
  it('allows only the app itself by default, with no framing', () => {
    const policy = buildContentSecurityPolicy();
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('leaves out frame-ancestors in a meta tag, which ignores it', () => {
    expect(buildContentSecurityPolicy({ forMetaTag: true })).not.toContain('frame-ancestors');
  });
});
