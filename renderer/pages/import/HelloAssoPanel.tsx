import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/format/intl';
import { newDocumentId } from '@shared/ids';
import { recordsFromOrders, type HelloAssoApiRecords } from '@shared/import/helloasso-api';
import { planHelloAssoApiImport } from '@shared/import/helloasso-api-plan';
import type { HelloAssoLinkStatus } from '@shared/import/helloasso-link';
import type { HelloAssoPort } from '@shared/ipc/helloasso';
import { useHelloAssoPort } from '@renderer/components/helloasso/use-helloasso';
import { DiscardQuestion } from '@renderer/components/settings/DiscardQuestion';
import { UnsavedChangesGuard } from '@renderer/components/unsaved/UnsavedChangesGuard';
import { useWrite } from '@renderer/components/use-write';
import { usePermission } from '@renderer/data/context';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { PlannedImport } from '@renderer/pages/import/DryRun';
import { useImportBase } from '@renderer/pages/import/use-import-plan';

/**
 * « HelloAsso » on the import page (issue 18): the association's account connected once (client
 * id, client secret, the association's name in HelloAsso's addresses), then « Récupérer depuis
 * HelloAsso » fetches the orders since the last fetch imported, shows the same dry run as a file,
 * imports in one go, and only then moves the start of the next fetch.
 */
export function HelloAssoPanel() {
  const { t } = useTranslation();
  const port = useHelloAssoPort();
  // Enrolling this device is an administrator's: the others are told whom to ask.
  const mayEnrol = usePermission('settings.manage').allowed;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('imports.helloAsso.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('imports.helloAsso.title')}
        </Title>
        {port ? (
          <Connected port={port} />
        ) : (
          <Text c="dimmed">
            {mayEnrol ? t('imports.helloAsso.unavailable') : t('imports.helloAsso.unavailableAsk')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

interface Fetched {
  importId: string;
  records: HelloAssoApiRecords;
  fetchedUntil: string;
  orders: number;
}

function Connected({ port }: { port: HelloAssoPort }) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  const { busy, run } = useWrite();
  const [status, setStatus] = useState<HelloAssoLinkStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState('');
  const [fetched, setFetched] = useState<Fetched | null>(null);
  // Back from the fetched orders (imported or left), the keyboard returns to « fetch », which
  // comes back in place of the dry run that held it.
  const backToFetch = useRef(false);
  const leaveFetched = () => {
    backToFetch.current = true;
    setFetched(null);
  };
  const [forgetting, setForgetting] = useState(false);

  useEffect(() => {
    let live = true;
    port.status().then(
      (answer) => live && setStatus(answer),
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [port]);

  const fetchOrders = async () => {
    setProblem('');
    const answer = await run(() => port.fetch());
    if (!answer) return;
    if (!answer.ok) {
      setProblem(answer.message);
      return;
    }
    if (answer.orders.length === 0) {
      // Nothing new: the next fetch starts here.
      const next = await run(() => port.setCursor(answer.fetchedUntil), {
        success: () => t('imports.helloAsso.nothingNew'),
      });
      if (next) setStatus(next);
      return;
    }
    setFetched({
      importId: newDocumentId(),
      records: recordsFromOrders(answer.orders, 1, answer.formTitles),
      fetchedUntil: answer.fetchedUntil,
      orders: answer.orders.length,
    });
  };

  const forget = async () => {
    const next = await run(() => port.forget(), { success: () => t('imports.helloAsso.forgotten') });
    setForgetting(false);
    if (next) setStatus(next);
  };

  if (!status) return problem ? <Alert color="red">{problem}</Alert> : <Loader size="sm" />;
  if (!status.configured || editing)
    return (
      <LinkForm
        port={port}
        status={status}
        onSaved={(next) => {
          setStatus(next);
          setEditing(false);
        }}
        onCancel={status.configured ? () => setEditing(false) : undefined}
      />
    );
  return (
    <Stack gap="sm">
      <Text>
        {t('imports.helloAsso.linked', { slug: status.organizationSlug, clientId: status.clientId })}{' '}
        {status.fetchedUntil
          ? t('imports.helloAsso.since', { date: formatDateTime(status.fetchedUntil, locale) })
          : t('imports.helloAsso.never')}
      </Text>
      {problem ? (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      ) : null}
      {fetched ? null : (
        <Group>
          <Button
            size="md"
            onClick={() => void fetchOrders()}
            loading={busy}
            ref={(button) => {
              if (button && backToFetch.current) {
                backToFetch.current = false;
                button.focus();
              }
            }}
          >
            {t('imports.helloAsso.fetch')}
          </Button>
          <Button size="md" variant="default" onClick={() => setEditing(true)} disabled={busy}>
            {t('imports.helloAsso.edit')}
          </Button>
          <Button
            size="md"
            variant={forgetting ? 'filled' : 'subtle'}
            color="red"
            onClick={() => (forgetting ? void forget() : setForgetting(true))}
            disabled={busy}
          >
            {t('imports.helloAsso.forget')}
          </Button>
          {forgetting ? (
            <Button size="md" variant="default" onClick={() => setForgetting(false)} autoFocus>
              {t('imports.helloAsso.keep')}
            </Button>
          ) : null}
        </Group>
      )}
      {forgetting && !fetched ? <Text size="sm">{t('imports.helloAsso.forgetConfirm')}</Text> : null}
      {busy && !fetched ? <Text size="sm">{t('imports.helloAsso.fetching')}</Text> : null}
      {fetched ? (
        <FetchedImport
          fetched={fetched}
          onDone={async () => {
            const next = await port.setCursor(fetched.fetchedUntil);
            setStatus(next);
            leaveFetched();
          }}
          onCancel={leaveFetched}
        />
      ) : null}
    </Stack>
  );
}

function FetchedImport({
  fetched,
  onDone,
  onCancel,
}: {
  fetched: Fetched;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const label = t('imports.helloAsso.label', { count: fetched.orders });
  const base = useImportBase(fetched.importId, label);
  const plan = useMemo(() => planHelloAssoApiImport(fetched.records, base), [fetched.records, base]);
  const others = Object.values(fetched.records.notImported).reduce((sum, count) => sum + count, 0);
  return (
    <Stack gap="sm">
      <Text>{t('imports.helloAsso.fetched', { count: fetched.orders })}</Text>
      {others > 0 ? <Text size="sm">{t('imports.helloAsso.others', { count: others })}</Text> : null}
      <PlannedImport plan={plan} loading={false} label={label} onDone={onDone} />
      <Group>
        <Button variant="default" onClick={onCancel}>
          {t('imports.helloAsso.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function LinkForm({
  port,
  status,
  onSaved,
  onCancel,
}: {
  port: HelloAssoPort;
  status: HelloAssoLinkStatus;
  onSaved: (status: HelloAssoLinkStatus) => void;
  onCancel: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const { busy, run } = useWrite();
  const [clientId, setClientId] = useState(status.clientId);
  const [clientSecret, setClientSecret] = useState('');
  const [organizationSlug, setOrganizationSlug] = useState(status.organizationSlug);
  const [problem, setProblem] = useState('');
  const [asking, setAsking] = useState(false);
  const dirty =
    clientId !== status.clientId || clientSecret !== '' || organizationSlug !== status.organizationSlug;
  // Échap or « Annuler » with something typed asks first, as every form does.
  const cancel = onCancel && (() => (dirty ? setAsking(true) : onCancel()));
  const save = async () => {
    setProblem('');
    const input = {
      clientId: clientId.trim(),
      organizationSlug: organizationSlug.trim(),
      ...(clientSecret.trim() ? { clientSecret: clientSecret.trim() } : {}),
    };
    const answer = await run(() => port.save(input));
    if (!answer) return;
    if (!answer.ok) setProblem(answer.message);
    else onSaved(answer.status);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && cancel && !asking) {
          event.preventDefault();
          cancel();
        }
      }}
    >
      <UnsavedChangesGuard dirty={dirty} />
      <Stack gap="sm">
        <Text size="sm">{t('imports.helloAsso.help')}</Text>
        <TextInput
          label={t('imports.helloAsso.clientId')}
          value={clientId}
          onChange={(event) => setClientId(event.currentTarget.value)}
          required
          size="md"
          autoComplete="off"
        />
        <PasswordInput
          label={t('imports.helloAsso.clientSecret')}
          description={status.configured ? t('imports.helloAsso.secretKept') : undefined}
          placeholder={status.configured ? '••••' : undefined}
          value={clientSecret}
          onChange={(event) => setClientSecret(event.currentTarget.value)}
          required={!status.configured}
          size="md"
          autoComplete="off"
        />
        <TextInput
          label={t('imports.helloAsso.slug')}
          description={t('imports.helloAsso.slugHint')}
          value={organizationSlug}
          onChange={(event) => setOrganizationSlug(event.currentTarget.value)}
          required
          size="md"
          autoComplete="off"
        />
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" size="md" loading={busy}>
            {t('imports.helloAsso.save')}
          </Button>
          {cancel ? (
            <Button variant="default" size="md" onClick={cancel}>
              {t('imports.helloAsso.cancel')}
            </Button>
          ) : null}
        </Group>
        {asking && onCancel ? <DiscardQuestion onKeep={() => setAsking(false)} onDiscard={onCancel} /> : null}
      </Stack>
    </form>
  );
}
