import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/format/intl';
import type { SettingRead } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import type { OrganisationFormApi } from '@renderer/pages/settings/organisation/form-values';
import { useExportJson } from '@renderer/pages/settings/organisation/use-export-json';

/** When it was last saved, and export, cancel and save. */
export function SaveBar({
  form,
  stored,
  saving,
}: {
  form: OrganisationFormApi;
  stored: SettingRead<'organisation'>;
  saving: boolean;
}) {
  const { t, i18n } = useTranslation();
  const exportJson = useExportJson(stored);
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {stored.state === 'ok'
          ? t('organisation.lastSaved', {
              date: formatDateTime(stored.updatedAt, localeOf(i18n.language === 'en' ? 'en' : 'fr')),
            })
          : null}
      </Text>
      <Group gap="sm">
        {stored.state === 'ok' ? (
          <Button variant="default" onClick={exportJson}>
            {t('organisation.export')}
          </Button>
        ) : null}
        <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
          {t('organisation.cancel')}
        </Button>
        <Button type="submit" loading={saving} size="md" title={t('organisation.saveShortcut')}>
          {t('organisation.save')}
        </Button>
      </Group>
    </Group>
  );
}
