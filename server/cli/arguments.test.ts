import { describe, expect, it } from 'vitest';
import { UsageError, parseCommandLine, USAGE } from '@server/cli/arguments';

const serve = (...extra: string[]) => parseCommandLine(['serve', '--data', '/srv/tilleul', ...extra]);

describe('serve --trust-proxy', () => {
  it('is off unless given', () => {
    const args = serve();
    expect(args).toMatchObject({ command: 'serve' });
    expect((args as { 'trust-proxy'?: unknown })['trust-proxy']).toBeUndefined();
  });

  it('takes true, a hop count, or the proxy’s addresses and CIDR ranges', () => {
    expect(serve('--trust-proxy', 'true')).toMatchObject({ 'trust-proxy': true });
    expect(serve('--trust-proxy', '1')).toMatchObject({ 'trust-proxy': 1 });
    expect(serve('--trust-proxy', '2')).toMatchObject({ 'trust-proxy': 2 });
    expect(serve('--trust-proxy', '127.0.0.1')).toMatchObject({ 'trust-proxy': ['127.0.0.1'] });
    expect(serve('--trust-proxy=127.0.0.1, 10.0.0.0/8,::1,fd00::/8')).toMatchObject({
      'trust-proxy': ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8'],
    });
  });

  it('refuses anything else with a French sentence that shows the accepted forms', () => {
    const cases: [string, RegExp][] = [
      ['0', /au moins 1 proxy/],
      ['', /--trust-proxy vide/],
      ['false', /omettez plutôt l’option/],
      ['oui', /« oui » n’est ni une adresse IP ni une plage CIDR/],
      ['127.0.0.256', /« 127\.0\.0\.256 » n’est ni une adresse IP/],
      ['10.0.0.0/33', /« 10\.0\.0\.0\/33 »/],
      ['10.0.0.0/0', /« 10\.0\.0\.0\/0 »/],
      ['::1/129', /« ::1\/129 »/],
      ['10.0.0.0/8/8', /« 10\.0\.0\.0\/8\/8 »/],
      ['-1', /« -1 »/],
      ['1.5', /« 1\.5 »/],
      ['127.0.0.1,,10.0.0.1', /virgule en trop, ou adresse manquante/],
      ['127.0.0.1,', /virgule en trop/],
      ['proxy.local', /« proxy\.local »/],
    ];
    for (const [value, message] of cases) {
      const run = () => serve(`--trust-proxy=${value}`);
      expect(run, value).toThrow(UsageError);
      expect(run, value).toThrow(message);
      expect(run, value).toThrow(/par exemple 127\.0\.0\.1,10\.0\.0\.0\/8|c’est le réglage par défaut/);
    }
  });

  it('is in the usage text', () => {
    expect(USAGE).toContain('--updates DIR');
    expect(serve('--updates', '/srv/feed')).toMatchObject({ updates: '/srv/feed' });
    expect(() => serve('--updates=')).toThrow(/--updates vide/);
    expect(USAGE).toContain('--trust-proxy');
    expect(USAGE).toMatch(/X-Forwarded-For/);
  });
});

describe('serve --helloasso-url', () => {
  it('points the HelloAsso calls elsewhere (its sandbox, a test double); refuses what is not http(s)', () => {
    expect(serve('--helloasso-url', 'https://api.helloasso-sandbox.com')).toMatchObject({
      'helloasso-url': 'https://api.helloasso-sandbox.com',
    });
    expect(serve('--helloasso-url', 'http://127.0.0.1:4100')).toMatchObject({
      'helloasso-url': 'http://127.0.0.1:4100',
    });
    for (const value of ['ftp://example.org', 'api.helloasso.com', ''])
      expect(() => serve(`--helloasso-url=${value}`), value).toThrow(/--helloasso-url/);
  });
});
