import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { usePermission } from '@renderer/data/context';
import { useDonations, useReceipts } from '@renderer/data/donations/read';
import { DonationsTable } from '@renderer/pages/donations/list/DonationsTable';
import { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';
import { IssueConfirmModal } from '@renderer/pages/donations/receipts/IssueConfirmModal';

/** The « Dons » tab of a person's page: their donations, their receipts, and recording another. */
export function PersonDonations({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const mayManage = usePermission('donations.manage').allowed;
  const { donations } = useDonations(person.id);
  const { receipts } = useReceipts();
  const actions = useReceiptActions();
  const name = displayName(person);
  return (
    <Stack gap="md">
      {mayManage ? (
        <Group>
          <Button component={Link} to={`/dons/nouveau?donateur=${person.id}`}>
            {t('donations.person.record', { name })}
          </Button>
        </Group>
      ) : null}
      <DonationsTable
        donations={donations}
        receipts={receipts}
        nameOf={() => name}
        actions={actions}
        showDonor={false}
      />
      <IssueConfirmModal actions={actions} />
    </Stack>
  );
}
