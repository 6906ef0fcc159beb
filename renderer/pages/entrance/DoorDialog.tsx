import { Alert, Button, Divider, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '@shared/members/person';
import { PaymentMethods } from '@renderer/pages/entrance/PaymentMethods';
import type { DoorAsk } from '@renderer/pages/entrance/use-door-payments';
import type { useDoorPayments } from '@renderer/pages/entrance/use-door-payments';
import { DoorModal } from '@renderer/pages/entrance/DoorModal';
import { useMoney } from '@renderer/i18n/use-money';

type Payments = ReturnType<typeof useDoorPayments>;

/** A mouse, not a finger: the door's PC, with its keyboard (read once: a device does not change). */
const FINE_POINTER = typeof window !== 'undefined' && window.matchMedia?.('(pointer: fine)').matches === true;

/**
 * What the door settles before letting someone in: the entry fee (two taps: the person, then
 * how they pay), a cotisation taken there, or — at a members-only event, for someone not à jour
 * — the cotisation or an explicit « faire entrer quand même » the office will see.
 */
export function DoorDialog({
  ask,
  payments,
  onClose,
}: {
  ask: DoorAsk | undefined;
  payments: Payments;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <DoorModal
      opened={ask !== undefined}
      onClose={onClose}
      title={ask ? t('entrance.pay.title', { name: displayName(ask.person) }) : ''}
    >
      {/* Mounted at each opening: the amounts start from the prices. */}
      {ask ? <DoorChoices ask={ask} payments={payments} onDone={onClose} /> : null}
    </DoorModal>
  );
}

function DoorChoices({ ask, payments, onDone }: { ask: DoorAsk; payments: Payments; onDone: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { person, status, membersOnly, price } = ask;
  const upToDate = status === 'a-jour';
  return (
    <Stack gap="md">
      <Text size="lg">{t(`entrance.pay.status.${upToDate ? 'upToDate' : 'notUpToDate'}`)}</Text>
      {membersOnly ? (
        <Alert color="orange" title={t('entrance.pay.membersOnlyTitle')}>
          {t('entrance.pay.membersOnly', { name: displayName(person) })}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('entrance.pay.entry', { price: money(price) })}
          </Title>
          <PaymentMethods
            name={t('entrance.pay.entryName')}
            price={price}
            busy={payments.busy}
            focusFirst={FINE_POINTER}
            onPay={(payment) =>
              void payments.pay(person, payment).then((done) => (done ? onDone() : undefined))
            }
          />
        </Stack>
      )}
      {!upToDate ? <JoinSection ask={ask} payments={payments} onDone={onDone} /> : null}
      <Divider />
      {membersOnly ? (
        <Button
          size="lg"
          color="orange"
          variant="outline"
          disabled={payments.busy}
          onClick={() => void payments.override(person).then((done) => (done ? onDone() : undefined))}
        >
          {t('entrance.pay.override')}
        </Button>
      ) : (
        <Button
          size="lg"
          variant="default"
          disabled={payments.busy}
          onClick={() => void payments.pay(person, undefined).then((done) => (done ? onDone() : undefined))}
        >
          {t('entrance.pay.free')}
        </Button>
      )}
    </Stack>
  );
}

function JoinSection({ ask, payments, onDone }: { ask: DoorAsk; payments: Payments; onDone: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { tariffs, season } = payments;
  const [tariffId, setTariffId] = useState(tariffs[0]?.id ?? '');
  const tariff = tariffs.find((candidate) => candidate.id === tariffId);
  if (!season || tariffs.length === 0) {
    return <Text c="dimmed">{t('entrance.pay.noTariff')}</Text>;
  }
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('entrance.pay.join', { season: season.label })}
      </Title>
      {tariffs.length > 1 ? (
        // One tariff a line, big enough to tap: side by side on a phone, « Enfant (moins de
        // 18 ans) · 12,00 € » took five lines and the « · » one of its own.
        <SegmentedControl
          size="lg"
          orientation="vertical"
          fullWidth
          styles={{
            label: { minHeight: 48, display: 'flex', alignItems: 'center', justifyContent: 'center' },
          }}
          value={tariffId}
          onChange={setTariffId}
          data={tariffs.map((candidate) => ({
            value: candidate.id,
            label: `${candidate.label} · ${money(candidate.amount)}`,
          }))}
        />
      ) : null}
      {tariff ? (
        <PaymentMethods
          key={tariff.id}
          name={t('entrance.pay.joinName', { tariff: tariff.label })}
          price={tariff.amount}
          busy={payments.busy}
          onPay={(payment) =>
            void payments.join(ask.person, tariff, payment).then((done) => (done ? onDone() : undefined))
          }
        />
      ) : null}
    </Stack>
  );
}
