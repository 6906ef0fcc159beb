import { Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayName } from '@shared/members/person';
import { StatusBadge } from '@renderer/components/StatusBadge';
import type { EntranceHit } from '@renderer/pages/entrance/use-entrance';

/** A person found at the door: name, number, status in colour and words, « inscrit », one tap. */
export function HitCard({
  hit,
  selected,
  time,
  action,
  onPick,
}: {
  hit: EntranceHit;
  selected: boolean;
  time: (instant: string) => string;
  /** What a tap does, in words: « Faire entrer », « Entrée 5,00 € », « Réservé aux membres… ». */
  action: { label: string; warn: boolean };
  onPick: () => void;
}) {
  const { t } = useTranslation();
  const { person, status, attendance } = hit;
  const name = displayName(person);
  return (
    <UnstyledButton
      role="listitem"
      onClick={onPick}
      aria-label={attendance?.present ? name : t('entrance.checkInNamed', { name })}
      aria-current={selected || undefined}
      tabIndex={-1}
    >
      <Card
        withBorder
        padding="md"
        style={{
          borderWidth: selected ? 3 : 1,
          borderColor: selected ? 'var(--mantine-color-green-6)' : undefined,
          minHeight: 64,
        }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={2}>
            <Text size="xl" fw={700}>
              {person.lastName.toLocaleUpperCase('fr')} {person.firstName}
            </Text>
            <Group gap="xs">
              {person.memberNumber ? <Badge variant="outline">{person.memberNumber}</Badge> : null}
              <StatusBadge status={status} />
              {attendance?.registered ? <Badge color="blue">{t('entrance.registered')}</Badge> : null}
            </Group>
          </Stack>
          {attendance?.present ? (
            <Text size="md" c="dimmed">
              {t('entrance.inSince', {
                time: time(attendance.checkedInAt),
                door: attendance.checkedInDevice,
              })}
            </Text>
          ) : (
            <Text size="lg" fw={600} c={action.warn ? 'orange.8' : 'green.8'} ta="right">
              {action.label}
            </Text>
          )}
        </Group>
      </Card>
    </UnstyledButton>
  );
}
