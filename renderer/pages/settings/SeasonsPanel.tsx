import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Radio,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatDate, formatMoney } from '@shared/format/intl';
import { newDocumentId } from '@shared/ids';
import type { Season, SeasonsSetting, Tariff, TariffScope } from '@shared/members/season';
import {
  nextSeasonDates,
  seasonOn,
  seasonsSettingSchema,
  sortSeasons,
  TARIFF_SCOPES,
  usualSeasonDates,
} from '@shared/members/season';
import { parseAmount } from '@shared/money/parse-amount';
import { useCurrentUser, useData, usePermission, useWriteContext } from '@renderer/data/context';
import { describeDenial, describeWriteError, translateError } from '@renderer/components/translate-error';
import { saveSetting } from '@renderer/data/settings/write';
import { useSetting } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { localToday } from '@shared/dates/parse-date';

type FieldErrors = Record<string, string>;

/**
 * The whole setting is validated (overlaps are a rule between seasons): issues of the edited
 * season or tariff go under their fields, any other one (an overlap reported on the neighbouring
 * season) above the buttons.
 */
function issuesFor(error: z.ZodError, prefix: (string | number)[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    const matches = prefix.every((part, index) => path[index] === part);
    const rest = path.slice(prefix.length);
    if (matches && rest.length === 1 && typeof rest[0] === 'string') fields[rest[0]] ??= issue.message;
    else other.push(issue.message);
  }
  return { fields, other };
}

type Editing =
  | { kind: 'season'; season: Season; isNew: boolean; copiedFrom?: string }
  | { kind: 'tariff'; seasonId: string; tariff: Tariff | null };

export function SeasonsPanel() {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language === 'en' ? 'en' : 'fr');
  const user = useCurrentUser();
  const { db } = useData();
  const context = useWriteContext();
  const mayEdit = usePermission('settings.manage');
  const stored = useSetting('seasons');
  const [editing, setEditing] = useState<Editing | null>(null);

  const seasons = useMemo(() => (stored.read.state === 'ok' ? stored.read.value.seasons : []), [stored.read]);
  const newestFirst = useMemo(() => sortSeasons(seasons).reverse(), [seasons]);
  const current = seasonOn(seasons, localToday(new Date()));

  /** Validates and writes the whole list; the ZodError is thrown for the form to place. */
  const write = async (next: Season[]) => {
    const setting: SeasonsSetting = { seasons: next };
    seasonsSettingSchema.parse(setting);
    await saveSetting(db, context, 'seasons', setting);
    notifications.show({ color: 'green', message: t('seasonsSettings.saved') });
  };

  const addSeason = () => {
    const latest = newestFirst[0];
    if (!latest) {
      setEditing({
        kind: 'season',
        isNew: true,
        season: { id: newDocumentId(), ...usualSeasonDates(localToday(new Date())), tariffs: [] },
      });
      return;
    }
    const dates = nextSeasonDates(latest);
    setEditing({
      kind: 'season',
      isNew: true,
      copiedFrom: latest.label,
      // Same tariff ids: the renewal campaign then finds « the same tariff » in the new season.
      season: { id: newDocumentId(), ...dates, tariffs: latest.tariffs.filter((tariff) => !tariff.archived) },
    });
  };

  const toggleArchive = async (seasonId: string, tariff: Tariff) => {
    try {
      await write(
        seasons.map((season) =>
          season.id !== seasonId
            ? season
            : {
                ...season,
                tariffs: season.tariffs.map((item) =>
                  item.id === tariff.id ? { ...item, archived: !item.archived } : item,
                ),
              },
        ),
      );
    } catch (error) {
      notifications.show({
        color: 'red',
        message:
          error instanceof z.ZodError
            ? translateError(t, error.issues[0]?.message)
            : t('seasonsSettings.saveFailed', { message: describeWriteError(t, user.role, error) }),
      });
    }
  };

  if (stored.loading) return null;

  return (
    <Stack gap="lg" maw={980}>
      <Text c="dimmed">{t('seasonsSettings.intro')}</Text>
      {mayEdit.allowed ? null : <Alert color="blue">{describeDenial(t, user.role, mayEdit)}</Alert>}
      {stored.read.state === 'invalid' ? (
        <Alert color="orange">{t('seasonsSettings.damaged')}</Alert>
      ) : (
        <>
          {seasons.length === 0 ? <Text>{t('seasonsSettings.empty')}</Text> : null}
          {mayEdit.allowed ? (
            <Group>
              <Button size="md" onClick={addSeason}>
                {seasons.length === 0 ? t('seasonsSettings.addFirst') : t('seasonsSettings.addNext')}
              </Button>
            </Group>
          ) : null}
          {newestFirst.map((season) => (
            <Card key={season.id} withBorder padding="md" data-testid={`season-${season.label}`}>
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start">
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Title order={2} size="h4">
                        {season.label}
                      </Title>
                      {current?.id === season.id ? (
                        <Badge color="green" variant="light">
                          {t('seasonsSettings.current')}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="sm" c="dimmed">
                      {t('seasonsSettings.dates', {
                        from: formatDate(season.startsOn, locale),
                        to: formatDate(season.endsOn, locale),
                      })}
                    </Text>
                  </Stack>
                  {mayEdit.allowed ? (
                    <Group gap="xs">
                      <Button
                        variant="default"
                        aria-label={t('seasonsSettings.editSeasonNamed', { season: season.label })}
                        onClick={() => setEditing({ kind: 'season', season, isNew: false })}
                      >
                        {t('seasonsSettings.editSeason')}
                      </Button>
                      <Button
                        variant="light"
                        aria-label={t('seasonsSettings.addTariffTo', { season: season.label })}
                        onClick={() => setEditing({ kind: 'tariff', seasonId: season.id, tariff: null })}
                      >
                        {t('seasonsSettings.addTariff')}
                      </Button>
                    </Group>
                  ) : null}
                </Group>
                {season.tariffs.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('seasonsSettings.noTariffs')}
                  </Text>
                ) : (
                  <Table.ScrollContainer minWidth={640}>
                    <Table verticalSpacing="xs" highlightOnHover>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('seasonsSettings.columns.label')}</Table.Th>
                          <Table.Th style={{ textAlign: 'right' }}>
                            {t('seasonsSettings.columns.amount')}
                          </Table.Th>
                          <Table.Th>{t('seasonsSettings.columns.scope')}</Table.Th>
                          <Table.Th>{t('seasonsSettings.columns.counterpart')}</Table.Th>
                          <Table.Th>{t('seasonsSettings.columns.taxReceipt')}</Table.Th>
                          {mayEdit.allowed ? (
                            <Table.Th>{t('seasonsSettings.columns.actions')}</Table.Th>
                          ) : null}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {season.tariffs.map((tariff) => (
                          <Table.Tr key={tariff.id} c={tariff.archived ? 'dimmed' : undefined}>
                            <Table.Td>
                              <Group gap="xs">
                                {tariff.label}
                                {tariff.archived ? (
                                  <Badge
                                    color="gray"
                                    variant="light"
                                    title={t('seasonsSettings.archivedHint')}
                                  >
                                    {t('seasonsSettings.archived')}
                                  </Badge>
                                ) : null}
                              </Group>
                            </Table.Td>
                            <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                              {formatMoney(tariff.amount, locale)}
                            </Table.Td>
                            <Table.Td>{t(`seasonsSettings.scope.${tariff.scope}`)}</Table.Td>
                            <Table.Td>
                              {tariff.givesCounterpart ? t('seasonsSettings.yes') : t('seasonsSettings.no')}
                            </Table.Td>
                            <Table.Td>
                              {tariff.taxReceiptAllowed ? t('seasonsSettings.yes') : t('seasonsSettings.no')}
                            </Table.Td>
                            {mayEdit.allowed ? (
                              <Table.Td>
                                <Group gap="xs" wrap="nowrap">
                                  <Button
                                    size="xs"
                                    variant="default"
                                    aria-label={t('seasonsSettings.editTariffNamed', {
                                      tariff: tariff.label,
                                    })}
                                    onClick={() =>
                                      setEditing({ kind: 'tariff', seasonId: season.id, tariff })
                                    }
                                  >
                                    {t('seasonsSettings.editTariff')}
                                  </Button>
                                  <Button
                                    size="xs"
                                    variant="subtle"
                                    color={tariff.archived ? 'green' : 'gray'}
                                    aria-label={t(
                                      tariff.archived
                                        ? 'seasonsSettings.unarchiveNamed'
                                        : 'seasonsSettings.archiveNamed',
                                      { tariff: tariff.label },
                                    )}
                                    onClick={() => toggleArchive(season.id, tariff)}
                                  >
                                    {tariff.archived
                                      ? t('seasonsSettings.unarchive')
                                      : t('seasonsSettings.archive')}
                                  </Button>
                                </Group>
                              </Table.Td>
                            ) : null}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </Stack>
            </Card>
          ))}
        </>
      )}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.kind === 'season'
            ? editing.isNew
              ? t('seasonsSettings.newSeason')
              : t('seasonsSettings.editSeasonNamed', { season: editing.season.label })
            : editing?.tariff
              ? t('seasonsSettings.editTariffNamed', { tariff: editing.tariff.label })
              : t('seasonsSettings.newTariff')
        }
        size="lg"
      >
        {editing?.kind === 'season' ? (
          <SeasonForm
            key={editing.season.id}
            editing={editing}
            seasons={seasons}
            write={write}
            close={() => setEditing(null)}
          />
        ) : editing?.kind === 'tariff' ? (
          <TariffForm
            key={`${editing.seasonId}:${editing.tariff?.id ?? 'new'}`}
            seasonId={editing.seasonId}
            tariff={editing.tariff}
            seasons={seasons}
            write={write}
            close={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

interface FormProps {
  seasons: readonly Season[];
  write: (next: Season[]) => Promise<void>;
  close: () => void;
}

/** Shows the outcome of a save: field errors, other rule errors, or a failed write. */
function useSaving() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const run = async (prefix: (string | number)[], action: () => Promise<void>, close: () => void) => {
    setSaving(true);
    try {
      await action();
      close();
    } catch (error) {
      if (error instanceof z.ZodError) {
        const found = issuesFor(error, prefix);
        setErrors(found.fields);
        setOther(found.other);
      } else {
        setOther([]);
        notifications.show({
          color: 'red',
          message: t('seasonsSettings.saveFailed', { message: describeWriteError(t, user.role, error) }),
        });
      }
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (field: string) => (errors[field] ? translateError(t, errors[field]) : undefined);
  return { run, saving, errors, setErrors, other, errorOf };
}

function SeasonForm({
  editing,
  seasons,
  write,
  close,
}: FormProps & { editing: Extract<Editing, { kind: 'season' }> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [label, setLabel] = useState(editing.season.label);
  const [startsOn, setStartsOn] = useState(editing.season.startsOn);
  const [endsOn, setEndsOn] = useState(editing.season.endsOn);
  const { run, saving, other, errorOf } = useSaving();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const season: Season = { ...editing.season, label: label.trim(), startsOn, endsOn };
    const next = editing.isNew
      ? [...seasons, season]
      : seasons.map((item) => (item.id === season.id ? season : item));
    const index = next.findIndex((item) => item.id === season.id);
    void run(['seasons', index], () => write(next), close);
  };

  const dateField = (which: 'startsOn' | 'endsOn', value: string, set: (value: string) => void) => (
    <DateInput
      label={t(`seasonsSettings.fields.${which}`)}
      withAsterisk
      valueFormat="DD/MM/YYYY"
      placeholder={t('seasonsSettings.fields.datePlaceholder')}
      locale={language}
      value={value || null}
      onChange={(next) => set(next ?? '')}
      error={errorOf(which)}
      size="md"
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {editing.copiedFrom ? (
          <Alert color="blue">{t('seasonsSettings.addNextHint', { season: editing.copiedFrom })}</Alert>
        ) : null}
        <TextInput
          label={t('seasonsSettings.fields.label')}
          placeholder={t('seasonsSettings.fields.labelPlaceholder')}
          withAsterisk
          data-autofocus
          size="md"
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          error={errorOf('label')}
        />
        <Group grow align="flex-start">
          {dateField('startsOn', startsOn, setStartsOn)}
          {dateField('endsOn', endsOn, setEndsOn)}
        </Group>
        <OtherErrors messages={other} />
        <FormButtons saving={saving} close={close} />
      </Stack>
    </form>
  );
}

function TariffForm({
  seasonId,
  tariff,
  seasons,
  write,
  close,
}: FormProps & { seasonId: string; tariff: Tariff | null }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language === 'en' ? 'en' : 'fr');
  const [label, setLabel] = useState(tariff?.label ?? '');
  const [amount, setAmount] = useState(tariff ? formatMoney(tariff.amount, locale) : '');
  const [scope, setScope] = useState<TariffScope>(tariff?.scope ?? 'individual');
  const [givesCounterpart, setGivesCounterpart] = useState(tariff?.givesCounterpart ?? true);
  const [taxReceiptAllowed, setTaxReceiptAllowed] = useState(tariff?.taxReceiptAllowed ?? false);
  const { run, saving, other, errorOf, setErrors, errors } = useSaving();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAmount(amount);
    if (!parsed.ok) {
      setErrors({ ...errors, amount: parsed.error });
      return;
    }
    const next: Tariff = {
      id: tariff?.id ?? newDocumentId(),
      label: label.trim(),
      amount: parsed.cents,
      scope,
      givesCounterpart,
      taxReceiptAllowed,
      archived: tariff?.archived ?? false,
    };
    const seasonIndex = seasons.findIndex((season) => season.id === seasonId);
    const season = seasons[seasonIndex];
    if (!season) return close();
    const tariffs = tariff
      ? season.tariffs.map((item) => (item.id === tariff.id ? next : item))
      : [...season.tariffs, next];
    const tariffIndex = tariffs.findIndex((item) => item.id === next.id);
    const updated = seasons.map((item) => (item.id === seasonId ? { ...item, tariffs } : item));
    void run(['seasons', seasonIndex, 'tariffs', tariffIndex], () => write(updated), close);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('seasonsSettings.fields.tariffLabel')}
          placeholder={t('seasonsSettings.fields.tariffLabelPlaceholder')}
          withAsterisk
          data-autofocus
          size="md"
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          error={errorOf('label') ?? errorOf('id')}
        />
        <TextInput
          label={t('seasonsSettings.fields.amount')}
          description={t('seasonsSettings.fields.amountDescription')}
          withAsterisk
          inputMode="decimal"
          size="md"
          value={amount}
          onChange={(event) => setAmount(event.currentTarget.value)}
          onBlur={() => {
            const parsed = parseAmount(amount);
            if (parsed.ok) setAmount(formatMoney(parsed.cents, locale));
          }}
          error={errorOf('amount')}
          maw={240}
        />
        <Radio.Group
          label={t('seasonsSettings.fields.scope')}
          value={scope}
          onChange={(value) => setScope(value as TariffScope)}
        >
          <Group mt={6}>
            {TARIFF_SCOPES.map((value) => (
              <Radio key={value} value={value} label={t(`seasonsSettings.scope.${value}`)} size="md" />
            ))}
          </Group>
        </Radio.Group>
        <Checkbox
          size="md"
          label={t('seasonsSettings.fields.givesCounterpart')}
          description={t('seasonsSettings.fields.givesCounterpartDescription')}
          checked={givesCounterpart}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setGivesCounterpart(checked);
            // The rule: a fee with a counterpart never opens a tax receipt.
            if (checked) setTaxReceiptAllowed(false);
          }}
        />
        <Checkbox
          size="md"
          label={t('seasonsSettings.fields.taxReceiptAllowed')}
          description={t('seasonsSettings.fields.taxReceiptRule')}
          checked={taxReceiptAllowed}
          disabled={givesCounterpart}
          onChange={(event) => setTaxReceiptAllowed(event.currentTarget.checked)}
          error={errorOf('taxReceiptAllowed')}
        />
        <OtherErrors messages={other} />
        <FormButtons saving={saving} close={close} />
      </Stack>
    </form>
  );
}

function OtherErrors({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert">
      <Stack gap={4}>
        {[...new Set(messages)].map((message) => (
          <Text key={message} size="sm">
            {translateError(t, message)}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

function FormButtons({ saving, close }: { saving: boolean; close: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={close}>
        {t('seasonsSettings.cancel')}
      </Button>
      <Button type="submit" loading={saving} size="md">
        {t('seasonsSettings.save')}
      </Button>
    </Group>
  );
}
