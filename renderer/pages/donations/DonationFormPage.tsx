import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { DonationDocument } from '@shared/donations/donation';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { useTranslatedField } from '@renderer/components/translated-field';
import { DraftNotice } from '@renderer/components/unsaved/DraftNotice';
import { escapeLeaves } from '@renderer/components/unsaved/escape-leaves';
import { UnsavedChangesGuard } from '@renderer/components/unsaved/UnsavedChangesGuard';
import { usePermission } from '@renderer/data/context';
import { useDonations, useReceipts } from '@renderer/data/donations/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { DonorField } from '@renderer/pages/donations/form/DonorField';
import { GiftSection } from '@renderer/pages/donations/form/GiftSection';
import { PaymentSection } from '@renderer/pages/donations/form/PaymentSection';
import { useDonationDraft } from '@renderer/pages/donations/form/use-donation-draft';
import { useDonationForm } from '@renderer/pages/donations/form/use-donation-form';
import { CancelReceiptModal } from '@renderer/pages/donations/receipts/CancelReceiptModal';
import { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';

/** Record (`/dons/nouveau?donateur=…`) or correct (`/dons/:id/modifier`) a donation. */
export function DonationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { loading, donations } = useDonations();
  const { receipts } = useReceipts();
  const existing = id ? donations.find((donation) => donation.id === id) : undefined;
  if (id && loading) return null;
  if (id && !existing) return <Alert color="orange">{t('donations.form.missing')}</Alert>;
  const campaigns = [...new Set(donations.map((donation) => donation.campaign).filter(Boolean))].sort();
  const receipt = existing?.receiptId
    ? receipts.find((candidate) => candidate.id === existing.receiptId && candidate.status === 'issued')
    : undefined;
  return <DonationFormBody key={id ?? 'new'} existing={existing} receipt={receipt} campaigns={campaigns} />;
}

function DonationFormBody({
  existing,
  receipt,
  campaigns,
}: {
  existing: DonationDocument | undefined;
  receipt: ReceiptDocument | undefined;
  campaigns: string[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const locale = localeOf(useLanguage().language);
  const donorParam = params.get('donateur') ?? '';
  const backTo = donorParam ? `/membres/${donorParam}` : '/dons';
  const { form, save, busy, dirty, reportDate } = useDonationForm(existing, locale, donorParam, backTo);
  // A gift half typed when the PC locks comes back to the same user on this same form.
  const draft = useDonationDraft(form, dirty, existing?.id ?? `new-${donorParam}`);
  const field = useTranslatedField(form);
  const actions = useReceiptActions();
  const mayCancel = usePermission('receipts.cancel');
  const [cancelling, setCancelling] = useState<ReceiptDocument | null>(null);
  const locked = receipt !== undefined;
  // With changes, the guard asks « Abandonner les modifications ? » before leaving.
  const leave = () => navigate(backTo);
  // Échap leaves (an open list closes first; a dialog of the form keeps its Échap).
  const onKeyDown = escapeLeaves(leave);
  // A locked form has no field to type in, so Échap is heard on the page (not while the
  // cancellation dialog is open: there Échap closes the dialog).
  useHotkeys(locked && cancelling === null ? [['Escape', leave]] : []);
  // What the treasurer types once the donor is known: the amount.
  const focusAmount = () => form.getInputNode('amount')?.focus();
  // Opened with its donor (from a person's page, or a correction): the amount takes the focus,
  // as the search does when there is no donor yet (DonorField).
  useEffect(() => {
    if (!locked && form.getValues().donorId !== '') focusAmount();
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // A draft that comes back with its donor takes away the search the keyboard was in (the page,
  // or the page's body, then has it): the amount takes it, as when a donor is picked.
  const formElement = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!draft.restoredAt || locked || form.getValues().donorId === '') return;
    requestAnimationFrame(() => {
      if (!formElement.current?.contains(document.activeElement)) focusAmount();
    });
    // When a draft comes back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft.restoredAt]);

  return (
    <>
      <form ref={formElement} onSubmit={save} onKeyDown={onKeyDown} noValidate>
        <UnsavedChangesGuard dirty={dirty} onDiscard={draft.clear} />
        <Stack gap="lg" maw={860}>
          <Group justify="space-between">
            <Title order={1}>
              {existing ? t('donations.form.editTitle') : t('donations.form.createTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('donations.form.shortcuts')}
            </Text>
          </Group>
          {draft.restoredAt ? (
            <DraftNotice
              savedAt={draft.restoredAt}
              startAgainLabel={t(existing ? 'unsaved.startFromSaved' : 'unsaved.startAgain')}
              onStartAgain={draft.startAgain}
            />
          ) : null}
          {receipt ? (
            <Alert color="orange" title={t('donations.form.lockedTitle', { number: receipt.number })}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('donations.form.lockedBody')}</Text>
                {mayCancel.allowed ? (
                  <Button color="red" variant="light" onClick={() => setCancelling(receipt)}>
                    {t('donations.form.cancelReceipt', { number: receipt.number })}
                  </Button>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
          <DonorField
            value={form.getValues().donorId}
            onChange={(donorId) => form.setFieldValue('donorId', donorId)}
            error={field('donorId').error}
            locked={locked}
            // Once the name stands (the search gone), the next frame.
            onPicked={() => requestAnimationFrame(focusAmount)}
          />
          <PaymentSection form={form} field={field} locale={locale} locked={locked} reportDate={reportDate} />
          <GiftSection form={form} field={field} campaigns={campaigns} locked={locked} />
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={leave}>
              {t('donations.form.cancel')}
            </Button>
            <Button type="submit" size="md" loading={busy} disabled={locked}>
              {t('donations.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {/* Outside the form: Échap in the dialog closes it, it does not leave the page. */}
      <CancelReceiptModal receipt={cancelling} actions={actions} onClose={() => setCancelling(null)} />
    </>
  );
}
