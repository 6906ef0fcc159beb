import { Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@shared/format/intl';
import { feeColumns } from '@shared/members/fee-columns';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { toCents } from '@shared/money/cents';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { usePermission } from '@renderer/data/context';
import { useReceipts } from '@renderer/data/donations/read';
import { useSeasons } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { CancelReceiptModal } from '@renderer/pages/donations/receipts/CancelReceiptModal';
import { IssueConfirmModal } from '@renderer/pages/donations/receipts/IssueConfirmModal';
import { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';
import { CancelMembershipModal } from '@renderer/pages/members/membership/CancelMembershipModal';
import { CorrectMembershipModal } from '@renderer/pages/members/membership/CorrectMembershipModal';
import { FeeReceiptCell } from '@renderer/pages/members/membership/FeeReceiptCell';
import { MembershipActions } from '@renderer/pages/members/membership/MembershipActions';

/** The columns, in order (their names are `cotisations.columns.*`). */
const COLUMNS = ['season', 'tariff', 'amount', 'method', 'paidOn', 'notes', 'receipt', 'actions'] as const;

/**
 * The fees covering a person, each with « Corriger » and « Annuler » for the roles that may
 * (`memberships.update`); a cancelled one stays, with its date and reason. For those who may
 * read receipts, each fee's tax receipt (issue 17): a fee on an issued receipt is locked until
 * that receipt is cancelled.
 */
export function MembershipsTable({
  person,
  memberships,
}: {
  person: PersonDocument;
  memberships: readonly MembershipDocument[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = localeOf(language);
  const seasons = useSeasons();
  const mayChange = usePermission('memberships.update').allowed;
  const mayReadReceipts = usePermission('receipts.read').allowed;
  const { receipts } = useReceipts();
  const actions = useReceiptActions();
  const [correcting, setCorrecting] = useState<MembershipDocument>();
  const [cancelling, setCancelling] = useState<MembershipDocument>();
  const [cancellingReceipt, setCancellingReceipt] = useState<ReceiptDocument | null>(null);
  const receiptById = new Map<string, ReceiptDocument>(receipts.map((receipt) => [receipt.id, receipt]));
  const issuedReceipt = (m: MembershipDocument) => {
    const receipt = receiptById.get(m.receiptId);
    return receipt?.status === 'issued' ? receipt : undefined;
  };
  const seasonLabel = (seasonId: string) => seasons.find((s) => s.id === seasonId)?.label ?? seasonId;
  const named = (m: MembershipDocument) => ({
    tariff: m.tariffLabel,
    season: seasonLabel(m.seasonId),
    date: formatDate(m.paidOn, locale),
  });
  const columns = COLUMNS.filter(
    (column) => (mayChange || column !== 'actions') && (mayReadReceipts || column !== 'receipt'),
  );
  // A receipt this device does not hold yet counts as issued: the fee is locked all the same.
  const locked = (m: MembershipDocument) =>
    m.receiptId !== '' && receiptById.get(m.receiptId)?.status !== 'cancelled';

  const exported = feeColumns({
    season: seasonLabel,
    receiptNumber: mayReadReceipts ? (fee) => issuedReceipt(fee)?.number ?? '' : undefined,
  });

  return (
    <>
      <Group justify="flex-end">
        <ExportMenu
          name={`adhesions-${displayName(person)}`}
          title={t('people.person.tabs.memberships')}
          columns={exported}
          rows={memberships}
          collection="memberships"
        />
      </Group>
      <Table withTableBorder striped aria-label={t('people.person.tabs.memberships')}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column}>{t(`cotisations.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {memberships.map((m) => (
            <Table.Tr key={m.id} c={m.cancelledOn ? 'dimmed' : undefined}>
              <Table.Td>{seasonLabel(m.seasonId)}</Table.Td>
              <Table.Td>
                {m.tariffLabel}
                {m.holderKind === 'household' ? ` (${t('people.membership.viaHousehold')})` : ''}
              </Table.Td>
              <Table.Td td={m.cancelledOn ? 'line-through' : undefined}>
                {formatMoney(toCents(m.amount), locale)}
              </Table.Td>
              <Table.Td>
                {t(`people.membership.methods.${m.paymentMethod}`)}
                {m.chequeNumber ? ` n° ${m.chequeNumber}` : ''}
              </Table.Td>
              <Table.Td>{formatDate(m.paidOn, locale)}</Table.Td>
              <Table.Td>
                {m.cancelledOn ? (
                  <Text size="sm" c="red.8">
                    {t('cotisations.cancelledOn', {
                      date: formatDate(m.cancelledOn, locale),
                      reason: m.cancelReason || '—',
                    })}
                  </Text>
                ) : null}
                {m.taxReceiptAllowed ? t('people.membership.receipt') : ''}
              </Table.Td>
              {mayReadReceipts ? (
                <Table.Td>
                  <FeeReceiptCell
                    fee={m}
                    receipt={issuedReceipt(m)}
                    season={seasonLabel(m.seasonId)}
                    actions={actions}
                    onCancel={setCancellingReceipt}
                  />
                </Table.Td>
              ) : null}
              {mayChange ? (
                <Table.Td>
                  {m.cancelledOn ? null : (
                    <MembershipActions
                      locked={locked(m)}
                      names={named(m)}
                      onCorrect={() => setCorrecting(m)}
                      onCancel={() => setCancelling(m)}
                    />
                  )}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {correcting ? (
        <CorrectMembershipModal
          membership={correcting}
          person={person}
          onClose={() => setCorrecting(undefined)}
        />
      ) : null}
      {cancelling ? (
        <CancelMembershipModal membership={cancelling} onClose={() => setCancelling(undefined)} />
      ) : null}
      <CancelReceiptModal
        receipt={cancellingReceipt}
        actions={actions}
        onClose={() => setCancellingReceipt(null)}
      />
      <IssueConfirmModal actions={actions} />
    </>
  );
}
