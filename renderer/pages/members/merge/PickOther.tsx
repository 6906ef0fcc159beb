import { Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/format/intl';
import { findLikelyDuplicates } from '@shared/members/duplicates';
import { mergeLabel } from '@shared/members/merge-record';
import type { PersonDocument } from '@shared/members/person';
import { useDirectory } from '@renderer/data/context';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { CandidateTable } from '@renderer/pages/members/merge/CandidateTable';
import { searchPeople } from '@renderer/data/directory';

/** How many people the search offers: enough to spot the right one, short enough to read. */
const SEARCH_LIMIT = 20;

/** The first step of a merge: which other record is the same person (likely duplicates first). */
export function PickOther({ person, onPick }: { person: PersonDocument; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const directory = useDirectory();
  const [query, setQuery] = useState('');
  const likely = useMemo(
    () => findLikelyDuplicates(person, directory.people.values()).map((match) => match.person),
    [directory, person],
  );
  const found = useMemo(
    () =>
      query.trim() === ''
        ? []
        : searchPeople(directory, query, SEARCH_LIMIT + 1)
            .filter((candidate) => candidate.id !== person.id)
            .slice(0, SEARCH_LIMIT),
    [directory, query, person.id],
  );
  const locale = localeOf(language);

  return (
    <Stack gap="sm">
      <Title order={2}>{t('merge.pick.title')}</Title>
      <Text>
        {mergeLabel(person)}
        {person.birthDate ? ` · ${formatDate(person.birthDate, locale)}` : ''}
        {person.email ? ` · ${person.email}` : ''}
      </Text>
      {likely.length > 0 ? (
        <>
          <Text fw={600}>{t('merge.pick.likely')}</Text>
          <CandidateTable people={likely} label={t('merge.pick.likely')} onPick={onPick} />
        </>
      ) : null}
      <TextInput
        label={t('merge.pick.search')}
        placeholder={t('merge.pick.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        type="search"
        maw={480}
        data-autofocus
        autoFocus
      />
      {query.trim() === '' ? null : found.length === 0 ? (
        <Text c="dimmed">{t('merge.pick.none')}</Text>
      ) : (
        <CandidateTable people={found} label={t('merge.pick.results')} onPick={onPick} />
      )}
    </Stack>
  );
}
