import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { can } from '@shared/auth/permissions';
import { SETTINGS_TABS } from '@renderer/pages/settings/tabs';
import type { SettingsTab } from '@renderer/pages/settings/tabs';
import { useCurrentUser } from '@renderer/data/context';
import { RequirePermission } from '@renderer/components/RequirePermission';
import { AboutPanel } from '@renderer/pages/settings/AboutPanel';
import { AutoCloseSection } from '@renderer/pages/settings/closing/AutoCloseSection';
import { BackupPanel } from '@renderer/pages/settings/backup/BackupPanel';
import { CustomFieldsPanel } from '@renderer/pages/settings/custom-fields/CustomFieldsPanel';
import { GeneralPanel } from '@renderer/pages/settings/GeneralPanel';
import { JournalPanel } from '@renderer/pages/settings/JournalPanel';
import { RetentionPanel } from '@renderer/pages/settings/retention/RetentionPanel';
import { OrganisationForm } from '@renderer/pages/settings/organisation/OrganisationForm';
import { SeasonsPanel } from '@renderer/pages/settings/seasons/SeasonsPanel';
import { SecurityPanel } from '@renderer/pages/settings/SecurityPanel';
import { SyncPanel } from '@renderer/pages/settings/SyncPanel';
import { UsersPanel } from '@renderer/pages/settings/UsersPanel';

const PANELS: Record<SettingsTab, () => React.ReactNode> = {
  association: () => (
    <Stack gap="xl">
      <OrganisationForm />
      <AutoCloseSection />
    </Stack>
  ),
  saisons: () => <SeasonsPanel />,
  champs: () => <CustomFieldsPanel />,
  comptes: () => <UsersPanel />,
  securite: () => <SecurityPanel />,
  journal: () => <JournalPanel />,
  synchronisation: () => <SyncPanel />,
  sauvegardes: () => <BackupPanel />,
  'donnees-personnelles': () => <RetentionPanel />,
  langue: () => <GeneralPanel />,
  'a-propos': () => <AboutPanel />,
};

export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  const user = useCurrentUser();
  const visible = SETTINGS_TABS.filter(
    (item) => !('requires' in item) || can(user.role, item.requires).allowed,
  );
  const current = visible.find((item) => item.id === tab);
  // A tab this role may not open, typed or bookmarked: say why, as every other page does.
  const refused = SETTINGS_TABS.find((item) => item.id === tab && 'requires' in item && item !== current);
  if (refused && 'requires' in refused)
    return <RequirePermission action={refused.requires}>{null}</RequirePermission>;
  if (!current) return <Navigate to={`/parametres/${visible[0]?.id ?? 'langue'}`} replace />;

  return (
    <Stack gap="md">
      <Title order={1}>{t('settings.title')}</Title>
      <Tabs
        value={current.id}
        onChange={(next) => next && navigate(`/parametres/${next}`)}
        keepMounted={false}
      >
        <Tabs.List>
          {visible.map((item) => (
            <Tabs.Tab key={item.id} value={item.id}>
              {t(item.labelKey)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {visible.map((item) => (
          <Tabs.Panel key={item.id} value={item.id} pt="md">
            {PANELS[item.id]()}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
