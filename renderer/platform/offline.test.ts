import { describe, expect, it } from 'vitest';
import { prepareOffline } from './offline';

const persistent = { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) };
const refused = { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) };

describe('prepareOffline', () => {
  it('on a secure origin: registers the service worker and asks for persistent storage', async () => {
    let registered = 0;
    const readiness = await prepareOffline({
      secureContext: true,
      hasServiceWorker: true,
      storage: persistent,
      register: () => {
        registered++;
        return Promise.resolve();
      },
    });
    expect(readiness).toEqual({ appShell: 'kept', storage: 'persistent' });
    expect(registered).toBe(1);
  });

  it('plain http: no service worker is even tried, and storage may be cleared when refused', async () => {
    let registered = 0;
    const readiness = await prepareOffline({
      secureContext: false,
      hasServiceWorker: false,
      storage: refused,
      register: () => {
        registered++;
        return Promise.resolve();
      },
    });
    expect(readiness).toEqual({ appShell: 'insecure-origin', storage: 'may-be-cleared' });
    expect(registered).toBe(0);
  });

  it('a registration that fails, a browser without the storage API or that throws', async () => {
    expect(
      await prepareOffline({
        secureContext: true,
        hasServiceWorker: true,
        register: () => Promise.reject(new Error('SecurityError')),
      }),
    ).toEqual({ appShell: 'failed', storage: 'unknown' });
    expect(
      await prepareOffline({
        secureContext: true,
        hasServiceWorker: false,
        storage: { persisted: () => Promise.reject(new Error('x')), persist: () => Promise.resolve(true) },
        register: () => Promise.resolve(),
      }),
    ).toEqual({ appShell: 'unsupported', storage: 'unknown' });
  });

  it('storage already persistent is not asked again', async () => {
    let asked = 0;
    const readiness = await prepareOffline({
      secureContext: true,
      hasServiceWorker: true,
      storage: {
        persisted: () => Promise.resolve(true),
        persist: () => {
          asked++;
          return Promise.resolve(true);
        },
      },
      register: () => Promise.resolve(),
    });
    expect(readiness.storage).toBe('persistent');
    expect(asked).toBe(0);
  });
});
