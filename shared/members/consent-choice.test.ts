import { describe, expect, it } from 'vitest';
import { chooseConsent } from '@shared/members/consent-choice';
import { consentSchema } from '@shared/members/person';

describe('chooseConsent', () => {
  it('dates a new decision today, and keeps the date of one that changes', () => {
    const granted = chooseConsent({ status: 'unknown', on: '' }, 'granted', '2026-09-10');
    expect(granted).toEqual({ status: 'granted', on: '2026-09-10' });
    expect(chooseConsent({ status: 'granted', on: '2025-01-02' }, 'refused', '2026-09-10')).toEqual({
      status: 'refused',
      on: '2025-01-02',
    });
  });

  it('forgets the date when back to « not asked », as the schema wants', () => {
    const unknown = chooseConsent({ status: 'granted', on: '2025-01-02' }, 'unknown', '2026-09-10');
    expect(unknown).toEqual({ status: 'unknown', on: '' });
    expect(consentSchema.safeParse(unknown).success).toBe(true);
  });
});
