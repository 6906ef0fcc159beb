import { Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { DirectoryPerson } from '@shared/search/snapshot';
import { displayName } from '@shared/members/person';

/**
 * This door's last entries, each with its « Annuler » (a wrong tap noticed late) while the entry
 * is this door's: when two doors let the same person in offline, the earliest entry stands, and
 * the later door says where it was made instead of offering to undo another door's entry.
 */
export function RecentEntries({
  recent,
  door,
  time,
  onUndo,
}: {
  recent: { person: DirectoryPerson; attendance: AttendanceDocument | undefined }[];
  /** This door's name, as its check-ins record it. */
  door: string;
  time: (instant: string) => string;
  onUndo: (person: DirectoryPerson) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('entrance.recent')}
      </Title>
      {recent.length === 0 ? <Text c="dimmed">{t('entrance.recentEmpty')}</Text> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {recent.map(({ person, attendance }) => (
          <Group key={person.id} justify="space-between" wrap="nowrap">
            <Text>
              {displayName(person)}
              {attendance?.present ? ` · ${time(attendance.checkedInAt)}` : ''}
              {attendance?.present && attendance.checkedInDevice !== door
                ? ` · ${t('entrance.recentElsewhere', { door: attendance.checkedInDevice })}`
                : ''}
            </Text>
            {attendance?.present && attendance.checkedInDevice === door ? (
              <Button
                size="lg"
                variant="default"
                // The name wraps; the button keeps its word (it was cut to « Annule » on a phone).
                style={{ flexShrink: 0 }}
                aria-label={t('entrance.undoNamed', { name: displayName(person) })}
                onClick={() => onUndo(person)}
              >
                {t('entrance.undo')}
              </Button>
            ) : null}
          </Group>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
