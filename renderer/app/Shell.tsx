import { AppShell, Burger, Button, Center, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router';
import { can } from '@shared/auth/permissions';
import { useLock } from '@renderer/pages/auth/use-lock';
import { HEADER_HEIGHT } from '@renderer/app/layout';
import { navigationItems } from '@renderer/app/routes';
import { useCurrentUser } from '@renderer/data/context';
import { usePlatform } from '@renderer/platform/context';
import { useMenuCommands } from '@renderer/app/desktop-integration';
import { useAutoClose } from '@renderer/pages/events/use-auto-close';
import { ReplacedValuesNotice } from '@renderer/components/sync/ReplacedValues';
import { SyncStatus } from '@renderer/components/sync/SyncStatus';
import { WebUpdateNotice } from '@renderer/components/offline/WebUpdateNotice';
import { DirectoryGate } from '@renderer/app/DirectoryGate';
import { submitFromChosenList } from '@renderer/components/enter-submits';
import { FirstSyncProgress } from '@renderer/components/sync/FirstSyncProgress';

const MEMBER_LIST = '/membres';

export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const location = useLocation();
  const user = useCurrentUser();
  const lock = useLock();
  const items = navigationItems.filter(
    (item) => !('requires' in item) || can(user.role, item.requires).allowed,
  );

  const mayReadMembers = can(user.role, 'people.readDetails').allowed;

  // Alt+1 … Alt+7 jump between sections, from anywhere, including inside a form field. Ctrl+K
  // (⌘K) goes to the member search: the list focuses its search field when it opens, and handles
  // Ctrl+K itself once open.
  useHotkeys(
    [
      ...items.map((item, index) => [`alt+${index + 1}`, () => navigate(item.path)] as [string, () => void]),
      ['mod+K', () => mayReadMembers && location.pathname !== MEMBER_LIST && navigate(MEMBER_LIST)],
    ],
    [],
  );
  // The desktop menu's « Rechercher un membre » and « Verrouiller » (macOS takes their keys).
  useMenuCommands(usePlatform(), {
    members: () => mayReadMembers && navigate(MEMBER_LIST),
    lock: () => void lock('manual'),
  });
  // Issue 16: past events closed into their sheets N days after they end (Paramètres).
  useAutoClose();
  // Entrée saves a form from a list of choices already made (Mantine would open it again).
  useEffect(() => {
    document.addEventListener('keydown', submitFromChosenList, true);
    return () => document.removeEventListener('keydown', submitFromChosenList, true);
  }, []);
  // A new page whose own field did not take the focus (the list's search, a form's first field
  // do): the focus goes to the page itself, so Tab goes on inside it rather than from the top of
  // the window (after Alt+3, it was lost with the page left, and Tab began at the header).
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) main.current?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        {/* One line on a phone: the name gives way, the sync status shrinks, « Verrouiller » stays. */}
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} gap="sm" wrap="nowrap">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('app.toggleNavigation')}
          />
          <Title order={2} size="h3" c="green.8" visibleFrom="xs">
            {t('app.name')}
          </Title>
          <Text c="dimmed" size="sm" visibleFrom="md">
            {t('app.tagline')}
          </Text>
          <Group ml="auto" gap="sm" wrap="nowrap" miw={0}>
            <WebUpdateNotice />
            <ReplacedValuesNotice />
            <SyncStatus />
            <Text size="sm" visibleFrom="xs">
              {t('auth.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}
            </Text>
            <Button variant="default" onClick={() => void lock('manual')} title={t('auth.lockShortcut')}>
              {t('auth.lockNow')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {items.map((item, index) => {
          const active =
            item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path);
          return (
            <NavLink
              key={item.path}
              component={RouterLink}
              to={item.path}
              label={t(item.labelKey)}
              rightSection={
                <Text size="xs" c="dimmed" aria-hidden>
                  {t('nav.shortcutHint', { key: index + 1 })}
                </Text>
              }
              active={active}
              onClick={close}
              py="sm"
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="contenu" ref={main} tabIndex={-1} style={{ outline: 'none' }}>
        <FirstSyncProgress />
        <Suspense
          fallback={
            <Center mih={200}>
              <Loader aria-label={t('app.loadingPage')} />
            </Center>
          }
        >
          <DirectoryGate>
            <Outlet />
          </DirectoryGate>
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
