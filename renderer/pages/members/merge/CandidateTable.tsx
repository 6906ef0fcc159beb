import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/format/intl';
import { mergeLabel } from '@shared/members/merge-record';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** People the other record of a merge may be, each with the button that picks it. */
export function CandidateTable({
  people,
  label,
  onPick,
}: {
  people: readonly PersonDocument[];
  label: string;
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = localeOf(language);
  return (
    <Table withTableBorder striped aria-label={label}>
      <Table.Tbody>
        {people.map((candidate) => (
          <Table.Tr key={candidate.id}>
            <Table.Td>{displayName(candidate)}</Table.Td>
            <Table.Td>{candidate.memberNumber || t('merge.side.noNumber')}</Table.Td>
            <Table.Td>{candidate.birthDate ? formatDate(candidate.birthDate, locale) : ''}</Table.Td>
            <Table.Td>{candidate.email}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                aria-label={`${t('merge.pick.choose')} ${mergeLabel(candidate)}`}
                onClick={() => onPick(candidate.id)}
              >
                {t('merge.pick.choose')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
