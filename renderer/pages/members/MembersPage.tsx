import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { sortByColumn } from '@shared/members/member-list-criteria';
import { useDirectory, usePermission } from '@renderer/data/context';
import { useStatuses } from '@renderer/data/members/read';
import { MemberExports } from '@renderer/pages/members/list/MemberExports';
import { MemberFilters } from '@renderer/pages/members/list/MemberFilters';
import { useMemberColumns } from '@renderer/pages/members/list/member-columns';
import { MembersTable } from '@renderer/pages/members/list/MembersTable';
import { useListCriteria } from '@renderer/pages/members/list/use-list-criteria';
import { useMemberRows } from '@renderer/pages/members/list/use-member-rows';
import { PrintCardsButton } from '@renderer/pages/members/PrintCardsButton';

/**
 * The member list: instant search and filters over the whole file, virtualised at 50,000 rows.
 * The search, filters and order survive a visit to a file and back (see use-list-criteria).
 */
export function MembersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const directory = useDirectory();
  const { statusOf, seasons } = useStatuses();
  const mayCreate = usePermission('people.create');
  const mayImport = usePermission('data.import');
  const [criteria, setCriteria] = useListCriteria();
  const [columns, setColumns] = useMemberColumns();
  const rows = useMemberRows(criteria, statusOf);
  const lookups = useMemo(
    () => ({
      statusOf,
      householdName: (person: { householdId: string }) =>
        directory.households.get(person.householdId)?.name ?? '',
    }),
    [statusOf, directory],
  );
  const searchRef = useRef<HTMLInputElement>(null);
  // The cards of the season the list is filtered on, else the current season's.
  const cardSeason = seasons.find((season) => season.id === criteria.filter.seasonId);

  useHotkeys(
    [
      ['mod+K', () => searchRef.current?.focus()],
      ['alt+N', () => mayCreate.allowed && navigate('/membres/nouveau')],
    ],
    [],
  );

  const openFirst = () => {
    const [first] = rows;
    if (first) navigate(`/membres/${first.id}`);
  };

  return (
    // On a desktop, the page fits the window and the list scrolls inside it; on a phone, where the
    // filters alone fill the screen, the page itself scrolls.
    <Stack gap="md" h={{ base: 'auto', sm: 'calc(100vh - 56px - 2 * var(--mantine-spacing-lg))' }}>
      <Group justify="space-between">
        <Title order={1}>{t('people.list.title')}</Title>
        <Group gap="sm">
          <PrintCardsButton people={rows} label={t('people.list.printCards')} season={cardSeason} />
          <Button component={Link} to="/membres/renouvellement" variant="default">
            {t('people.list.renewals')}
          </Button>
          {mayImport.allowed ? (
            <Button component={Link} to="/membres/importer" variant="default">
              {t('imports.open')}
            </Button>
          ) : null}
          {mayCreate.allowed ? (
            <Button component={Link} to="/membres/nouveau" title={t('people.list.newPersonShortcut')}>
              {t('people.list.newPerson')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <MemberFilters
        criteria={criteria}
        onChange={setCriteria}
        onOpenFirst={openFirst}
        seasons={seasons}
        columns={columns}
        onColumnsChange={setColumns}
        searchRef={searchRef}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('people.list.count', { shown: rows.length, total: directory.people.size })}
        </Text>
        <MemberExports rows={rows} columns={columns} lookups={lookups} />
      </Group>
      {rows.length === 0 ? (
        <Text>{directory.people.size === 0 ? t('people.list.emptyFile') : t('people.list.empty')}</Text>
      ) : (
        <MembersTable
          rows={rows}
          columns={columns}
          lookups={lookups}
          criteria={criteria}
          onSort={(column) => setCriteria(sortByColumn(criteria, column))}
        />
      )}
    </Stack>
  );
}
