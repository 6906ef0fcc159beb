import { describe, expect, it } from 'vitest';
import { pendingToShow } from '@renderer/sync/sync-status';

describe('pendingToShow', () => {
  it('counts the changes apart from the journal entries each of them writes', () => {
    expect(pendingToShow({ pendingChanges: 2, pendingByCollection: { people: 1, audit: 1 } })).toEqual({
      changes: 1,
      journal: 1,
    });
  });

  it('says when only the journal waits', () => {
    expect(pendingToShow({ pendingChanges: 3, pendingByCollection: { audit: 3 } })).toEqual({
      changes: 0,
      journal: 3,
    });
  });

  it('counts everything as changes when no journal entry waits', () => {
    expect(pendingToShow({ pendingChanges: 4, pendingByCollection: { attendance: 4 } })).toEqual({
      changes: 4,
      journal: 0,
    });
  });
});
