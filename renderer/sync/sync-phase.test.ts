import { describe, expect, it } from 'vitest';
import { syncPhase } from '@renderer/sync/sync-phase';
import type { SyncPhaseInput } from '@renderer/sync/sync-phase';
import { fr } from '@renderer/i18n/fr';
import { en } from '@renderer/i18n/en';

const leaderInSync: SyncPhaseInput = {
  refused: false,
  leadership: 'leader',
  requestFailed: false,
  connected: true,
  active: false,
  pending: 0,
  previous: 'syncing',
};

describe('sync phase', () => {
  it('is « à jour » only in the tab that replicates, connected, with nothing left to send', () => {
    expect(syncPhase(leaderInSync)).toBe('upToDate');
    expect(syncPhase({ ...leaderInSync, pending: 2 })).toBe('syncing');
    expect(syncPhase({ ...leaderInSync, active: true })).toBe('syncing');
    expect(syncPhase({ ...leaderInSync, requestFailed: true })).toBe('offline');
    expect(syncPhase({ ...leaderInSync, connected: false })).toBe('offline');
    expect(syncPhase({ ...leaderInSync, connected: false, previous: 'connecting' })).toBe('connecting');
  });

  it('says which app to update when the schema versions disagree, above every other state', () => {
    expect(syncPhase({ ...leaderInSync, outdated: 'app', refused: true, requestFailed: true })).toBe(
      'appOutdated',
    );
    expect(syncPhase({ ...leaderInSync, outdated: 'server', pending: 4 })).toBe('serverOutdated');
    expect(fr.sync.status.appOutdated).toBe('Mettez Tilleul à jour');
    expect(en.sync.status.appOutdated).toBe('Update Tilleul');
  });

  it('says that another tab synchronises in a tab that lost the election, whatever it sees itself', () => {
    for (const connected of [true, false]) {
      for (const pending of [0, 3]) {
        expect(syncPhase({ ...leaderInSync, leadership: 'follower', connected, pending })).toBe('otherTab');
      }
    }
    expect(syncPhase({ ...leaderInSync, leadership: 'follower', previous: 'upToDate' })).toBe('otherTab');
  });

  it('waits for the election before saying anything about the server', () => {
    expect(syncPhase({ ...leaderInSync, leadership: 'unknown' })).toBe('connecting');
  });

  it('takes over without a false « hors ligne » when the leader tab closes', () => {
    const takingOver = { ...leaderInSync, connected: false, previous: 'otherTab' as const };
    expect(syncPhase(takingOver)).toBe('connecting');
    expect(syncPhase({ ...takingOver, connected: true })).toBe('upToDate');
  });

  it('says « appareil refusé » before anything else', () => {
    expect(syncPhase({ ...leaderInSync, refused: true })).toBe('refused');
    expect(syncPhase({ ...leaderInSync, refused: true, leadership: 'follower' })).toBe('refused');
  });

  it('has the words in French and in English', () => {
    expect(fr.sync.status.otherTab).toBe('Synchronisé par un autre onglet');
    expect(en.sync.status.otherTab).toBe('Synced by another tab');
    expect(fr.sync.status.otherTabHelp.length).toBeGreaterThan(40);
    expect(en.sync.status.otherTabHelp.length).toBeGreaterThan(40);
  });
});
