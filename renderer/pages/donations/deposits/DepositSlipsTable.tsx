import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localToday } from '@shared/dates/parse-date';
import type { DepositDocument } from '@shared/deposits/deposit';
import { formatDate, formatMoney } from '@shared/format/intl';
import type { useDepositActions } from '@renderer/pages/donations/deposits/use-deposit-actions';

/**
 * The slips made, latest first: print again, mark deposited (today), undo one not yet deposited.
 * A deposited slip only prints.
 */
export function DepositSlipsTable({
  slips,
  actions,
  mayManage,
}: {
  slips: readonly DepositDocument[];
  actions: ReturnType<typeof useDepositActions>;
  mayManage: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = actions;
  if (slips.length === 0) return <Text c="dimmed">{t('deposits.slips.empty')}</Text>;
  const column = (name: 'number' | 'date' | 'count' | 'total' | 'status' | 'actions') =>
    t(`deposits.slips.columns.${name}`);
  return (
    <Table striped data-testid="deposit-slips">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{column('number')}</Table.Th>
          <Table.Th>{column('date')}</Table.Th>
          <Table.Th ta="right">{column('count')}</Table.Th>
          <Table.Th ta="right">{column('total')}</Table.Th>
          <Table.Th>{column('status')}</Table.Th>
          <Table.Th>{column('actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {slips.map((slip) => (
          <Table.Tr key={slip.id}>
            <Table.Td>{slip.number}</Table.Td>
            <Table.Td>{formatDate(slip.date, locale)}</Table.Td>
            <Table.Td ta="right">{slip.count}</Table.Td>
            <Table.Td ta="right">{formatMoney(slip.total, locale)}</Table.Td>
            <Table.Td>
              {slip.status === 'deposited' ? (
                <Badge color="green">
                  {t('deposits.slips.deposited', { date: formatDate(slip.depositedOn, locale) })}
                </Badge>
              ) : (
                <Badge color="blue">{t('deposits.slips.prepared')}</Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-label={t('deposits.slips.printLabel', { number: slip.number })}
                  onClick={() => void actions.reprint(slip)}
                >
                  {t('deposits.slips.print')}
                </Button>
                {mayManage && slip.status === 'prepared' ? (
                  <>
                    <Button
                      size="compact-sm"
                      aria-label={t('deposits.slips.markLabel', { number: slip.number })}
                      onClick={() => void actions.mark(slip, localToday(new Date()))}
                    >
                      {t('deposits.slips.markDeposited')}
                    </Button>
                    <Button
                      size="compact-sm"
                      color="red"
                      variant="light"
                      aria-label={t('deposits.slips.undoLabel', { number: slip.number })}
                      onClick={() => void actions.undo(slip)}
                    >
                      {t('deposits.slips.undo')}
                    </Button>
                  </>
                ) : null}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
