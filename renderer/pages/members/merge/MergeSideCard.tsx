import { Badge, Card, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/format/intl';
import { formatAddress } from '@shared/members/address';
import { mergeLabel } from '@shared/members/merge-record';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { useDirectory } from '@renderer/data/context';
import { useHousehold } from '@renderer/data/members/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** One of the two records of a merge, as it is, with the radio that keeps it. */
export function MergeSideCard({ person, kept }: { person: PersonDocument; kept: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const directory = useDirectory();
  const household = useHousehold(person.householdId);
  const locale = localeOf(language);
  const count = [...directory.memberships.values()].filter(
    (m) => m.holderKind === 'person' && m.holderId === person.id,
  ).length;
  const address = formatAddress(person.address);
  return (
    <Card withBorder aria-label={mergeLabel(person)} component="section">
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
        {address ? <Text size="sm">{address}</Text> : null}
        {household ? (
          <Text size="sm">
            {t('app.labelValue', { label: t('merge.fields.householdId'), value: household.name })}
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
}
