import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDirectory, usePermission } from '@renderer/data/context';
import { useStatuses } from '@renderer/data/members/read';
import { MemberFilters } from '@renderer/pages/members/list/MemberFilters';
import { useMemberColumns } from '@renderer/pages/members/list/member-columns';
import { MembersTable } from '@renderer/pages/members/list/MembersTable';
import type { MemberCriteria } from '@renderer/pages/members/list/use-member-rows';
import { ALL_MEMBERS, useMemberRows } from '@renderer/pages/members/list/use-member-rows';
import { PrintCardsButton } from '@renderer/pages/members/PrintCardsButton';

/** The member list: instant search and filters over the whole file, virtualised at 50,000 rows. */
export function MembersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const directory = useDirectory();
  const { statusOf, seasons } = useStatuses();
  const mayCreate = usePermission('people.create');
  const [criteria, setCriteria] = useState<MemberCriteria>(ALL_MEMBERS);
  const [columns, setColumns] = useMemberColumns();
  const rows = useMemberRows(criteria, statusOf);
  const searchRef = useRef<HTMLInputElement>(null);

  useHotkeys(
    [
      ['mod+K', () => searchRef.current?.focus()],
      ['alt+N', () => mayCreate.allowed && navigate('/membres/nouveau')],
    ],
    [],
  );

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
      <MemberFilters
        criteria={criteria}
        onChange={setCriteria}
        seasons={seasons}
        columns={columns}
        onColumnsChange={setColumns}
        searchRef={searchRef}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('people.list.count', { shown: rows.length, total: directory.people.size })}
      </Text>
      {rows.length === 0 ? (
        <Text>{directory.people.size === 0 ? t('people.list.emptyFile') : t('people.list.empty')}</Text>
      ) : (
        <MembersTable rows={rows} columns={columns} statusOf={statusOf} />
      )}
    </Stack>
  );
}
