import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import type { CustomFieldDefinition } from '@shared/members/custom-fields';
import { customFieldValuesSchema } from '@shared/members/custom-fields';
import type { DuplicateMatch } from '@shared/members/duplicates';
import { findLikelyDuplicates } from '@shared/members/duplicates';
import { EMPTY_ADDRESS } from '@shared/members/fields';
import { newHouseholdMemberDraft } from '@shared/members/household';
import type { ConsentKind, PersonDocument, PersonInput } from '@shared/members/person';
import { CONSENT_KINDS, displayName, personDocumentSchema } from '@shared/members/person';
import { documentResolver } from '@renderer/components/document-resolver';
import { useCurrentUser, useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { describeWriteError, issuesByPath, translateError } from '@renderer/components/translate-error';
import { createPerson, knownMemberNumbers, updatePerson } from '@renderer/data/members/write';
import { useSetting } from '@renderer/data/settings/read';
import { useTranslatedField } from '@renderer/components/translated-field';

type Consent = { status: 'unknown' | 'granted' | 'refused'; on: string };
export interface PersonFormValues {
  kind: 'person' | 'organisation';
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string;
  phone: string;
  address: { line1: string; line2: string; postalCode: string; city: string; country: string };
  householdId: string;
  consents: Record<ConsentKind, Consent>;
  notes: string;
  customFields: Record<string, string | number | boolean>;
}

const UNKNOWN: Consent = { status: 'unknown', on: '' };
const EMPTY: PersonFormValues = {
  kind: 'person',
  firstName: '',
  lastName: '',
  birthDate: '',
  email: '',
  phone: '',
  address: { ...EMPTY_ADDRESS },
  householdId: '',
  consents: { imageRights: UNKNOWN, newsletter: UNKNOWN, dataProcessing: UNKNOWN },
  notes: '',
  customFields: {},
};

function fromPerson(person: PersonDocument): PersonFormValues {
  return {
    kind: person.kind,
    firstName: person.firstName,
    lastName: person.lastName,
    birthDate: person.birthDate,
    email: person.email,
    phone: person.phone,
    address: { ...person.address },
    householdId: person.householdId,
    consents: { ...person.consents },
    notes: person.notes,
    customFields: { ...person.customFields },
  };
}

/** Create (`/membres/nouveau`, optionally `?foyer=ID`) or edit (`/membres/:id/modifier`) a person. */
export function PersonForm() {
  const { id } = useParams();
  const directory = useDirectory();
  const existing = id ? directory.people.get(id) : undefined;
  if (id && !existing) return <Alert color="orange">{id}</Alert>;
  return <PersonFormBody key={id ?? 'new'} existing={existing} />;
}

function PersonFormBody({ existing }: { existing: PersonDocument | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { db, device } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const directory = useDirectory();
  const customFieldsSetting = useSetting('custom-fields');
  const definitions: CustomFieldDefinition[] = useMemo(
    () =>
      customFieldsSetting.read.state === 'ok'
        ? customFieldsSetting.read.value.fields.filter((f) => !f.archived)
        : [],
    [customFieldsSetting.read],
  );
  const [duplicates, setDuplicates] = useState<DuplicateMatch<PersonDocument>[]>([]);
  const [confirmedDuplicate, setConfirmedDuplicate] = useState(false);
  const [busy, setBusy] = useState(false);

  const household = directory.households.get(existing?.householdId ?? params.get('foyer') ?? '');
  const initial = useMemo<PersonFormValues>(() => {
    if (existing) return fromPerson(existing);
    if (!household) return EMPTY;
    const parent =
      directory.people.get(household.payerId) ??
      [...directory.people.values()].find((p) => p.householdId === household.id);
    const draft = newHouseholdMemberDraft(
      parent ?? { lastName: '', address: household.address, householdId: household.id },
      household,
    );
    return { ...EMPTY, ...draft, householdId: household.id, address: { ...draft.address } };
    // Computed once per form: later directory changes must not reset what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const customSchema = useMemo(() => customFieldValuesSchema(definitions), [definitions]);
  const form = useForm<PersonFormValues>({
    initialValues: initial,
    validate: documentResolver<PersonFormValues>(personDocumentSchema, (values) => {
      const result = customSchema.safeParse(values.customFields);
      if (result.success) return {};
      return Object.fromEntries(
        result.error.issues.map((i) => [['customFields', ...i.path].join('.'), i.message]),
      );
    }),
  });
  const field = useTranslatedField(form);
  const cancel = () => navigate(existing ? `/membres/${existing.id}` : '/membres');
  const isOrganisation = form.values.kind === 'organisation';

  const save = form.onSubmit(
    async (values) => {
      const input: Omit<PersonInput, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'deviceId'> = {
        ...values,
        customFields: customSchema.parse(values.customFields),
      };
      if (!existing && !confirmedDuplicate) {
        const matches = findLikelyDuplicates({ ...values }, directory.people.values());
        if (matches.length > 0) {
          setDuplicates(matches);
          return;
        }
      }
      setBusy(true);
      try {
        if (existing) {
          await updatePerson(db, context, existing.id, input);
          notifications.show({ color: 'green', message: t('people.form.saved') });
          navigate(`/membres/${existing.id}`);
        } else {
          const person = await createPerson(db, context, input, {
            series: device.series,
            known: knownMemberNumbers(directory.people.values()),
          });
          notifications.show({
            color: 'green',
            message: t('people.form.created', {
              name: displayName(person),
              number: person.memberNumber || '—',
            }),
          });
          navigate(`/membres/${person.id}`);
        }
      } catch (error) {
        if (error instanceof z.ZodError) {
          form.setErrors(issuesByPath(error));
          notifications.show({ color: 'red', message: t('people.form.invalid') });
        } else {
          notifications.show({ color: 'red', message: describeWriteError(t, user.role, error) });
        }
      } finally {
        setBusy(false);
      }
    },
    () => notifications.show({ color: 'red', message: t('people.form.invalid') }),
  );

  const onKeyDown = getHotkeyHandler([
    [
      'Escape',
      (event) => {
        // An open list (date picker, select) closes first; Échap again leaves the form.
        if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return;
        cancel();
      },
    ],
  ]);

  const consentField = (kind: ConsentKind) => {
    const consent = form.values.consents[kind];
    return (
      <Group key={kind} align="flex-end" gap="sm" wrap="wrap">
        <Text w={200} fw={500} size="sm">
          {t(`people.person.consent.${kind}`)}
        </Text>
        <SegmentedControl
          aria-label={t(`people.person.consent.${kind}`)}
          value={consent.status}
          onChange={(status) =>
            form.setFieldValue(`consents.${kind}`, {
              status: status as Consent['status'],
              on: status === 'unknown' ? '' : consent.on || new Date().toISOString().slice(0, 10),
            })
          }
          data={[
            { value: 'unknown', label: t('people.person.consent.unknown') },
            {
              value: 'granted',
              label: t('people.person.consent.granted', { date: '' }).replace(/ le\s*$| on\s*$/, ''),
            },
            {
              value: 'refused',
              label: t('people.person.consent.refused', { date: '' }).replace(/ le\s*$| on\s*$/, ''),
            },
          ]}
        />
        {consent.status !== 'unknown' ? (
          <DateInput
            aria-label={t('people.form.consentDate')}
            valueFormat="DD/MM/YYYY"
            value={consent.on || null}
            onChange={(value) => form.setFieldValue(`consents.${kind}.on`, value ?? '')}
            error={
              form.errors[`consents.${kind}.on`]
                ? translateError(t, form.errors[`consents.${kind}.on`])
                : undefined
            }
            w={140}
          />
        ) : null}
      </Group>
    );
  };

  const customField = (definition: CustomFieldDefinition) => {
    const path = `customFields.${definition.id}`;
    const value = form.values.customFields[definition.id];
    const error = form.errors[path] ? translateError(t, form.errors[path]) : undefined;
    const set = (next: string | number | boolean | undefined) =>
      form.setFieldValue('customFields', { ...form.values.customFields, [definition.id]: next ?? '' });
    switch (definition.type) {
      case 'number':
        return (
          <NumberInput
            key={definition.id}
            label={definition.label}
            withAsterisk={definition.required}
            value={typeof value === 'number' ? value : ''}
            onChange={(next) => set(typeof next === 'number' ? next : '')}
            error={error}
          />
        );
      case 'date':
        return (
          <DateInput
            key={definition.id}
            label={definition.label}
            withAsterisk={definition.required}
            valueFormat="DD/MM/YYYY"
            value={typeof value === 'string' && value ? value : null}
            onChange={(next) => set(next ?? '')}
            error={error}
          />
        );
      case 'boolean':
        return (
          <Checkbox
            key={definition.id}
            label={definition.label}
            checked={value === true}
            onChange={(event) => set(event.currentTarget.checked)}
            error={error}
          />
        );
      case 'choice':
        return (
          <Select
            key={definition.id}
            label={definition.label}
            withAsterisk={definition.required}
            data={definition.choices}
            value={typeof value === 'string' && value ? value : null}
            onChange={(next) => set(next ?? '')}
            clearable
            error={error}
          />
        );
      default:
        return (
          <TextInput
            key={definition.id}
            label={definition.label}
            withAsterisk={definition.required}
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => set(event.currentTarget.value)}
            error={error}
          />
        );
    }
  };

  return (
    <form onSubmit={save} onKeyDown={onKeyDown} noValidate>
      <Stack gap="lg" maw={860}>
        <Group justify="space-between">
          <Title order={1}>{existing ? t('people.form.editTitle') : t('people.form.createTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('people.form.shortcuts')}
          </Text>
        </Group>
        {household && !existing ? (
          <Alert color="blue">{t('people.form.householdPrefilled', { name: household.name })}</Alert>
        ) : null}
        {duplicates.length > 0 ? (
          <Alert color="orange" title={t('people.form.duplicateTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('people.form.duplicateBody')}</Text>
              {duplicates.map((match) => (
                <Text size="sm" key={match.person.id}>
                  <Anchor component={Link} to={`/membres/${match.person.id}`}>
                    {displayName(match.person)} {match.person.memberNumber}
                  </Anchor>{' '}
                  ({match.reasons.map((reason) => t(`people.form.duplicateReason.${reason}`)).join(', ')})
                </Text>
              ))}
              <Group>
                <Button
                  variant="default"
                  onClick={() => {
                    setConfirmedDuplicate(true);
                    setDuplicates([]);
                  }}
                >
                  {t('people.form.createAnyway')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <Fieldset legend={t('people.person.tabs.file')}>
          <Stack gap="sm">
            <SegmentedControl
              aria-label={t('people.form.kind')}
              value={form.values.kind}
              onChange={(kind) => form.setFieldValue('kind', kind as PersonFormValues['kind'])}
              data={[
                { value: 'person', label: t('people.form.kindPerson') },
                { value: 'organisation', label: t('people.form.kindOrganisation') },
              ]}
            />
            <SimpleGrid cols={{ base: 1, sm: isOrganisation ? 1 : 2 }}>
              {isOrganisation ? null : (
                <TextInput label={t('people.form.firstName')} data-autofocus {...field('firstName')} />
              )}
              <TextInput
                label={isOrganisation ? t('people.form.organisationName') : t('people.form.lastName')}
                withAsterisk
                {...field('lastName')}
              />
            </SimpleGrid>
            {isOrganisation ? null : (
              <DateInput
                label={t('people.form.birthDate')}
                valueFormat="DD/MM/YYYY"
                placeholder="JJ/MM/AAAA"
                value={form.values.birthDate || null}
                onChange={(value) => form.setFieldValue('birthDate', value ?? '')}
                error={form.errors.birthDate ? translateError(t, form.errors.birthDate) : undefined}
                maxDate={new Date()}
                w={200}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('people.form.email')} type="email" {...field('email')} />
              <TextInput label={t('people.form.phone')} type="tel" {...field('phone')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('people.person.address')}>
          <Stack gap="sm">
            <TextInput label={t('people.form.line1')} {...field('address.line1')} />
            <TextInput label={t('people.form.line2')} {...field('address.line2')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('people.form.postalCode')} {...field('address.postalCode')} />
              <TextInput label={t('people.form.city')} {...field('address.city')} />
              <TextInput label={t('people.form.country')} {...field('address.country')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('people.person.consents')}>
          <Stack gap="sm">{CONSENT_KINDS.map(consentField)}</Stack>
        </Fieldset>
        {definitions.length > 0 ? (
          <Fieldset legend={t('people.person.customFields')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>{definitions.map(customField)}</SimpleGrid>
          </Fieldset>
        ) : null}
        <Textarea label={t('people.form.notes')} autosize minRows={2} {...field('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel}>
            {t('people.form.cancel')}
          </Button>
          <Button type="submit" size="md" loading={busy}>
            {t('people.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
