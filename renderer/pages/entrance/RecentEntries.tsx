import { Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { DirectoryPerson } from '@shared/search/snapshot';
import { displayName } from '@shared/members/person';

/** This door's last entries, each with its « Annuler » (a wrong tap noticed late). */
export function RecentEntries({
  recent,
  time,
  onUndo,
}: {
  recent: { person: DirectoryPerson; attendance: AttendanceDocument | undefined }[];
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
            </Text>
            {attendance?.present ? (
              <Button
                size="lg"
                variant="default"
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
