import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import Papa from 'papaparse';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@shared/format/intl';
import type { MembershipDocument, PaymentMethod } from '@shared/members/membership';
import { PAYMENT_METHODS } from '@shared/members/membership';
import { displayName } from '@shared/members/person';
import { matchingTariff, seasonOn } from '@shared/members/season';
import { renewalsDue } from '@shared/members/status';
import { toCents } from '@shared/money/cents';
import {
  useCurrentUser,
  useData,
  useDirectory,
  usePermission,
  useWriteContext,
} from '@renderer/data/context';
import { describeWriteError } from '@renderer/components/translate-error';
import { appendAudit } from '@renderer/data/audit/write';
import { takeMemberships } from '@renderer/data/members/write';
import { localeOf } from '@renderer/i18n/i18n';
import { useSeasons } from '@renderer/data/settings/read';
import { localToday } from '@shared/dates/parse-date';
import { usePlatform } from '@renderer/platform/context';
import { useLanguage } from '@renderer/i18n/language';

/** Last season's members who have not renewed: bulk renewal with the same tariff, CSV for reminders. */
export function RenewalsPage() {
  const { t } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const context = useWriteContext();
  const mayRenew = usePermission('memberships.create');
  const directory = useDirectory();
  const seasons = useSeasons();
  const locale = localeOf(language);
  const current = seasonOn(seasons, localToday(new Date())) ?? seasons[seasons.length - 1];
  const [toId, setToId] = useState<string | null>(current?.id ?? null);
  const toIndex = seasons.findIndex((s) => s.id === toId);
  const [fromId, setFromId] = useState<string | null>(
    toIndex > 0 ? (seasons[toIndex - 1]?.id ?? null) : null,
  );
  const to = seasons.find((s) => s.id === toId);
  const from = seasons.find((s) => s.id === fromId);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);

  const due = useMemo(() => {
    if (!from || !to) return [];
    return renewalsDue([...directory.people.values()], [...directory.memberships.values()], from.id, to.id);
  }, [directory, from, to]);

  const holderName = (m: MembershipDocument) =>
    m.holderKind === 'household'
      ? (directory.households.get(m.holderId)?.name ?? m.holderId)
      : (() => {
          const person = directory.people.get(m.holderId);
          return person ? displayName(person) : m.holderId;
        })();
  const contactOf = (m: MembershipDocument) => {
    const person =
      m.holderKind === 'person'
        ? directory.people.get(m.holderId)
        : directory.people.get(directory.households.get(m.holderId)?.payerId ?? '');
    return { email: person?.email ?? '', phone: person?.phone ?? '', number: person?.memberNumber ?? '' };
  };
  const newTariff = (m: MembershipDocument) =>
    to ? matchingTariff({ id: m.tariffId, label: m.tariffLabel }, to) : undefined;

  if (seasons.length < 2) return <Alert color="orange">{t('people.renewals.needTwoSeasons')}</Alert>;

  const exportCsv = async () => {
    const columns = t('people.renewals.csv', { returnObjects: true }) as Record<string, string>;
    const csv = Papa.unparse({
      fields: [
        columns.holder,
        columns.number,
        columns.email,
        columns.phone,
        columns.tariff,
        columns.paidOn,
      ].map(String),
      data: due.map((m) => {
        const contact = contactOf(m);
        return [holderName(m), contact.number, contact.email, contact.phone, m.tariffLabel, m.paidOn];
      }),
    });
    try {
      // A BOM so that Excel, on the club PC, reads the accents right.
      const result = await platform.saveFile({
        suggestedName: `renouvellements-${to?.label ?? ''}.csv`.replace(/[/\\:*?"<>|]/g, '-'),
        filterName: 'CSV',
        extensions: ['csv'],
        mimeType: 'text/csv',
        data: new TextEncoder().encode(`\ufeff${csv}\r\n`),
      });
      if (result.saved) {
        await appendAudit(
          db,
          { ...context, userName: user.name },
          { action: 'export', collection: 'memberships', detail: `renouvellements:${due.length}` },
        );
        notifications.show({ color: 'green', message: t('people.renewals.exported') });
      }
    } catch (error) {
      notifications.show({ color: 'red', message: describeWriteError(t, user.role, error) });
    }
  };

  const chosen = due.filter((m) => selected.has(m.id) && newTariff(m));

  return (
    <Stack gap="md">
      <Title order={1}>{t('people.renewals.title')}</Title>
      <Text c="dimmed" maw={800}>
        {t('people.renewals.intro')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('people.renewals.from')}
          data={seasons.map((s) => ({ value: s.id, label: s.label }))}
          value={fromId}
          onChange={setFromId}
          allowDeselect={false}
        />
        <Select
          label={t('people.renewals.to')}
          data={seasons.map((s) => ({ value: s.id, label: s.label }))}
          value={toId}
          onChange={setToId}
          allowDeselect={false}
        />
        <Button variant="default" onClick={exportCsv} disabled={due.length === 0}>
          {t('people.renewals.export')}
        </Button>
        {mayRenew.allowed ? (
          <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
            {t('people.renewals.renew', { count: chosen.length })}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" aria-live="polite">
        {t('people.renewals.count', { count: due.length })}
      </Text>
      {due.length === 0 ? (
        <Text>{t('people.renewals.none')}</Text>
      ) : (
        <Table withTableBorder striped aria-label={t('people.renewals.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label={t('people.renewals.selectAll')}
                  checked={selected.size > 0 && selected.size === due.length}
                  indeterminate={selected.size > 0 && selected.size < due.length}
                  onChange={(e) =>
                    setSelected(e.currentTarget.checked ? new Set(due.map((m) => m.id)) : new Set())
                  }
                />
              </Table.Th>
              <Table.Th>{t('people.renewals.holder')}</Table.Th>
              <Table.Th>{t('people.renewals.lastTariff')}</Table.Th>
              <Table.Th>{t('people.renewals.newAmount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {due.slice(0, 2000).map((m) => {
              const tariff = newTariff(m);
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={holderName(m)}
                      checked={selected.has(m.id)}
                      onChange={(e) => {
                        const next = new Set(selected);
                        if (e.currentTarget.checked) next.add(m.id);
                        else next.delete(m.id);
                        setSelected(next);
                      }}
                    />
                  </Table.Td>
                  <Table.Td>{holderName(m)}</Table.Td>
                  <Table.Td>
                    {m.tariffLabel} · {formatMoney(toCents(m.amount), locale)} ·{' '}
                    {formatDate(m.paidOn, locale)}
                  </Table.Td>
                  <Table.Td>
                    {tariff ? formatMoney(toCents(tariff.amount), locale) : t('people.renewals.noMatch')}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {confirming && to ? (
        <RenewModal
          count={chosen.length}
          onClose={() => setConfirming(false)}
          onConfirm={async (method, paidOn) => {
            try {
              await takeMemberships(
                db,
                context,
                chosen.map((m) => {
                  const tariff = newTariff(m);
                  if (!tariff) throw new Error('unreachable: filtered above');
                  return {
                    holderKind: m.holderKind,
                    holderId: m.holderId,
                    seasonId: to.id,
                    tariffId: tariff.id,
                    tariffLabel: tariff.label,
                    taxReceiptAllowed: tariff.taxReceiptAllowed,
                    amount: tariff.amount,
                    paymentMethod: method,
                    chequeNumber: '',
                    paidOn,
                    receivedBy: user.id,
                  };
                }),
              );
              notifications.show({
                color: 'green',
                message: t('people.renewals.renewed', { count: chosen.length }),
              });
              setSelected(new Set());
              setConfirming(false);
            } catch (error) {
              notifications.show({ color: 'red', message: describeWriteError(t, user.role, error) });
            }
          }}
        />
      ) : null}
    </Stack>
  );
}

function RenewModal({
  count,
  onClose,
  onConfirm,
}: {
  count: number;
  onClose: () => void;
  onConfirm: (method: PaymentMethod, paidOn: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  // Cheques need a number each: a bulk renewal takes the other methods.
  const methods = PAYMENT_METHODS.filter((m) => m !== 'cheque');
  const [method, setMethod] = useState<PaymentMethod>('especes');
  const [paidOn, setPaidOn] = useState(localToday(new Date()));
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened onClose={onClose} title={t('people.renewals.renewTitle', { count })}>
      <Stack gap="sm">
        <Select
          label={t('people.membership.method')}
          data={methods.map((value) => ({ value, label: t(`people.membership.methods.${value}`) }))}
          value={method}
          onChange={(value) => value && setMethod(value as PaymentMethod)}
          allowDeselect={false}
        />
        <DateInput
          label={t('people.membership.paidOn')}
          valueFormat="DD/MM/YYYY"
          value={paidOn}
          onChange={(v) => setPaidOn(v ?? localToday(new Date()))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('users.cancel')}
          </Button>
          <Button
            loading={busy}
            onClick={async () => {
              setBusy(true);
              await onConfirm(method, paidOn);
              setBusy(false);
            }}
          >
            {t('people.renewals.renew', { count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
