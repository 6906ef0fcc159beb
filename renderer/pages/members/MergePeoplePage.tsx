import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { AuditEntry } from '@shared/audit/audit';
import type { Role } from '@shared/auth/roles';
import { formatDate, formatDateTime, formatMoney } from '@shared/format/intl';
import { findLikelyDuplicates } from '@shared/members/duplicates';
import type { MergeConflict, MergeableField, MergePlan, MergeSide } from '@shared/members/merge-people';
import { planPeopleMerge } from '@shared/members/merge-people';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { toCents } from '@shared/money/cents';
import {
  useCurrentUser,
  useData,
  useDirectory,
  usePermission,
  useWriteContext,
} from '@renderer/data/context';
import { describeDenial, describeWriteError } from '@renderer/components/translate-error';
import { applyPeopleMerge, MERGE_DETAIL_PREFIX, PeopleMergeError } from '@renderer/data/members/write';
import { useSetting } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { HistoryTab } from '@renderer/pages/members/HistoryTab';
import { useSeasons } from '@renderer/data/settings/read';
import { useLanguage } from '@renderer/i18n/language';
import { useHistory, useLatestEntryWithDetail } from '@renderer/data/audit/read';
import { formatAddress } from '@shared/members/address';

/** How many people the search offers: enough to spot the right one, short enough to read. */
const SEARCH_LIMIT = 20;

const labelOf = (person: PersonDocument) =>
  person.memberNumber ? `${displayName(person)} (${person.memberNumber})` : displayName(person);

/** A merge error in a sentence, saying what to do next. */
function describeMergeError(t: TFunction, role: Role, error: unknown): string {
  if (!(error instanceof PeopleMergeError)) return describeWriteError(t, role, error);
  if (error.code === 'MERGE_NOT_FOUND') return t('merge.errors.notFound');
  if (error.code === 'MERGE_STALE') return t('merge.errors.stale');
  const message = describeWriteError(t, role, error.cause);
  if (error.step === 'audit') return t('merge.errors.auditFailed', { message });
  return t('merge.errors.incomplete', {
    step: t(`merge.errors.steps.${error.step ?? 'memberships'}`),
    message,
  });
}

/**
 * `/membres/:id/fusionner?avec=<otherId>`: merge two records of the same person. The plan is pure
 * (shared/members/merge-people.ts) and shown in full before anything is written.
 */
export function MergePeoplePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const mayMerge = usePermission('people.merge');
  const directory = useDirectory();
  const person = directory.people.get(id ?? '');
  const otherId = params.get('avec') ?? '';
  const other = otherId && otherId !== id ? directory.people.get(otherId) : undefined;
  // Once applied, one of the two records is gone: this page must not flash "not found".
  const [mergedInto, setMergedInto] = useState<string | null>(null);

  if (!mayMerge.allowed) {
    return <Alert color="orange">{describeDenial(t, user.role, mayMerge)}</Alert>;
  }
  if (mergedInto) return null;
  if (!person) {
    return (
      <Stack gap="sm" maw={720}>
        <Alert color="orange">{t('merge.notFound')}</Alert>
        <MergedIntoNotice id={id ?? ''} />
        <Anchor component={Link} to="/membres">
          {t('people.person.back')}
        </Anchor>
      </Stack>
    );
  }
  const choose = (chosenId: string | null) =>
    setParams(chosenId ? { avec: chosenId } : {}, { replace: chosenId === null });

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={`/membres/${person.id}`} size="sm">
        ← {t('merge.back')}
      </Anchor>
      <Title order={1}>{t('merge.title')}</Title>
      <Text c="dimmed" maw={800}>
        {t('merge.intro')}
      </Text>
      {otherId && !other ? <Alert color="orange">{t('merge.otherNotFound')}</Alert> : null}
      {other ? (
        <MergeView
          key={other.id}
          first={person}
          second={other}
          onChangeOther={() => choose(null)}
          onMerged={(survivorId) => {
            setMergedInto(survivorId);
            void navigate(`/membres/${survivorId}`, { replace: true });
          }}
        />
      ) : (
        <PickOther person={person} onPick={choose} />
      )}
    </Stack>
  );
}

function PickOther({ person, onPick }: { person: PersonDocument; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const directory = useDirectory();
  const [query, setQuery] = useState('');
  const likely = useMemo(
    () => findLikelyDuplicates(person, directory.people.values()).map((match) => match.person),
    [directory, person],
  );
  const found = useMemo(
    () =>
      query.trim() === ''
        ? []
        : directory.index
            .search(query, { limit: SEARCH_LIMIT + 1 })
            .map((hit) => hit.person)
            .filter((candidate) => candidate.id !== person.id)
            .slice(0, SEARCH_LIMIT),
    [directory, query, person.id],
  );
  const locale = localeOf(language);

  const rows = (people: PersonDocument[], label: string) => (
    <Table withTableBorder striped aria-label={label}>
      <Table.Tbody>
        {people.map((candidate) => (
          <Table.Tr key={candidate.id}>
            <Table.Td>{displayName(candidate)}</Table.Td>
            <Table.Td>{candidate.memberNumber || t('merge.side.noNumber')}</Table.Td>
            <Table.Td>{candidate.birthDate ? formatDate(candidate.birthDate, locale) : ''}</Table.Td>
            <Table.Td>{candidate.email}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                aria-label={`${t('merge.pick.choose')} ${labelOf(candidate)}`}
                onClick={() => onPick(candidate.id)}
              >
                {t('merge.pick.choose')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <Stack gap="sm">
      <Title order={2}>{t('merge.pick.title')}</Title>
      <Text>
        {labelOf(person)}
        {person.birthDate ? ` · ${formatDate(person.birthDate, locale)}` : ''}
        {person.email ? ` · ${person.email}` : ''}
      </Text>
      {likely.length > 0 ? (
        <>
          <Text fw={600}>{t('merge.pick.likely')}</Text>
          {rows(likely, t('merge.pick.likely'))}
        </>
      ) : null}
      <TextInput
        label={t('merge.pick.search')}
        placeholder={t('merge.pick.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        type="search"
        maw={480}
        data-autofocus
        autoFocus
      />
      {query.trim() === '' ? null : found.length === 0 ? (
        <Text c="dimmed">{t('merge.pick.none')}</Text>
      ) : (
        rows(found, t('merge.pick.results'))
      )}
    </Stack>
  );
}

function MergeView({
  first,
  second,
  onChangeOther,
  onMerged,
}: {
  first: PersonDocument;
  second: PersonDocument;
  onChangeOther: () => void;
  onMerged: (survivorId: string) => void;
}) {
  const { t } = useTranslation();
  const { db } = useData();
  const { language } = useLanguage();
  const user = useCurrentUser();
  const context = useWriteContext();
  const directory = useDirectory();
  const seasons = useSeasons();
  const customFields = useSetting('custom-fields');
  const locale = localeOf(language);
  const [survivorId, setSurvivorId] = useState<string | undefined>(undefined);
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const plan: MergePlan = useMemo(
    () =>
      planPeopleMerge(
        first,
        second,
        [...directory.memberships.values()],
        [...directory.households.values()],
        {
          survivorId,
          choices,
        },
      ),
    [directory, first, second, survivorId, choices],
  );
  const survivor = plan.survivorId === first.id ? first : second;
  const absorbed = plan.survivorId === first.id ? second : first;
  const seasonLabel = (seasonId: string) => seasons.find((s) => s.id === seasonId)?.label ?? seasonId;
  const movedMemberships = plan.membershipUpdates
    .map((update) => directory.memberships.get(update.id))
    .filter((membership) => membership !== undefined);

  const fieldLabel = (field: string) => {
    if (field.startsWith('customFields.')) {
      const fieldId = field.slice('customFields.'.length);
      const definition =
        customFields.read.state === 'ok'
          ? customFields.read.value.fields.find((f) => f.id === fieldId)
          : undefined;
      return t('merge.fields.customField', { name: definition?.label ?? fieldId });
    }
    return t(`merge.fields.${field as MergeableField}`);
  };
  const valueLabel = (conflict: MergeConflict, side: MergeSide) => {
    const value = side === 'survivor' ? conflict.survivorValue : conflict.absorbedValue;
    if (value === '' || value === undefined || value === null) return t('merge.conflicts.empty');
    if (conflict.field === 'kind') return t(`merge.kinds.${value as PersonDocument['kind']}`);
    if (conflict.field === 'birthDate') return formatDate(String(value), locale);
    if (conflict.field === 'address') return formatAddress(value as PersonDocument['address']);
    if (conflict.field === 'householdId')
      return directory.households.get(String(value))?.name ?? String(value);
    if (typeof value === 'boolean') return value ? '✓' : '✗';
    return String(value);
  };

  const merge = async () => {
    setBusy(true);
    try {
      const merged = await applyPeopleMerge(db, { ...context, userName: user.name }, plan);
      notifications.show({ color: 'green', message: t('merge.done', { name: labelOf(merged) }) });
      onMerged(merged.id);
    } catch (error) {
      notifications.show({
        color: 'red',
        autoClose: false,
        message: describeMergeError(t, user.role, error),
      });
      // The merge is done, only its journal entry is missing: go on to the survivor.
      if (error instanceof PeopleMergeError && error.step === 'audit') onMerged(plan.survivorId);
      setBusy(false);
      setConfirming(false);
    }
  };

  const side = (person: PersonDocument) => {
    const kept = person.id === plan.survivorId;
    const count = [...directory.memberships.values()].filter(
      (m) => m.holderKind === 'person' && m.holderId === person.id,
    ).length;
    const household = directory.households.get(person.householdId);
    return (
      <Card withBorder key={person.id} aria-label={labelOf(person)} component="section">
        <Stack gap={4}>
          <Group justify="space-between">
            <Text fw={700}>{displayName(person)}</Text>
            <Badge color={kept ? 'green' : 'gray'}>
              {kept ? t('merge.side.survivor') : t('merge.side.absorbed')}
            </Badge>
          </Group>
          <Text size="sm">
            {person.memberNumber
              ? t('merge.side.number', { number: person.memberNumber })
              : t('merge.side.noNumber')}
          </Text>
          {person.birthDate ? (
            <Text size="sm">{t('people.person.born', { date: formatDate(person.birthDate, locale) })}</Text>
          ) : null}
          {person.email ? <Text size="sm">{person.email}</Text> : null}
          {person.phone ? <Text size="sm">{person.phone}</Text> : null}
          {formatAddress(person.address) ? <Text size="sm">{formatAddress(person.address)}</Text> : null}
          {household ? (
            <Text size="sm">
              {t('merge.fields.householdId')} : {household.name}
            </Text>
          ) : null}
          <Text size="sm">{t('merge.side.memberships', { count })}</Text>
          <Text size="sm" c="dimmed">
            {t('merge.side.created', { date: formatDate(person.createdAt.slice(0, 10), locale) })}
          </Text>
          <Radio value={person.id} label={t('merge.side.keep')} mt="xs" />
        </Stack>
      </Card>
    );
  };

  return (
    <Stack gap="md">
      <Group>
        <Button variant="subtle" size="compact-sm" onClick={onChangeOther}>
          {t('merge.pick.change')}
        </Button>
      </Group>
      <Radio.Group
        value={plan.survivorId}
        onChange={(value) => {
          // The choices name a side; the sides swap with the survivor.
          setChoices({});
          setSurvivorId(value);
        }}
        label={t('merge.side.survivor')}
        description={t('merge.side.keepHint')}
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs">
          {side(first)}
          {side(second)}
        </SimpleGrid>
      </Radio.Group>

      <Title order={2}>{t('merge.conflicts.title')}</Title>
      {plan.conflicts.length === 0 ? (
        <Text c="dimmed">{t('merge.conflicts.none')}</Text>
      ) : (
        <Stack gap="sm">
          {plan.conflicts.map((conflict) => (
            <Radio.Group
              key={conflict.field}
              label={fieldLabel(conflict.field)}
              value={conflict.chosen}
              onChange={(value) => setChoices({ ...choices, [conflict.field]: value as MergeSide })}
            >
              <Group mt={4}>
                <Radio value="survivor" label={valueLabel(conflict, 'survivor')} />
                <Radio value="absorbed" label={valueLabel(conflict, 'absorbed')} />
              </Group>
            </Radio.Group>
          ))}
        </Stack>
      )}

      <Title order={2}>{t('merge.summary.title')}</Title>
      {plan.seasonsPaidTwice.length > 0 ? (
        <Alert color="orange">
          {t('merge.summary.paidTwice', { seasons: plan.seasonsPaidTwice.map(seasonLabel).join(', ') })}
        </Alert>
      ) : null}
      {movedMemberships.length === 0 ? (
        <Text>{t('merge.summary.noMemberships')}</Text>
      ) : (
        <Stack gap={4}>
          <Text>{t('merge.summary.memberships', { count: movedMemberships.length })}</Text>
          <Table
            withTableBorder
            striped
            aria-label={t('merge.summary.memberships', { count: movedMemberships.length })}
          >
            <Table.Tbody>
              {movedMemberships.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{seasonLabel(m.seasonId)}</Table.Td>
                  <Table.Td>{m.tariffLabel}</Table.Td>
                  <Table.Td>{formatMoney(toCents(m.amount), locale)}</Table.Td>
                  <Table.Td>{formatDate(m.paidOn, locale)}</Table.Td>
                  <Table.Td>
                    {m.cancelledOn
                      ? t('people.membership.cancelled', { date: formatDate(m.cancelledOn, locale) })
                      : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      <List size="sm">
        {plan.householdUpdates.map((update) => (
          <List.Item key={update.id}>
            {t('merge.summary.households', { name: directory.households.get(update.id)?.name ?? update.id })}
          </List.Item>
        ))}
        {absorbed.memberNumber && absorbed.memberNumber !== plan.survivor.memberNumber ? (
          <List.Item>{t('merge.summary.formerNumber', { number: absorbed.memberNumber })}</List.Item>
        ) : null}
        <List.Item>{t('merge.summary.notes')}</List.Item>
      </List>

      <Group>
        <Button color="red" onClick={() => setConfirming(true)}>
          {t('merge.submit')}
        </Button>
      </Group>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('merge.confirm.title')}>
        <Stack gap="sm">
          <Text>{t('merge.confirm.body', { absorbed: labelOf(absorbed), survivor: labelOf(survivor) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={busy}>
              {t('merge.confirm.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void merge()} data-autofocus>
              {t('merge.confirm.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

interface MergeRecord {
  absorbedId: string;
  label: string;
  at: string;
  userName: string;
}

const NONE: readonly string[] = [];

const mergesIn = (entries: readonly AuditEntry[]): MergeRecord[] =>
  entries
    .filter((entry) => entry.collectionName === 'people' && entry.detail.startsWith(MERGE_DETAIL_PREFIX))
    .map((entry) => ({
      absorbedId: entry.detail.slice(MERGE_DETAIL_PREFIX.length),
      label: String(entry.changes.find((change) => change.field === 'merge')?.before ?? ''),
      at: entry.createdAt,
      userName: entry.userName,
    }));

/**
 * A person's history including the records merged into it (and into those, merge after merge):
 * their creation and changes stay readable under the survivor.
 */
export function HistoryWithMerges({ personId, otherIds }: { personId: string; otherIds: readonly string[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [discovered, setDiscovered] = useState<{ personId: string; ids: readonly string[] }>({
    personId,
    ids: [],
  });
  const absorbedIds = discovered.personId === personId ? discovered.ids : NONE;
  const merges = mergesIn(useHistory([personId, ...absorbedIds]));
  // A record merged into an absorbed one shows up once the absorbed one's entries are read:
  // widen the query (state adjusted while rendering, as React recommends for derived state).
  const missing = merges.filter((merge) => !absorbedIds.includes(merge.absorbedId));
  if (missing.length > 0) {
    setDiscovered({ personId, ids: [...absorbedIds, ...new Set(missing.map((merge) => merge.absorbedId))] });
  }

  return (
    <Stack gap="sm">
      {merges.map((merge) => (
        <Alert color="blue" key={`${merge.absorbedId}-${merge.at}`}>
          {t('merge.history.merged', {
            date: formatDateTime(merge.at, localeOf(language)),
            user: merge.userName,
            label: merge.label,
          })}
        </Alert>
      ))}
      <HistoryTab documentIds={[personId, ...absorbedIds, ...otherIds]} />
    </Stack>
  );
}

/** On the page of a record that is gone: if it was merged, where its person is now. */
export function MergedIntoNotice({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const directory = useDirectory();
  // Rare (an old link, the back button): a scan of the journal is acceptable here.
  const entry = useLatestEntryWithDetail(`${MERGE_DETAIL_PREFIX}${id}`);
  if (!entry || !directory.people.has(entry.documentId)) return null;
  return (
    <Alert color="blue">
      <Stack gap={4}>
        <Text size="sm">
          {t('merge.history.mergedInto', { date: formatDateTime(entry.createdAt, localeOf(language)) })}
        </Text>
        <Anchor component={Link} to={`/membres/${entry.documentId}`}>
          {t('merge.history.openSurvivor')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
