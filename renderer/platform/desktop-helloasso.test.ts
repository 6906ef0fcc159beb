import { describe, expect, it } from 'vitest';
import type { TilleulBridge } from '@shared/ipc/contract';
import { createDesktopHelloAsso } from '@renderer/platform/desktop-helloasso';

/**
 * The desktop's HelloAsso over the preload's bridge: main's answers are validated here too (trust
 * stops at the bridge). Main's side (the keeper, against the stand-in) is main/helloasso's test;
 * the bridge itself needs Electron, which cannot run here: a plain object stands for it.
 */
const status = {
  configured: true,
  clientId: 'client-123',
  organizationSlug: 'amis-du-lavoir',
  fetchedUntil: '',
};
const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });

describe('HelloAsso on the desktop', () => {
  it('passes main’s answers and refusals through, validated', async () => {
    const calls: unknown[] = [];
    const bridge = {
      helloAssoStatus: () => ok(status),
      helloAssoSave: (input: unknown) => {
        calls.push(input);
        return ok({ ok: false, message: 'Le trousseau du système ne peut pas chiffrer le secret.' });
      },
      helloAssoForget: () => ok({ ...status, configured: false, clientId: '', organizationSlug: '' }),
      helloAssoFetch: () => ok({ ok: true, orders: [], fetchedUntil: '2026-12-03T07:00:00.000Z' }),
      helloAssoSetCursor: (request: unknown) => {
        calls.push(request);
        return ok({ ...status, fetchedUntil: '2026-12-03T07:00:00.000Z' });
      },
    } as unknown as TilleulBridge;
    const port = createDesktopHelloAsso(bridge);
    expect(await port.status()).toEqual(status);
    expect(await port.save({ clientId: 'client-123', organizationSlug: 'amis-du-lavoir' })).toEqual({
      ok: false,
      message: 'Le trousseau du système ne peut pas chiffrer le secret.',
    });
    // Main's answer here names no form titles (a main of before them): read as none.
    expect(await port.fetch()).toEqual({
      ok: true,
      orders: [],
      formTitles: {},
      fetchedUntil: '2026-12-03T07:00:00.000Z',
    });
    expect((await port.setCursor('2026-12-03T07:00:00.000Z')).fetchedUntil).toBe('2026-12-03T07:00:00.000Z');
    expect(calls).toEqual([
      { clientId: 'client-123', organizationSlug: 'amis-du-lavoir' },
      { fetchedUntil: '2026-12-03T07:00:00.000Z' },
    ]);
    expect((await port.forget()).configured).toBe(false);
  });

  it('refuses an answer main should never give', async () => {
    const bridge = {
      helloAssoStatus: () => ok({ configured: 'oui', clientSecret: 'fuite' }),
    } as unknown as TilleulBridge;
    await expect(createDesktopHelloAsso(bridge).status()).rejects.toThrow();
  });
});
