import { describe, expect, it } from 'vitest';
import type { MemberCriteria } from '@shared/members/member-list-criteria';
import {
  ALL_MEMBERS,
  columnSort,
  criteriaFromParams,
  criteriaToParams,
  sortByColumn,
} from '@shared/members/member-list-criteria';
import { seasonId, tariffId } from '@shared/testing/ids';

const read = (params: Record<string, string>) => criteriaFromParams((name) => params[name] ?? null);

const filtered: MemberCriteria = {
  query: 'roux',
  filter: {
    status: 'a-jour',
    seasonId: seasonId('season-2026'),
    tariffId: tariffId('adulte'),
    toComplete: true,
    consent: 'newsletter:granted',
  },
  sort: 'number',
  direction: 'desc',
};

describe('the member list in the address', () => {
  it('writes nothing for the whole list sorted by name', () => {
    expect(criteriaToParams(ALL_MEMBERS)).toEqual({});
    expect(read({})).toEqual(ALL_MEMBERS);
  });

  it('writes a search, the filters and the order, in French, and reads them back', () => {
    const params = criteriaToParams(filtered);
    expect(params).toEqual({
      q: 'roux',
      statut: 'a-jour',
      saison: 'season-2026',
      tarif: 'adulte',
      'a-completer': '1',
      consentement: 'newsletter:granted',
      tri: 'number',
      ordre: 'desc',
    });
    expect(read(params)).toEqual(filtered);
  });

  it('falls back to the whole list for what it cannot read', () => {
    expect(read({ statut: 'vip', saison: '../etc', tarif: 'adulte', tri: 'age', ordre: 'up' })).toEqual(
      ALL_MEMBERS,
    );
  });

  it('keeps a tariff only with its season', () => {
    expect(read({ tarif: 'adulte' }).filter.tariffId).toBeNull();
  });
});

describe('sorting by a column header', () => {
  it('sorts by the column clicked, then the other way round on a second click', () => {
    const byNumber = sortByColumn(ALL_MEMBERS, 'number');
    expect([byNumber.sort, byNumber.direction]).toEqual(['number', 'asc']);
    expect(columnSort(byNumber, 'number')).toBe('ascending');
    expect(columnSort(byNumber, 'name')).toBe('none');
    const reversed = sortByColumn(byNumber, 'number');
    expect([reversed.sort, reversed.direction]).toEqual(['number', 'desc']);
    expect(columnSort(reversed, 'number')).toBe('descending');
    expect(sortByColumn(reversed, 'status')).toMatchObject({ sort: 'status', direction: 'asc' });
  });

  it('reads the name column as sorted when relevance falls back to it without a search', () => {
    const relevance = { ...ALL_MEMBERS, sort: 'relevance' as const };
    expect(columnSort(relevance, 'name')).toBe('ascending');
    expect(sortByColumn(relevance, 'name')).toMatchObject({ sort: 'name', direction: 'desc' });
    // While searching, the first click on « Nom » leaves the best-match order for the names.
    expect(sortByColumn({ ...relevance, query: 'rou' }, 'name')).toMatchObject({
      sort: 'name',
      direction: 'asc',
    });
  });
});
