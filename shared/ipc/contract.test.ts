import { describe, expect, it } from 'vitest';
import { BridgeError, saveFileRequestSchema, unwrapIpcResult } from '@shared/ipc/contract';

const request = {
  suggestedName: 'association.json',
  filterName: 'JSON',
  extensions: ['json'],
  mimeType: 'application/json',
  data: new Uint8Array([123, 125]),
};

describe('the IPC contract', () => {
  it('accepts a plain file name', () => {
    expect(saveFileRequestSchema.parse(request).suggestedName).toBe('association.json');
    expect(
      saveFileRequestSchema.safeParse({ ...request, suggestedName: 'Reçus 2026 (copie).pdf' }).success,
    ).toBe(true);
  });

  it.each(['../secret.txt', 'a/b.pdf', 'C:\\x.pdf', 'nul\u0000.pdf', '..', 'que?.pdf'])(
    'refuses the file name %j',
    (suggestedName) => {
      expect(saveFileRequestSchema.safeParse({ ...request, suggestedName }).success).toBe(false);
    },
  );

  it('refuses data that is not bytes, and unknown fields', () => {
    expect(saveFileRequestSchema.safeParse({ ...request, data: 'text' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...request, path: '/etc/passwd' }).success).toBe(false);
  });

  it('turns an error result into a BridgeError with its code', () => {
    expect(unwrapIpcResult({ ok: true, value: 3 })).toBe(3);
    const failing = () =>
      unwrapIpcResult({ ok: false, error: { code: 'WRITE_FAILED', message: 'errors.ipc.writeFailed' } });
    expect(failing).toThrow(BridgeError);
    expect(failing).toThrow(/WRITE_FAILED/);
  });
});
