import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MergedIntoNotice } from '@renderer/pages/members/merge/MergedIntoNotice';

/** A record's screen when the record is gone: why, where it went if merged, and the way back. */
export function MissingPerson({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" maw={720}>
      <Alert color="orange">{message}</Alert>
      <MergedIntoNotice id={id} />
      <Anchor component={Link} to="/membres">
        {t('people.person.back')}
      </Anchor>
    </Stack>
  );
}
