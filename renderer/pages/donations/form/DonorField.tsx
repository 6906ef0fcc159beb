import { Badge, Button, Group, Input, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@shared/members/person';
import { useDirectory } from '@renderer/data/context';
import { searchPeople } from '@renderer/data/directory';

const SEARCH_LIMIT = 6;

/**
 * The donor, a person or an organisation of the members file, found with the door's search (name
 * in any order, accents, member number): Entrée picks the first result. Once picked, the name
 * stands with « Changer »; `locked` (a receipted donation) leaves it as it is.
 *
 * The keyboard goes on where the hand does: the search has the focus when it appears (a new
 * donation, or « Changer »), and once a donor is picked `onPicked` moves it to the next field —
 * the search is gone then, and the focus must not fall back on the page, where the amount typed
 * next would be lost (a space in « 1 250,50 » pressing « Changer »).
 */
export function DonorField({
  value,
  onChange,
  error,
  locked,
  onPicked,
}: {
  value: string;
  onChange: (donorId: string) => void;
  error?: string;
  locked: boolean;
  /** After a pick from the search, once the name stands: the next field takes the focus. */
  onPicked: () => void;
}) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const [query, setQuery] = useState('');
  const donor = value ? directory.people.get(value) : undefined;
  const found = useMemo(
    () => (query.trim() === '' ? [] : searchPeople(directory, query, SEARCH_LIMIT)),
    [directory, query],
  );
  const pick = (id: string) => {
    onChange(id);
    setQuery('');
    onPicked();
  };

  if (value !== '') {
    return (
      <Input.Wrapper label={t('donations.form.donor')} withAsterisk error={error}>
        <Group gap="sm" mt={4}>
          <Text fw={600} data-testid="donor-name">
            {donor ? displayName(donor) : t('donations.list.unknownDonor')}
          </Text>
          {donor?.kind === 'organisation' ? (
            <Badge color="grape">{t('donations.form.organisation')}</Badge>
          ) : null}
          {locked ? null : (
            <Button variant="subtle" size="compact-md" onClick={() => onChange('')}>
              {t('donations.form.changeDonor')}
            </Button>
          )}
        </Group>
      </Input.Wrapper>
    );
  }
  return (
    <Stack gap={4}>
      <TextInput
        label={t('donations.form.donorSearch')}
        description={t('donations.form.donorSearchHint')}
        withAsterisk
        size="md"
        type="search"
        value={query}
        error={error}
        data-path="donorId"
        autoFocus
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          const [first] = found;
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            pick(first.id);
          }
        }}
      />
      {query.trim() !== '' && found.length === 0 ? (
        <Text c="dimmed">{t('donations.form.nobody')}</Text>
      ) : null}
      {found.length > 0 ? (
        <Paper withBorder p={4}>
          {found.map((person) => (
            <Button
              key={person.id}
              variant="subtle"
              size="md"
              fullWidth
              justify="flex-start"
              onClick={() => pick(person.id)}
            >
              {displayName(person)} {person.memberNumber ? `· ${person.memberNumber}` : ''}
            </Button>
          ))}
        </Paper>
      ) : null}
    </Stack>
  );
}
