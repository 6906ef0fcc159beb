import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Popover,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { compareMemberNumbers } from '@shared/members/member-number';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { compareByName } from '@shared/members/sort';
import type { MembershipStatus } from '@shared/members/status';
import { coveredForSeason, MEMBERSHIP_STATUSES } from '@shared/members/status';
import { useDirectory, usePermission } from '@renderer/data/context';
import { PrintCardsButton } from '@renderer/pages/members/PrintCardsButton';
import { StatusBadge } from '@renderer/pages/members/StatusBadge';
import { useStatuses } from '@renderer/data/members/read';

const OPTIONAL_COLUMNS = ['email', 'phone', 'city', 'household'] as const;
type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
const COLUMNS_KEY = 'tilleul.members.columns';
const columnsSchema = z.array(z.enum(OPTIONAL_COLUMNS));

function storedColumns(): OptionalColumn[] {
  try {
    const parsed = columnsSchema.safeParse(JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null'));
    return parsed.success ? parsed.data : ['email', 'city'];
  } catch {
    return ['email', 'city'];
  }
}

type Sort = 'relevance' | 'name' | 'number' | 'status';
const STATUS_ORDER: Record<MembershipStatus, number> = {
  'a-jour': 0,
  'a-renouveler': 1,
  'ancien-membre': 2,
  'jamais-adherent': 3,
};

const ROW_HEIGHT = 44;

/** The member list: instant search and filters over the whole file, virtualised at 50,000 rows. */
export function MembersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const directory = useDirectory();
  const { statusOf, seasons } = useStatuses();
  const mayCreate = usePermission('people.create');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<MembershipStatus | null>(null);
  const [seasonId, setSeasonId] = useState<string | null>(null);
  const [tariffId, setTariffId] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort>('name');
  const [columns, setColumns] = useState<OptionalColumn[]>(storedColumns);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  useHotkeys(
    [
      ['mod+K', () => searchRef.current?.focus()],
      ['alt+N', () => mayCreate.allowed && navigate('/membres/nouveau')],
    ],
    [],
  );

  const season = seasons.find((s) => s.id === seasonId);
  const rows = useMemo(() => {
    const searching = query.trim() !== '';
    let people = searching
      ? directory.index.search(query, { limit: 1000 }).map((hit) => hit.person)
      : [...directory.people.values()];
    if (status) people = people.filter((person) => statusOf(person) === status);
    if (seasonId)
      people = people.filter(coveredForSeason(directory.memberships.values(), seasonId, tariffId));
    const effectiveSort =
      searching && sort === 'relevance' ? 'relevance' : sort === 'relevance' ? 'name' : sort;
    if (effectiveSort === 'name') people.sort(compareByName);
    else if (effectiveSort === 'number')
      people.sort((a, b) => compareMemberNumbers(a.memberNumber, b.memberNumber));
    else if (effectiveSort === 'status') {
      // One status per person, not two per comparison.
      const rank = new Map(people.map((person) => [person.id, STATUS_ORDER[statusOf(person)]]));
      people.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) || compareByName(a, b));
    }
    return people;
  }, [directory, query, status, seasonId, tariffId, sort, statusOf]);

  // This project does not use the React Compiler, whose memoisation the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const setColumnList = (next: OptionalColumn[]) => {
    setColumns(next);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
  };
  const template = ['minmax(200px, 2fr)', '110px', '170px', ...columns.map(() => 'minmax(120px, 1fr)')].join(
    ' ',
  );
  const cell = (person: PersonDocument, column: OptionalColumn) => {
    if (column === 'email') return person.email;
    if (column === 'phone') return person.phone;
    if (column === 'city') return person.address.city;
    return directory.households.get(person.householdId)?.name ?? '';
  };

  return (
    <Stack gap="md" h="calc(100vh - 56px - 2 * var(--mantine-spacing-lg))">
      <Group justify="space-between">
        <Title order={1}>{t('people.list.title')}</Title>
        <Group gap="sm">
          <PrintCardsButton people={rows} label={t('people.list.printCards')} />
          <Button component={Link} to="/membres/renouvellement" variant="default">
            {t('people.list.renewals')}
          </Button>
          {mayCreate.allowed ? (
            <Button component={Link} to="/membres/nouveau" title={t('people.list.newPersonShortcut')}>
              {t('people.list.newPerson')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          ref={searchRef}
          label={t('people.list.searchLabel')}
          placeholder={t('people.list.searchPlaceholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            if (event.currentTarget.value && sort === 'name') setSort('relevance');
          }}
          w={340}
          size="md"
          autoFocus
          type="search"
        />
        <Select
          label={t('people.list.filterStatus')}
          placeholder={t('people.list.all')}
          clearable
          value={status}
          onChange={(value) => setStatus(value as MembershipStatus | null)}
          data={MEMBERSHIP_STATUSES.map((value) => ({ value, label: t(`people.status.${value}`) }))}
          w={170}
        />
        <Select
          label={t('people.list.filterSeason')}
          placeholder={t('people.list.all')}
          clearable
          value={seasonId}
          onChange={(value) => {
            setSeasonId(value);
            setTariffId(null);
          }}
          data={seasons.map((s) => ({ value: s.id, label: s.label }))}
          w={150}
        />
        <Select
          label={t('people.list.filterTariff')}
          placeholder={t('people.list.all')}
          clearable
          disabled={!season}
          value={tariffId}
          onChange={setTariffId}
          data={(season?.tariffs ?? []).map((tariff) => ({ value: tariff.id, label: tariff.label }))}
          w={170}
        />
        <Select
          label={t('people.list.sort')}
          value={sort}
          onChange={(value) => setSort((value as Sort | null) ?? 'name')}
          allowDeselect={false}
          data={[
            ...(query ? [{ value: 'relevance', label: t('people.list.searchLabel') }] : []),
            { value: 'name', label: t('people.list.sortName') },
            { value: 'number', label: t('people.list.sortNumber') },
            { value: 'status', label: t('people.list.sortStatus') },
          ]}
          w={140}
        />
        <Popover position="bottom-end">
          <Popover.Target>
            <Button variant="default">{t('people.list.columns')}</Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Checkbox.Group value={columns} onChange={(value) => setColumnList(columnsSchema.parse(value))}>
              <Stack gap="xs">
                {OPTIONAL_COLUMNS.map((column) => (
                  <Checkbox key={column} value={column} label={t(`people.list.column.${column}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Popover.Dropdown>
        </Popover>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('people.list.count', { shown: rows.length, total: directory.people.size })}
      </Text>
      {rows.length === 0 ? (
        <Text>{directory.people.size === 0 ? t('people.list.emptyFile') : t('people.list.empty')}</Text>
      ) : (
        <div
          role="table"
          aria-label={t('people.list.title')}
          aria-rowcount={rows.length}
          style={{ flex: 1, minHeight: 200, display: 'flex', flexDirection: 'column' }}
        >
          <div
            role="row"
            style={{
              display: 'grid',
              gridTemplateColumns: template,
              gap: 12,
              padding: '8px 12px',
              fontWeight: 600,
              borderBottom: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            <span role="columnheader">{t('people.list.column.name')}</span>
            <span role="columnheader">{t('people.list.column.number')}</span>
            <span role="columnheader">{t('people.list.column.status')}</span>
            {columns.map((column) => (
              <span role="columnheader" key={column}>
                {t(`people.list.column.${column}`)}
              </span>
            ))}
          </div>
          <div ref={scrollRef} style={{ flex: 1, overflow: 'auto' }}>
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const person = rows[item.index];
                if (!person) return null;
                return (
                  <div
                    key={person.id}
                    role="row"
                    aria-rowindex={item.index + 1}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: ROW_HEIGHT,
                      transform: `translateY(${item.start}px)`,
                      display: 'grid',
                      gridTemplateColumns: template,
                      gap: 12,
                      alignItems: 'center',
                      padding: '0 12px',
                      borderBottom: '1px solid var(--mantine-color-gray-2)',
                    }}
                  >
                    <span
                      role="cell"
                      style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                    >
                      <Anchor component={Link} to={`/membres/${person.id}`}>
                        {person.firstName
                          ? `${person.lastName.toUpperCase()} ${person.firstName}`
                          : displayName(person)}
                      </Anchor>
                    </span>
                    <span role="cell">{person.memberNumber}</span>
                    <span role="cell">
                      <StatusBadge status={statusOf(person)} />
                    </span>
                    {columns.map((column) => (
                      <span
                        role="cell"
                        key={column}
                        style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                      >
                        {cell(person, column)}
                      </span>
                    ))}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </Stack>
  );
}
