import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@shared/format/intl';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { notify } from '@renderer/components/notices';
import { useWrite } from '@renderer/components/use-write';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { useImportedEvents } from '@renderer/data/events/read';
import { useRecentImports, type RecentImport } from '@renderer/data/import/read';
import { undoImport } from '@renderer/data/import/write';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { importColumns } from '@renderer/pages/import/import-columns';
import { countsList } from '@renderer/pages/import/import-counts';

/** One past import, with « Annuler cet import » asked twice (the first click explains). */
function ImportLine({ item }: { item: RecentImport }) {
  const { t } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const [asking, setAsking] = useState(false);
  // The buttons this line's question shows go once answered: the keyboard stays on the line.
  const line = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // A ticketing file's event, created on its last order's day: opened from here to set its date.
  const events = useImportedEvents(item.importId);
  const locale = localeOf(useLanguage().language);

  const undo = async () => {
    const result = await run(() => undoImport(db, { ...context, userName: user.name }, item.importId), {
      success: (r) => t('imports.recent.undone', { list: countsList(t, r, true) }),
    });
    setAsking(false);
    line.current?.focus();
    if (result && result.kept.length > 0)
      notify('orange', t('imports.recent.kept', { names: result.kept.join(', ') }));
  };

  return (
    <Paper withBorder p="sm" ref={line} tabIndex={-1}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600}>{item.detail}</Text>
          <Text size="sm" c="dimmed">
            {t('imports.recent.by', { date: formatDateTime(item.at), name: item.by })}
          </Text>
          {events.map((event) => (
            <Anchor key={event.id} component={Link} to={`/evenements/${event.id}`} size="sm" display="block">
              {t('imports.recent.openEvent', {
                title: event.title,
                date: formatDate(event.startsOn, locale),
              })}
            </Anchor>
          ))}
          {asking ? <Text size="sm">{t('imports.recent.undoConfirm')}</Text> : null}
        </div>
        {item.undone ? (
          <Badge color="gray">{t('imports.recent.undoneBadge')}</Badge>
        ) : (
          <Group gap="xs" wrap="nowrap">
            {asking ? (
              <Button
                variant="default"
                onClick={() => {
                  setAsking(false);
                  undoButton.current?.focus();
                }}
              >
                {t('imports.recent.keep')}
              </Button>
            ) : null}
            <Button
              ref={undoButton}
              color="red"
              variant={asking ? 'filled' : 'light'}
              loading={busy}
              onClick={() => (asking ? void undo() : setAsking(true))}
            >
              {t('imports.recent.undo')}
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}

export function RecentImports() {
  const { t } = useTranslation();
  const imports = useRecentImports();
  const locale = localeOf(useLanguage().language);
  return (
    <Stack gap="xs" component="section" aria-label={t('imports.recent.title')}>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('imports.recent.title')}
        </Title>
        {imports.length > 0 ? (
          <ExportMenu
            name="imports"
            title={t('imports.recent.exportTitle')}
            columns={importColumns(locale)}
            rows={imports}
            collection="audit"
          />
        ) : null}
      </Group>
      {imports.length === 0 ? <Text c="dimmed">{t('imports.recent.none')}</Text> : null}
      {imports.map((item) => (
        <ImportLine key={item.importId} item={item} />
      ))}
    </Stack>
  );
}
