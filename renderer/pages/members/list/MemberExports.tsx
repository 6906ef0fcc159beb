import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberLookups, OptionalMemberColumn } from '@shared/members/member-columns';
import { memberFileColumns } from '@shared/members/member-columns';
import { MAILING_COLUMNS, mailingRecipients } from '@shared/members/mailing';
import type { PersonDocument } from '@shared/members/person';
import { ExportMenu } from '@renderer/components/ExportMenu';

/**
 * The member list's two exports, of the people shown (search and filters applied): the list with
 * its columns (the name in two, `memberFileColumns`), and the mailing list, which keeps only those who accepted the newsletter.
 */
export function MemberExports({
  rows,
  columns,
  lookups,
}: {
  rows: readonly PersonDocument[];
  columns: readonly OptionalMemberColumn[];
  lookups: MemberLookups;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <ExportMenu
        name="membres"
        title={t('people.list.exportTitle')}
        columns={memberFileColumns(columns, lookups)}
        rows={rows}
        collection="people"
      />
      <ExportMenu
        name="liste-de-diffusion"
        title={t('people.list.mailingTitle')}
        buttonLabel={t('people.list.mailing')}
        columns={MAILING_COLUMNS}
        rows={rows}
        select={mailingRecipients}
        hint={(count) => t('people.list.mailingHint', { count })}
        collection="people"
      />
    </Group>
  );
}
