import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateMatch } from '@shared/members/duplicates';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';

/** The people a new file may duplicate, why, and the way to create it all the same. */
export function DuplicateWarning({
  duplicates,
  onCreateAnyway,
}: {
  duplicates: readonly DuplicateMatch<PersonDocument>[];
  onCreateAnyway: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('people.form.duplicateTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('people.form.duplicateBody')}</Text>
        {duplicates.map((match) => (
          <Text size="sm" key={match.person.id}>
            <Anchor component={Link} to={`/membres/${match.person.id}`}>
              {displayName(match.person)} {match.person.memberNumber}
            </Anchor>{' '}
            ({match.reasons.map((reason) => t(`people.form.duplicateReason.${reason}`)).join(', ')})
          </Text>
        ))}
        <Group>
          <Button variant="default" onClick={onCreateAnyway}>
            {t('people.form.createAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
