import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatMoney } from '@shared/format/intl';
import type { PaymentMethod } from '@shared/members/membership';
import { PAYMENT_METHODS } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { seasonOn } from '@shared/members/season';
import { toCents } from '@shared/money/cents';
import { parseAmount } from '@shared/money/parse-amount';
import { useCurrentUser, useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { describeWriteError, issuesByPath, translateError } from '@renderer/components/translate-error';
import { takeMembership } from '@renderer/data/members/write';
import { localeOf } from '@renderer/i18n/i18n';
import { useSeasons } from '@renderer/data/settings/read';
import { localToday } from '@shared/dates/parse-date';
import { useLanguage } from '@renderer/i18n/language';

/** Take a fee for a person, or for their household with a family tariff. */
export function MembershipForm({ person, onDone }: { person: PersonDocument; onDone?: () => void }) {
  const { t } = useTranslation();
  const { db } = useData();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const context = useWriteContext();
  const directory = useDirectory();
  const seasons = useSeasons();
  const current = seasonOn(seasons, localToday(new Date())) ?? seasons[seasons.length - 1];
  // Seasons load after the first render: until someone picks one, follow the current season.
  const [pickedSeasonId, setSeasonId] = useState<string | null>(null);
  const seasonId = pickedSeasonId ?? current?.id ?? null;
  const season = seasons.find((s) => s.id === seasonId);
  const tariffs = (season?.tariffs ?? []).filter((tariff) => !tariff.archived);
  const [tariffId, setTariffId] = useState<string | null>(null);
  const tariff = tariffs.find((candidate) => candidate.id === tariffId);
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [chequeNumber, setChequeNumber] = useState('');
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState(localToday(new Date()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const household = directory.households.get(person.householdId);
  const locale = localeOf(language);

  if (seasons.length === 0) return <Alert color="orange">{t('people.membership.noSeason')}</Alert>;
  const error = (path: string) => (errors[path] ? translateError(t, errors[path]) : undefined);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseAmount(amount);
    const nextErrors: Record<string, string> = {};
    if (!season) nextErrors.seasonId = 'people.membership.seasonRequired';
    if (!tariff) nextErrors.tariffId = 'people.membership.tariffRequired';
    if (!parsed.ok) nextErrors.amount = parsed.error;
    if (tariff?.scope === 'household' && !household)
      nextErrors.tariffId = 'people.membership.familyNeedsHousehold';
    if (!method) nextErrors.paymentMethod = 'errors.members.paymentMethodRequired';
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0 || !season || !tariff || !parsed.ok || !method) return;
    setBusy(true);
    try {
      await takeMembership(db, context, {
        holderKind: tariff.scope === 'household' ? 'household' : 'person',
        holderId: tariff.scope === 'household' && household ? household.id : person.id,
        seasonId: season.id,
        tariffId: tariff.id,
        tariffLabel: tariff.label,
        taxReceiptAllowed: tariff.taxReceiptAllowed,
        amount: parsed.cents,
        paymentMethod: method,
        chequeNumber: method === 'cheque' ? chequeNumber : '',
        paymentReference: reference,
        paidOn,
        receivedBy: user.id,
      });
      notifications.show({ color: 'green', message: t('people.membership.saved') });
      setTariffId(null);
      setAmount('');
      setChequeNumber('');
      setReference('');
      onDone?.();
    } catch (failure) {
      if (failure instanceof z.ZodError) {
        setErrors(issuesByPath(failure));
      } else {
        notifications.show({ color: 'red', message: describeWriteError(t, user.role, failure) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('people.membership.take')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('people.membership.season')}
              data={seasons.map((s) => ({ value: s.id, label: s.label }))}
              value={seasonId}
              onChange={(value) => {
                setSeasonId(value);
                setTariffId(null);
              }}
              allowDeselect={false}
              error={error('seasonId')}
            />
            <Select
              label={t('people.membership.tariff')}
              withAsterisk
              data={tariffs.map((candidate) => ({
                value: candidate.id,
                label: `${candidate.label} — ${formatMoney(candidate.amount, locale)}`,
              }))}
              value={tariffId}
              onChange={(value) => {
                setTariffId(value);
                const chosen = tariffs.find((candidate) => candidate.id === value);
                if (chosen) setAmount(formatMoney(toCents(chosen.amount), locale));
              }}
              error={error('tariffId')}
            />
          </SimpleGrid>
          {tariff?.scope === 'household' ? (
            household ? (
              <Text size="sm">{t('people.membership.family', { name: household.name })}</Text>
            ) : (
              <Alert color="orange">{t('people.membership.familyNeedsHousehold')}</Alert>
            )
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('people.membership.amount')}
              description={t('people.membership.amountHint')}
              withAsterisk
              value={amount}
              onChange={(event) => setAmount(event.currentTarget.value)}
              error={error('amount')}
              inputMode="decimal"
            />
            <Select
              label={t('people.membership.method')}
              withAsterisk
              data={PAYMENT_METHODS.map((value) => ({
                value,
                label: t(`people.membership.methods.${value}`),
              }))}
              value={method}
              onChange={(value) => setMethod(value as PaymentMethod | null)}
              error={error('paymentMethod')}
            />
            <DateInput
              label={t('people.membership.paidOn')}
              valueFormat="DD/MM/YYYY"
              value={paidOn}
              onChange={(value) => setPaidOn(value ?? localToday(new Date()))}
              error={error('paidOn')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {method === 'cheque' ? (
              <TextInput
                label={t('people.membership.chequeNumber')}
                withAsterisk
                value={chequeNumber}
                onChange={(event) => setChequeNumber(event.currentTarget.value)}
                error={error('chequeNumber')}
              />
            ) : null}
            {method === 'virement' || method === 'helloasso' ? (
              <TextInput
                label={t('people.membership.reference')}
                value={reference}
                onChange={(event) => setReference(event.currentTarget.value)}
                error={error('paymentReference')}
              />
            ) : null}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={busy} size="md">
              {t('people.membership.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
