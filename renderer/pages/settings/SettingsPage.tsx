import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { SettingsTab } from '@renderer/app/routes';
import { SETTINGS_TABS } from '@renderer/app/routes';
import { AboutPanel } from '@renderer/pages/settings/AboutPanel';
import { GeneralPanel } from '@renderer/pages/settings/GeneralPanel';
import { OrganisationForm } from '@renderer/pages/settings/OrganisationForm';

const TAB_LABELS = {
  association: 'settings.tabs.organisation',
  langue: 'settings.tabs.general',
  'a-propos': 'settings.tabs.about',
} as const satisfies Record<SettingsTab, string>;

export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  if (!SETTINGS_TABS.includes(tab as SettingsTab)) return <Navigate to="/parametres/association" replace />;

  return (
    <Stack gap="md">
      <Title order={1}>{t('settings.title')}</Title>
      <Tabs
        value={tab ?? null}
        onChange={(next) => next && navigate(`/parametres/${next}`)}
        keepMounted={false}
      >
        <Tabs.List>
          {SETTINGS_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(TAB_LABELS[value])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="association" pt="md">
          <OrganisationForm />
        </Tabs.Panel>
        <Tabs.Panel value="langue" pt="md">
          <GeneralPanel />
        </Tabs.Panel>
        <Tabs.Panel value="a-propos" pt="md">
          <AboutPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
