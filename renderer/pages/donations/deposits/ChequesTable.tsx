import { Checkbox, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReceivedCheque } from '@shared/deposits/cheques';
import { BANK_MAX_LENGTH } from '@shared/deposits/deposit';
import { formatDate, formatMoney } from '@shared/format/intl';

/**
 * The slip's form stays at the window's bottom over the list (PrepareSlipForm): a box or field
 * reached by Tab is scrolled this far above it, not left under it.
 */
const KEEP_IN_SIGHT = { input: { scrollMarginBottom: 180 } };

/**
 * The cheques to deposit, one ticked box per cheque: Tab goes from box to box, Espace ticks, as
 * on any form; « Tout cocher » first. A cheque recorded without its bank (at the door, for a
 * cotisation) gets a field for it when the treasurer may prepare slips: Tab reaches it after its box.
 */
export function ChequesTable({
  cheques,
  selected,
  onChange,
  banks,
  onBank,
  locale,
}: {
  cheques: readonly ReceivedCheque[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** The banks typed here, by cheque key; `onBank` absent: nothing to type (reading only). */
  banks: ReadonlyMap<string, string>;
  onBank?: (key: string, bank: string) => void;
  locale: string;
}) {
  const { t } = useTranslation();
  if (cheques.length === 0) return <Text c="dimmed">{t('deposits.toDeposit.empty')}</Text>;
  const all = cheques.every((cheque) => selected.has(cheque.key));
  const some = cheques.some((cheque) => selected.has(cheque.key));
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(next);
  };
  const column = (name: 'payer' | 'bank' | 'number' | 'amount' | 'receivedOn' | 'source') =>
    t(`deposits.toDeposit.columns.${name}`);
  return (
    <Table striped highlightOnHover data-testid="cheques-to-deposit">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <Checkbox
              aria-label={t('deposits.toDeposit.selectAll')}
              checked={all}
              indeterminate={some && !all}
              onChange={() => onChange(all ? new Set() : new Set(cheques.map((cheque) => cheque.key)))}
            />
          </Table.Th>
          <Table.Th>{column('payer')}</Table.Th>
          <Table.Th>{column('bank')}</Table.Th>
          <Table.Th>{column('number')}</Table.Th>
          <Table.Th ta="right">{column('amount')}</Table.Th>
          <Table.Th>{column('receivedOn')}</Table.Th>
          <Table.Th>{column('source')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cheques.map((cheque) => (
          <Table.Tr key={cheque.key}>
            <Table.Td>
              <Checkbox
                aria-label={t('deposits.toDeposit.select', { number: cheque.number, payer: cheque.payer })}
                checked={selected.has(cheque.key)}
                onChange={() => toggle(cheque.key)}
                styles={KEEP_IN_SIGHT}
              />
            </Table.Td>
            <Table.Td>{cheque.payer}</Table.Td>
            <Table.Td>
              {cheque.bank === '' && onBank ? (
                <TextInput
                  size="xs"
                  aria-label={t('deposits.toDeposit.bankOf', { number: cheque.number, payer: cheque.payer })}
                  placeholder={t('deposits.toDeposit.bankHint')}
                  value={banks.get(cheque.key) ?? ''}
                  maxLength={BANK_MAX_LENGTH}
                  onChange={(event) => onBank(cheque.key, event.currentTarget.value)}
                  w={170}
                  styles={KEEP_IN_SIGHT}
                />
              ) : (
                cheque.bank
              )}
            </Table.Td>
            <Table.Td>{cheque.number}</Table.Td>
            <Table.Td ta="right">{formatMoney(cheque.amount, locale)}</Table.Td>
            <Table.Td>{formatDate(cheque.receivedOn, locale)}</Table.Td>
            <Table.Td>
              {[t(`deposits.toDeposit.sources.${cheque.source}`), cheque.origin].filter(Boolean).join(' — ')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
