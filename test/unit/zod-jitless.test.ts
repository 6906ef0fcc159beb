import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const script = readFileSync(
  join(import.meta.dirname, '..', '..', 'renderer', 'public', 'zod-jitless.js'),
  'utf8',
);

describe('zod without its eval probe (the app’s policy forbids eval)', () => {
  it('sets jitless in the configuration zod already holds, even when zod was loaded first', () => {
    const before = z.config();
    expect(before.jitless).not.toBe(true);
    runInThisContext(script);
    // The very object zod reads: completed, not replaced.
    expect(z.config()).toBe(before);
    expect(z.config().jitless).toBe(true);
    // Parsers still parse and refuse as before.
    const schema = z.object({ name: z.string().max(3) });
    expect(schema.parse({ name: 'Léa' })).toEqual({ name: 'Léa' });
    expect(schema.safeParse({ name: 'Léonie' }).success).toBe(false);
  });
});
