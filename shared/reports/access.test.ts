import { describe, expect, it } from 'vitest';
import { reportsFor } from '@shared/reports/access';

describe('reportsFor', () => {
  it('gives each role the reports whose figures it may read', () => {
    expect(reportsFor('door')).toEqual([]);
    // The secretary reads fees and sheets, not donations.
    expect(reportsFor('secretary')).toEqual(['members', 'attendance']);
    expect(reportsFor('treasurer')).toEqual(['members', 'donations', 'attendance']);
    expect(reportsFor('admin')).toEqual(['members', 'donations', 'attendance']);
  });
});
