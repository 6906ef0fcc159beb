import { Chip, Group, Select, TextInput } from '@mantine/core';
import type { SelectProps } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentFilter, MemberFilter, MemberSort } from '@shared/members/member-list';
import { appliedSort, CONSENT_FILTERS } from '@shared/members/member-list';
import type { MemberCriteria } from '@shared/members/member-list-criteria';
import type { Season } from '@shared/members/season';
import type { MembershipStatus } from '@shared/members/status';
import { MEMBERSHIP_STATUSES } from '@shared/members/status';
import { ColumnPicker } from '@renderer/pages/members/list/ColumnPicker';
import type { OptionalColumn } from '@renderer/pages/members/list/member-columns';

/** The member list's search, filters, order and columns; Entrée in the search opens the first match. */
export function MemberFilters({
  criteria,
  onChange,
  onOpenFirst,
  seasons,
  columns,
  onColumnsChange,
  searchRef,
}: {
  criteria: MemberCriteria;
  onChange: (criteria: MemberCriteria) => void;
  onOpenFirst: () => void;
  seasons: readonly Season[];
  columns: OptionalColumn[];
  onColumnsChange: (columns: OptionalColumn[]) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const { query, filter, sort } = criteria;
  const searching = query.trim() !== '';
  const season = seasons.find((s) => s.id === filter.seasonId);
  const setFilter = (change: Partial<MemberFilter>) =>
    onChange({ ...criteria, filter: { ...filter, ...change } });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        ref={searchRef}
        label={t('people.list.searchLabel')}
        placeholder={t('people.list.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          const next = event.currentTarget.value;
          // Typing a search while sorted by name shows the best matches first.
          const best = next && sort === 'name' && criteria.direction === 'asc';
          onChange({ ...criteria, query: next, sort: best ? 'relevance' : sort });
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          onOpenFirst();
        }}
        w={420}
        size="md"
        autoFocus
        type="search"
      />
      <FilterSelect
        label={t('people.list.filterStatus')}
        value={filter.status}
        onChange={(value) => setFilter({ status: value as MembershipStatus | null })}
        data={MEMBERSHIP_STATUSES.map((value) => ({ value, label: t(`people.status.${value}`) }))}
        w={170}
      />
      <FilterSelect
        label={t('people.list.filterSeason')}
        value={filter.seasonId}
        // A tariff belongs to one season.
        onChange={(value) =>
          setFilter({ seasonId: seasons.find((s) => s.id === value)?.id ?? null, tariffId: null })
        }
        data={seasons.map((s) => ({ value: s.id, label: s.label }))}
        w={150}
      />
      <FilterSelect
        label={t('people.list.filterTariff')}
        disabled={!season}
        value={filter.tariffId}
        onChange={(value) =>
          setFilter({ tariffId: season?.tariffs.find((tariff) => tariff.id === value)?.id ?? null })
        }
        data={(season?.tariffs ?? []).map((tariff) => ({ value: tariff.id, label: tariff.label }))}
        w={170}
      />
      <FilterSelect
        label={t('people.list.filterConsent')}
        value={filter.consent}
        onChange={(value) => setFilter({ consent: value as ConsentFilter | null })}
        data={CONSENT_FILTERS.map((value) => ({
          value,
          // i18next reads « : » as a namespace: the key's path uses a dot.
          label: t(`people.list.consentFilter.${value.replace(':', '.') as 'newsletter.granted'}`),
        }))}
        w={230}
      />
      <Chip
        checked={filter.toComplete}
        onChange={(checked) => setFilter({ toComplete: checked })}
        size="md"
        mb={4}
      >
        {t('people.list.filterToComplete')}
      </Chip>
      <Select
        label={t('people.list.sort')}
        // Without a search, « relevance » is the name order: say so rather than show nothing.
        value={appliedSort(sort, searching)}
        onChange={(value) =>
          onChange({ ...criteria, sort: (value as MemberSort | null) ?? 'name', direction: 'asc' })
        }
        allowDeselect={false}
        data={[
          ...(searching ? [{ value: 'relevance', label: t('people.list.sortRelevance') }] : []),
          { value: 'name', label: t('people.list.sortName') },
          { value: 'number', label: t('people.list.sortNumber') },
          { value: 'status', label: t('people.list.sortStatus') },
        ]}
        w={150}
      />
      <ColumnPicker columns={columns} onChange={onColumnsChange} />
    </Group>
  );
}

/** A filter of the list: cleared (or its choice clicked again), it keeps everybody (« Tous »). */
function FilterSelect(props: SelectProps) {
  const { t } = useTranslation();
  return <Select placeholder={t('people.list.all')} clearable allowDeselect {...props} />;
}
