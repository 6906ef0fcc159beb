import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@shared/format/intl';
import type { MembershipDocument } from '@shared/members/membership';
import { holderName } from '@shared/members/membership-holder';
import type { Tariff } from '@shared/members/season';
import { toCents } from '@shared/money/cents';
import { useDirectory } from '@renderer/data/context';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** The rows shown, for a page that stays quick; « select all » and the CSV take everyone. */
const SHOWN = 2000;

/** The memberships due, each with its box to tick and its price in the new season. */
export function RenewalsTable({
  due,
  selected,
  onSelect,
  newTariff,
}: {
  due: readonly MembershipDocument[];
  selected: ReadonlySet<string>;
  onSelect: (selected: Set<string>) => void;
  newTariff: (membership: MembershipDocument) => Tariff | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const directory = useDirectory();
  const locale = localeOf(language);
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    onSelect(next);
  };

  return (
    <Table withTableBorder striped aria-label={t('people.renewals.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            <Checkbox
              label={t('people.renewals.selectAll')}
              styles={{ label: { whiteSpace: 'nowrap' } }}
              checked={selected.size > 0 && selected.size === due.length}
              indeterminate={selected.size > 0 && selected.size < due.length}
              onChange={(e) => onSelect(e.currentTarget.checked ? new Set(due.map((m) => m.id)) : new Set())}
            />
          </Table.Th>
          <Table.Th>{t('people.renewals.holder')}</Table.Th>
          <Table.Th>{t('people.renewals.lastTariff')}</Table.Th>
          <Table.Th>{t('people.renewals.newAmount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {due.slice(0, SHOWN).map((m) => {
          const tariff = newTariff(m);
          const name = holderName(m, directory);
          return (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Checkbox
                  aria-label={name}
                  checked={selected.has(m.id)}
                  onChange={(e) => toggle(m.id, e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{name}</Table.Td>
              <Table.Td>
                {m.tariffLabel} · {formatMoney(toCents(m.amount), locale)} · {formatDate(m.paidOn, locale)}
              </Table.Td>
              <Table.Td>
                {tariff ? formatMoney(toCents(tariff.amount), locale) : t('people.renewals.noMatch')}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
