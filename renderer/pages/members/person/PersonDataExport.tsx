import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { personDataJson } from '@shared/rgpd/person-data';
import { appendAudit } from '@renderer/data/audit/write';
import { useCurrentUser, useData, usePermission, useWriteContext } from '@renderer/data/context';
import { readPersonData } from '@renderer/data/members/person-data';
import { useSetting } from '@renderer/data/settings/read';
import { useWrite } from '@renderer/components/use-write';
import { renderPersonDataPdf } from '@renderer/pdf/person-data';
import { usePlatform } from '@renderer/platform/context';

type Format = 'json' | 'pdf';

/** `donnees-dupre-helene-2026-09-08.json`: whose data, and when, safe on every file system. */
function fileName(person: PersonDocument, day: string, format: Format): string {
  const who = `${person.lastName}-${person.firstName}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return `donnees-${who || 'personne'}-${day}.${format}`;
}

/**
 * « Exporter ses données (RGPD) » on a person's page, for the roles the matrix allows to read
 * all of it: the complete JSON file, or the readable PDF. Each export is journalled on the person.
 */
export function PersonDataExport({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const user = useCurrentUser();
  const context = useWriteContext();
  const organisation = useSetting('organisation');
  const { busy, run } = useWrite();
  if (!usePermission('data.exportPerson').allowed) return null;
  const name = displayName(person);

  const save = (format: Format) =>
    run(
      async () => {
        const association = organisation.read.state === 'ok' ? organisation.read.value.name : '';
        const now = new Date();
        const { data, eventTitles } = await readPersonData(db, user.role, person, { association, now });
        const bytes =
          format === 'json'
            ? new TextEncoder().encode(personDataJson(data))
            : await renderPersonDataPdf(t, data, eventTitles, name);
        const result = await platform.saveFile({
          suggestedName: fileName(person, data.exportedAt.slice(0, 10), format),
          filterName: t(format === 'json' ? 'personData.fileFilterJson' : 'personData.fileFilterPdf'),
          extensions: [format],
          mimeType: format === 'json' ? 'application/json' : 'application/pdf',
          data: bytes as Uint8Array<ArrayBuffer>,
        });
        if (result.saved) {
          await appendAudit(
            db,
            { ...context, userName: user.name },
            { action: 'export', collection: 'people', documentId: person.id, detail: `rgpd.${format}` },
          );
        }
        return result.saved;
      },
      {
        success: (saved) =>
          saved ? t('personData.saved', { name, format: format.toUpperCase() }) : undefined,
        failure: (message) => t('personData.failed', { message }),
      },
    );

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy}>
          {t('personData.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={340}>
        <Menu.Label style={{ whiteSpace: 'normal' }}>{t('personData.menuHint')}</Menu.Label>
        <Menu.Item onClick={() => void save('json')}>{t('personData.json')}</Menu.Item>
        <Menu.Item onClick={() => void save('pdf')}>{t('personData.pdf')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
