import { userId, deviceId } from '@shared/testing/ids';
import { describe, expect, it } from 'vitest';
import { editStamps, newStamps } from '@shared/schema/stamps';

const context = {
  userId: userId('u1'),
  deviceId: deviceId('d1'),
  now: () => new Date('2026-09-01T08:30:00.000Z'),
};

describe('stamps', () => {
  it('stamps a new document with a fresh time-sortable id, its author, device and time', () => {
    const a = newStamps(context);
    const b = newStamps(context);
    expect(a).toEqual({
      id: a.id,
      createdAt: '2026-09-01T08:30:00.000Z',
      updatedAt: '2026-09-01T08:30:00.000Z',
      updatedBy: 'u1',
      deviceId: deviceId('d1'),
    });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.id).not.toBe(a.id);
  });

  it('keeps a derived id when one is given', () => {
    expect(newStamps(context, 'security').id).toBe('security');
  });

  it('stamps a change without touching id or creation time', () => {
    expect(editStamps({ ...context, userId: userId('u2') })).toEqual({
      updatedAt: '2026-09-01T08:30:00.000Z',
      updatedBy: 'u2',
      deviceId: deviceId('d1'),
    });
  });
});
